/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { store } from '../../../src/admin/store';
import type { Ticket } from '../../../src/admin/types';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
const mockFetch = apiFetch as unknown as jest.Mock;

const ticket = ( id: number, fields: Partial< Ticket > = {} ): Ticket =>
	( {
		id,
		subject: `Ticket ${ id }`,
		priority: 'normal',
		status: 'open',
		next_statuses: [ 'waiting_customer', 'closed' ],
		...fields,
	} ) as Ticket;

/**
 * A Response the queue resolver reads its totals from.
 *
 * @param items Tickets.
 * @param total X-WP-Total.
 */
const page = ( items: Ticket[], total: number ) =>
	( {
		json: async () => items,
		headers: new Map( [
			[ 'X-WP-Total', String( total ) ],
			[ 'X-WP-TotalPages', String( Math.ceil( total / 25 ) ) ],
		] ),
	} ) as unknown as Response;

function freshStore() {
	const registry = createRegistry();
	registry.register( store );
	return registry;
}

type Handler = ( options: {
	path: string;
	method?: string;
	body?: FormData;
} ) => unknown;

/**
 * Answers requests by route, so a resolver a test leaves running cannot take another test's answer.
 *
 * @param routes Handlers by `METHOD path-prefix`; unknown routes never answer.
 */
function respond( routes: Record< string, Handler > ) {
	mockFetch.mockImplementation( ( options ) => {
		const key = Object.keys( routes ).find( ( route ) => {
			const [ method, prefix ] = route.split( ' ' );
			return (
				( options.method ?? 'GET' ) === method &&
				options.path.startsWith( prefix )
			);
		} );
		return key
			? Promise.resolve().then( () => routes[ key ]( options ) )
			: new Promise( () => {} );
	} );
}

beforeEach( () => mockFetch.mockReset() );

const T = '/wp24-helpdesk/v1/tickets';

describe( 'wp24hd/helpdesk store', () => {
	it( 'resolves a queue page with the totals from the headers, once per query', async () => {
		respond( {
			[ `GET ${ T }?` ]: () => page( [ ticket( 1 ), ticket( 2 ) ], 60 ),
		} );
		const registry = freshStore();
		const query = { page: 1, per_page: 25, priority: 'urgent' as const };
		const result = await registry
			.resolveSelect( store )
			.getTicketsPage( query );
		expect( result?.items.map( ( item ) => item.id ) ).toEqual( [ 1, 2 ] );
		expect( result?.total ).toBe( 60 );
		expect( result?.totalPages ).toBe( 3 );
		expect( mockFetch.mock.calls[ 0 ][ 0 ].path ).toContain(
			'priority=urgent'
		);
		// The same filters in another order are the same page: no second request, same object.
		const again = registry.select( store ).getTicketsPage( {
			priority: 'urgent' as const,
			per_page: 25,
			page: 1,
		} );
		expect( again ).toBe(
			registry.select( store ).getTicketsPage( query )
		);
		// Rows are whole tickets: opening one does not fetch it again.
		expect( registry.select( store ).getTicket( 2 )?.id ).toBe( 2 );
		await Promise.resolve();
		expect( mockFetch ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'shows a change at once and rolls it back when the server refuses', async () => {
		let refuse: ( reason: unknown ) => void = () => {};
		respond( {
			[ `GET ${ T }/5` ]: () => ticket( 5 ),
			[ `PATCH ${ T }/5` ]: () =>
				new Promise( ( _resolve, reject ) => {
					refuse = reject;
				} ),
		} );
		const registry = freshStore();
		await registry.resolveSelect( store ).getTicket( 5 );

		const saving = registry
			.dispatch( store )
			.updateTicket( 5, { priority: 'urgent' } );
		expect( registry.select( store ).getTicket( 5 )?.priority ).toBe(
			'urgent'
		);
		await new Promise( ( resolve ) => setTimeout( resolve, 0 ) );
		refuse( { code: 'wp24hd_invalid_transition', message: 'No.' } );
		await expect( saving ).rejects.toEqual(
			expect.objectContaining( { message: 'No.' } )
		);
		expect( registry.select( store ).getTicket( 5 )?.priority ).toBe(
			'normal'
		);
	} );

	it( 'keeps what the server saved and reads the queue again afterwards', async () => {
		respond( {
			[ `GET ${ T }?` ]: () => page( [ ticket( 7 ) ], 1 ),
			[ `PATCH ${ T }/7` ]: () =>
				ticket( 7, { status: 'waiting_customer' } ),
		} );
		const registry = freshStore();
		const query = { page: 1, per_page: 25 };
		await registry.resolveSelect( store ).getTicketsPage( query );

		await registry
			.dispatch( store )
			.updateTicket( 7, { status: 'waiting_customer' } );
		expect( registry.select( store ).getTicket( 7 )?.status ).toBe(
			'waiting_customer'
		);
		expect( mockFetch.mock.calls[ 1 ][ 0 ] ).toEqual(
			expect.objectContaining( {
				method: 'PATCH',
				data: { status: 'waiting_customer' },
			} )
		);
		expect(
			registry
				.select( store )
				.hasFinishedResolution( 'getTicketsPage', [ query ] )
		).toBe( false );
	} );

	it( 'posts a reply, keeps the ticket the server answers with, and reads the thread again', async () => {
		let thread = [ { id: 1, text: 'Help' } ];
		respond( {
			[ `GET ${ T }/9/messages` ]: () => thread,
			[ `POST ${ T }/9/messages` ]: () => {
				thread = [ ...thread, { id: 2, text: 'On it' } ];
				return ticket( 9, { status: 'waiting_customer' } );
			},
		} );
		const registry = freshStore();
		await registry.resolveSelect( store ).getMessages( 9 );

		const saved = await registry
			.dispatch( store )
			.addMessage( 9, { body: 'On it', internal: false } );
		expect( saved.status ).toBe( 'waiting_customer' );
		expect(
			registry
				.select( store )
				.getMessages( 9 )
				?.map( ( message ) => message.id )
		).toEqual( [ 1, 2 ] );
		expect( registry.select( store ).getTicket( 9 )?.status ).toBe(
			'waiting_customer'
		);
		const posted = mockFetch.mock.calls.find(
			( [ options ] ) => options.method === 'POST'
		)?.[ 0 ];
		expect( ( posted.body as FormData ).get( 'body' ) ).toBe( 'On it' );
		expect( ( posted.body as FormData ).get( 'internal' ) ).toBe( '0' );
	} );

	it( 'records a failed queue load for the error state', async () => {
		respond( {
			[ `GET ${ T }?` ]: () =>
				Promise.reject( { message: 'Server down' } ),
		} );
		const registry = freshStore();
		const query = { page: 1, per_page: 25 };
		await registry
			.resolveSelect( store )
			.getTicketsPage( query )
			.catch( () => undefined );
		expect(
			registry
				.select( store )
				.getResolutionError( 'getTicketsPage', [ query ] )
		).toEqual( { message: 'Server down' } );
	} );
} );
