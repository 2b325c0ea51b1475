/**
 * External dependencies
 */
import {
	act,
	cleanup,
	fireEvent,
	render,
	screen,
} from '@testing-library/react';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { ReplyForm } from '../../../src/admin/ticket/reply-form';
import type { Message, Ticket } from '../../../src/admin/types';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
const mockFetch = apiFetch as unknown as jest.Mock;

const ticket = {
	id: 4,
	status: 'open',
	status_label: 'Open',
	type: 'support',
	quote: null,
	next_statuses: [ 'waiting_customer', 'quote_sent', 'closed' ],
} as unknown as Ticket;
const seen = [
	{ id: 10, author_role: 'customer', author_name: 'Bianca' },
] as Message[];

beforeEach( () => {
	mockFetch.mockReset();
	window.localStorage.clear();
	window.wp24hdAdmin = {
		namespace: 'wp24-helpdesk/v1',
		canSettings: false,
		canPlans: true,
		userId: 3,
		restRoot: '/wp-json/',
		restNonce: 'abc',
		technicians: [],
		plans: [],
		savedReplies: [
			{ title: 'Backup', body: 'Abbiamo ripristinato il backup.' },
		],
		// The server's words, as Admin_Page prints them.
		statuses: [
			{ value: 'open', label: 'Open' },
			{ value: 'closed', label: 'Closed' },
		],
		priorities: [],
		settingLabels: {},
		notificationLabels: {},
		dayFormat: '',
		onCall: false,
		urgentAlerts: false,
		liveCursor: null,
		version: '0.1.0',
	};
} );

/**
 * Answers the thread reload with these messages and the post with a new message.
 *
 * @param thread Messages the server has now.
 */
function serverWith( thread: Partial< Message >[] ) {
	mockFetch.mockImplementation( ( { path, method } ) => {
		if ( method === 'POST' ) {
			return Promise.resolve( { ...ticket } );
		}
		return Promise.resolve(
			path.endsWith( '/messages' ) ? thread : { ...ticket }
		);
	} );
}

describe( 'ReplyForm', () => {
	it( 'inserts a saved reply into the text, editable before sending', () => {
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		fireEvent.change( screen.getByLabelText( 'Insert a saved reply' ), {
			target: { value: '0' },
		} );
		expect( screen.getByLabelText( 'Reply' ) ).toHaveValue(
			'Abbiamo ripristinato il backup.'
		);
	} );

	it( 'holds the reply when someone wrote meanwhile, and sends it when told to', async () => {
		serverWith( [
			...seen,
			{ id: 11, author_role: 'technician', author_name: 'Marco' },
		] );
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		fireEvent.change( screen.getByLabelText( 'Reply' ), {
			target: { value: 'Ci pensiamo noi.' },
		} );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Send and keep open' } )
			);
		} );
		expect(
			screen.getByText( /Marco wrote on this ticket/, {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
		expect(
			mockFetch.mock.calls.some(
				( [ options ] ) => options.method === 'POST'
			)
		).toBe( false );

		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Send anyway' } )
			);
		} );
		const post = mockFetch.mock.calls.find(
			( [ options ] ) => options.method === 'POST'
		)?.[ 0 ];
		expect( ( post.body as FormData ).get( 'body' ) ).toBe(
			'Ci pensiamo noi.'
		);
		// The choice made before the hold is the one sent: an open ticket stays open by default.
		expect( ( post.body as FormData ).get( 'status' ) ).toBe( 'open' );
		expect( screen.getByLabelText( 'Reply' ) ).toHaveValue( '' );
	} );

	it( 'sends at once when nobody else wrote, and shows the server’s refusal in place', async () => {
		serverWith( seen );
		mockFetch.mockImplementation( ( { method, path } ) =>
			method === 'POST'
				? Promise.reject( { message: 'body: write a message.' } )
				: Promise.resolve(
						path.endsWith( '/messages' ) ? seen : ticket
					)
		);
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		fireEvent.change( screen.getByLabelText( 'Reply' ), {
			target: { value: 'x' },
		} );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Send and keep open' } )
			);
		} );
		expect(
			screen.getByText( 'Write a message.', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
		expect( screen.getByLabelText( 'Reply' ) ).toHaveValue( 'x' );
	} );

	it( 'sends and closes from the menu beside the button, then offers the way on with the focus', async () => {
		mockFetch.mockImplementation( ( { path, method } ) => {
			if ( method === 'POST' ) {
				return Promise.resolve( {
					...ticket,
					status: 'closed',
					status_label: 'Closed',
				} );
			}
			return Promise.resolve(
				path.endsWith( '/messages' ) ? seen : { ...ticket }
			);
		} );
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		fireEvent.change( screen.getByLabelText( 'Reply' ), {
			target: { value: 'Risolto, chiudiamo il ticket.' },
		} );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Other ways to send' } )
		);
		expect(
			screen
				.getAllByRole( 'menuitem' )
				.map( ( item ) => item.textContent )
		).toEqual( [ 'Send and wait for the customer', 'Send and close' ] );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'menuitem', { name: 'Send and close' } )
			);
		} );
		const post = mockFetch.mock.calls.find(
			( [ options ] ) => options.method === 'POST'
		)?.[ 0 ];
		expect( ( post.body as FormData ).get( 'status' ) ).toBe( 'closed' );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'Reply sent. The ticket is now: Closed.'
		);
		expect(
			screen.getByRole( 'link', { name: 'Back to the queue' } )
		).toHaveFocus();
	} );

	it( 'sends a note without a status, whatever the ticket is', async () => {
		serverWith( seen );
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		fireEvent.click( screen.getByLabelText( 'Internal note' ) );
		fireEvent.change( screen.getByLabelText( 'Note (technicians only)' ), {
			target: { value: 'Cache plugin, probably.' },
		} );
		expect(
			screen.queryByRole( 'button', { name: 'Other ways to send' } )
		).toBeNull();
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Add note' } )
			);
		} );
		const post = mockFetch.mock.calls.find(
			( [ options ] ) => options.method === 'POST'
		)?.[ 0 ];
		expect( ( post.body as FormData ).get( 'internal' ) ).toBe( '1' );
		expect( ( post.body as FormData ).has( 'status' ) ).toBe( false );
	} );

	it( 'keeps a half-written reply per ticket across a reload, and forgets it once sent', async () => {
		serverWith( seen );
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		fireEvent.click( screen.getByLabelText( 'Internal note' ) );
		fireEvent.change( screen.getByLabelText( 'Note (technicians only)' ), {
			target: { value: 'Controllare il plugin di cache.' },
		} );
		expect(
			JSON.parse( window.localStorage.getItem( 'wp24hd-draft:3:4' )! )
		).toEqual( {
			body: 'Controllare il plugin di cache.',
			kind: 'note',
			seen: 10,
		} );

		// A reload: the form comes back with the text, as a note.
		cleanup();
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		expect(
			screen.getByLabelText( 'Note (technicians only)' )
		).toHaveValue( 'Controllare il plugin di cache.' );
		// Another ticket has its own (empty) draft.
		cleanup();
		render(
			<ReplyForm ticket={ { ...ticket, id: 5 } } messages={ seen } />
		);
		expect( screen.getByLabelText( 'Reply' ) ).toHaveValue( '' );
		cleanup();

		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Add note' } )
			);
		} );
		expect( window.localStorage.getItem( 'wp24hd-draft:3:4' ) ).toBeNull();
		expect(
			screen.getByLabelText( 'Note (technicians only)' )
		).toHaveValue( '' );
	} );

	it( 'warns about messages written after a restored draft was started', async () => {
		window.localStorage.setItem(
			'wp24hd-draft:3:4',
			JSON.stringify( {
				body: 'Risposta iniziata ieri.',
				kind: 'reply',
				seen: 10,
			} )
		);
		const now = [
			...seen,
			{ id: 12, author_role: 'customer', author_name: 'Bianca' },
		] as Message[];
		serverWith( now );
		render( <ReplyForm ticket={ ticket } messages={ now } /> );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Send and keep open' } )
			);
		} );
		expect(
			screen.getByText( /Bianca wrote on this ticket/, {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
	} );

	it( 'asks before leaving the page only while there is unsent text', () => {
		render( <ReplyForm ticket={ ticket } messages={ seen } /> );
		const leave = () => {
			const event = new Event( 'beforeunload', { cancelable: true } );
			window.dispatchEvent( event );
			return event.defaultPrevented;
		};
		expect( leave() ).toBe( false );
		fireEvent.change( screen.getByLabelText( 'Reply' ), {
			target: { value: 'Quasi finito…' },
		} );
		expect( leave() ).toBe( true );
		fireEvent.change( screen.getByLabelText( 'Reply' ), {
			target: { value: '' },
		} );
		expect( leave() ).toBe( false );
	} );

	it( 'takes the thread as first shown for what was seen when typing started before it loaded', async () => {
		serverWith( seen );
		const { rerender } = render(
			<ReplyForm ticket={ ticket } messages={ [] } />
		);
		fireEvent.change( screen.getByLabelText( 'Reply' ), {
			target: { value: 'Scritto subito.' },
		} );
		rerender( <ReplyForm ticket={ ticket } messages={ seen } /> );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Send and keep open' } )
			);
		} );
		expect(
			screen.queryByText( /wrote on this ticket/, {
				selector: '.components-notice__content',
			} )
		).toBeNull();
		expect(
			mockFetch.mock.calls.some(
				( [ options ] ) => options.method === 'POST'
			)
		).toBe( true );
	} );
} );
