/**
 * The My tickets Interactivity store: which screen it shows, how it calls the API for a customer
 * or a guest link, and what happens after a reply, a refusal or a follow-up ticket.
 */

/**
 * Internal dependencies
 */
import { answer, drive, runtime } from './interactivity-runtime';

jest.mock(
	'@wordpress/interactivity',
	() => require( './interactivity-runtime' ).fakeInteractivity(),
	// The package ships ES modules only; the store under test needs just two functions.
	{ virtual: true }
);

const KEY = 'a'.repeat( 64 );

const ticket = ( id: number, fields: Record< string, unknown > = {} ) => ( {
	id,
	reference: `WP24-${ id }`,
	subject: `Ticket ${ id }`,
	status: 'open',
	status_label: 'In progress',
	auto_close_label: null,
	quote: null,
	...fields,
} );

let fetchMock: jest.Mock;

/**
 * Routes fetch calls by path suffix.
 *
 * @param routes Answers by `METHOD suffix`.
 */
function server( routes: Record< string, () => Promise< unknown > > ) {
	fetchMock.mockImplementation( ( url: string, init: RequestInit = {} ) => {
		const path = url.replace(
			'https://agenzia.test/wp-json/wp24-helpdesk/v1/',
			''
		);
		const route = `${ init.method ?? 'GET' } ${ path }`;
		const handler = routes[ route ];
		if ( ! handler ) {
			throw new Error( `Unexpected request: ${ route }` );
		}
		return handler();
	} );
}

const headersOf = ( call: number ) =>
	fetchMock.mock.calls[ call ][ 1 ].headers as Record< string, string >;

beforeAll( () => {
	require( '../../../blocks/my-tickets/view' );
} );

beforeEach( () => {
	fetchMock = jest.fn();
	( global as any ).fetch = fetchMock;
	runtime.context = {
		view: 'loading',
		tickets: [],
		ticket: null,
		messages: [],
		ticketId: 0,
		key: '',
		sending: false,
		error: '',
	};
	Object.assign( runtime.definition!.state, {
		restUrl: 'https://agenzia.test/wp-json/wp24-helpdesk/v1/',
		nonce: '',
		loggedIn: false,
		commerce: false,
		texts: {
			failed: 'Something went wrong.',
			autoClose: 'Closes on %s.',
			you: 'You',
			team: 'Our team',
			system: 'Update',
		},
	} );
	window.history.replaceState( {}, '', '/i-miei-ticket/' );
	window.sessionStorage.clear();
} );

const actions = () => runtime.definition!.actions;
const callbacks = () => runtime.definition!.callbacks;

describe( 'my tickets store', () => {
	it( 'lists a signed-in customer’s tickets with their nonce, or says there are none', async () => {
		Object.assign( runtime.definition!.state, {
			loggedIn: true,
			nonce: 'n0nce',
		} );
		server( {
			'GET tickets?per_page=50&orderby=last_activity': () =>
				answer( 200, [ ticket( 1 ), ticket( 2 ) ] ),
		} );
		await drive( callbacks().load() );
		expect( runtime.context!.view ).toBe( 'list' );
		expect( runtime.context!.tickets ).toHaveLength( 2 );
		expect( headersOf( 0 )[ 'X-WP-Nonce' ] ).toBe( 'n0nce' );

		runtime.context!.tickets = [];
		server( {
			'GET tickets?per_page=50&orderby=last_activity': () =>
				answer( 200, [] ),
		} );
		await drive( callbacks().load() );
		expect( runtime.context!.view ).toBe( 'empty' );
	} );

	it( 'opens a guest’s ticket with the key from the link, sent as a header', async () => {
		window.history.replaceState(
			{},
			'',
			`/i-miei-ticket/?wp24hd_ticket=5&wp24hd_key=${ KEY }`
		);
		server( {
			'GET tickets/5': () =>
				answer(
					200,
					ticket( 5, {
						status: 'waiting_customer',
						auto_close_label: 'Monday 3 December',
					} )
				),
			'GET tickets/5/messages': () =>
				answer( 200, [
					{
						id: 1,
						author_role: 'technician',
						author_name: '',
						text: 'Hello',
					},
				] ),
		} );
		await drive( callbacks().load() );
		expect( runtime.context ).toMatchObject( {
			view: 'ticket',
			ticketId: 5,
			key: KEY,
		} );
		expect( headersOf( 0 )[ 'X-WP24-Ticket-Key' ] ).toBe( KEY );
		expect( runtime.definition!.state.autoCloseText ).toBe(
			'Closes on Monday 3 December.'
		);
		runtime.context!.message = runtime.context!.messages[ 0 ];
		expect( runtime.definition!.state.author ).toBe( 'Our team' );
		// A download link cannot carry a header: the key goes in the address.
		runtime.context!.file = { id: 9, file_name: 'log.txt' };
		expect(
			new URL( runtime.definition!.state.fileUrl ).searchParams.get(
				'key'
			)
		).toBe( KEY );
	} );

	it( 'takes the key out of the address once read, keeps the ticket in it, and reopens the ticket on reload in the same tab', async () => {
		window.history.pushState( { from: 'email' }, '', '/' );
		window.history.pushState(
			{},
			'',
			`/i-miei-ticket/?wp24hd_ticket=5&wp24hd_key=${ KEY }#thread`
		);
		const entries = window.history.length;
		server( {
			'GET tickets/5': () => answer( 200, ticket( 5 ) ),
			'GET tickets/5/messages': () => answer( 200, [] ),
		} );
		await drive( callbacks().load() );
		expect( runtime.context ).toMatchObject( {
			view: 'ticket',
			ticketId: 5,
			key: KEY,
		} );
		// Replaced, not pushed: no history entry keeps the key.
		expect( window.history.length ).toBe( entries );
		expect( window.location.pathname + window.location.search ).toBe(
			'/i-miei-ticket/?wp24hd_ticket=5'
		);
		expect( window.location.hash ).toBe( '#thread' );
		expect( window.location.href ).not.toContain( KEY );

		// A reload in the same tab: the address has no key, the tab still has it.
		runtime.context!.key = '';
		runtime.context!.view = 'loading';
		await drive( callbacks().load() );
		expect( runtime.context ).toMatchObject( {
			view: 'ticket',
			key: KEY,
		} );
		expect( headersOf( 2 )[ 'X-WP24-Ticket-Key' ] ).toBe( KEY );

		// Another ticket's page does not get this ticket's key.
		window.history.replaceState(
			{},
			'',
			'/i-miei-ticket/?wp24hd_ticket=6'
		);
		server( {
			'GET tickets/6': () => answer( 404, { code: 'rest_not_found' } ),
		} );
		runtime.context!.key = '';
		await drive( callbacks().load() );
		expect( runtime.context ).toMatchObject( { view: 'login', key: '' } );
	} );

	it( 'tells a wrong or expired link apart from a visitor who must log in', async () => {
		window.history.replaceState(
			{},
			'',
			`/i-miei-ticket/?wp24hd_ticket=5&wp24hd_key=${ KEY }`
		);
		server( {
			'GET tickets/5': () => answer( 404, { code: 'rest_not_found' } ),
		} );
		await drive( callbacks().load() );
		expect( runtime.context!.view ).toBe( 'expired' );

		// A key that is not one (typed by hand) is never sent.
		window.history.replaceState(
			{},
			'',
			'/i-miei-ticket/?wp24hd_ticket=5&wp24hd_key=nope'
		);
		await drive( callbacks().load() );
		expect( runtime.context ).toMatchObject( { view: 'login', key: '' } );
		expect( headersOf( 1 )[ 'X-WP24-Ticket-Key' ] ).toBeUndefined();
	} );

	it( 'sends a reply, reloads the thread and clears the form; a refusal keeps the text and says why', async () => {
		Object.assign( runtime.context!, {
			view: 'ticket',
			ticketId: 5,
			key: KEY,
			ticket: ticket( 5 ),
		} );
		document.body.innerHTML =
			'<form><textarea name="body">Grazie</textarea></form>';
		const form = document.querySelector( 'form' ) as HTMLFormElement;
		jest.spyOn( form, 'reset' );
		let thread = [ { id: 1, author_role: 'technician', text: 'Hello' } ];
		server( {
			'POST tickets/5/messages': () => {
				thread = [
					...thread,
					{ id: 2, author_role: 'customer', text: 'Grazie' },
				];
				return answer( 201, ticket( 5 ) );
			},
			'GET tickets/5': () => answer( 200, ticket( 5 ) ),
			'GET tickets/5/messages': () => answer( 200, thread ),
		} );
		await drive(
			actions().reply( { preventDefault: jest.fn(), target: form } )
		);
		expect(
			runtime.context!.messages.map( ( m: { id: number } ) => m.id )
		).toEqual( [ 1, 2 ] );
		expect( form.reset ).toHaveBeenCalledTimes( 1 );

		server( {
			'POST tickets/5/messages': () =>
				answer( 400, { message: 'body: write a message.' } ),
		} );
		await drive(
			actions().reply( { preventDefault: jest.fn(), target: form } )
		);
		expect( runtime.context ).toMatchObject( {
			error: 'body: write a message.',
			sending: false,
		} );
		expect( form.reset ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'follows the new ticket a late reply opens, with its own key, kept out of the address', async () => {
		const newKey = 'b'.repeat( 64 );
		Object.assign( runtime.context!, {
			view: 'ticket',
			ticketId: 5,
			key: KEY,
			ticket: ticket( 5, { status: 'closed' } ),
		} );
		document.body.innerHTML =
			'<form><textarea name="body">Di nuovo</textarea></form>';
		server( {
			'POST tickets/5/messages': () =>
				answer( 201, {
					id: 8,
					reference: 'WP24-8',
					guest_key: newKey,
				} ),
			'GET tickets/8': () => answer( 200, ticket( 8 ) ),
			'GET tickets/8/messages': () => answer( 200, [] ),
		} );
		await drive(
			actions().reply( {
				preventDefault: jest.fn(),
				target: document.querySelector( 'form' ),
			} )
		);
		expect( runtime.context ).toMatchObject( {
			ticketId: 8,
			key: newKey,
			view: 'ticket',
		} );
		const address = new URL( window.location.href );
		expect( address.searchParams.get( 'wp24hd_ticket' ) ).toBe( '8' );
		expect( address.searchParams.get( 'wp24hd_key' ) ).toBeNull();
		expect( window.location.href ).not.toContain( newKey );
		expect( window.sessionStorage.getItem( 'wp24hd_key_8' ) ).toBe(
			newKey
		);
	} );

	it( 'offers payment only for an accepted, unpaid quote when the shop is there', () => {
		const { state } = runtime.definition!;
		runtime.context!.ticket = ticket( 5, {
			quote: {
				amount: 250,
				currency: 'EUR',
				conditions: '',
				status: 'accepted',
				paid_at: null,
			},
		} );
		expect( state.canPay ).toBe( false );
		state.commerce = true;
		expect( state.canPay ).toBe( true );
		runtime.context!.ticket.quote.paid_at = '2026-11-26T10:00:00+00:00';
		expect( state.canPay ).toBe( false );
		expect( state.quotePaid ).toBe( true );
	} );
} );
