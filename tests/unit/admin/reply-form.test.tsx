/**
 * External dependencies
 */
import { act, fireEvent, render, screen } from '@testing-library/react';

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
	next_statuses: [],
} as unknown as Ticket;
const seen = [
	{ id: 10, author_role: 'customer', author_name: 'Bianca' },
] as Message[];

beforeEach( () => {
	mockFetch.mockReset();
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
				screen.getByRole( 'button', { name: 'Send reply' } )
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
				screen.getByRole( 'button', { name: 'Send reply' } )
			);
		} );
		expect(
			screen.getByText( 'body: write a message.', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
		expect( screen.getByLabelText( 'Reply' ) ).toHaveValue( 'x' );
	} );
} );
