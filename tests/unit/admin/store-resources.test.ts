/**
 * The store's plan holdings, customers, settings and mailbox (issue 18: one data layer): what the
 * reducer keeps, what the selectors answer, which requests the resolvers and actions send, and
 * which reads a write makes stale.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { store } from '../../../src/admin/store';
import { initialState, reducer } from '../../../src/admin/store/reducer';
import { getEntitlements } from '../../../src/admin/store/selectors';
import type { Customer, Entitlement } from '../../../src/admin/types';
import type {
	Mailbox,
	Settings,
} from '../../../src/shared/rest/types.generated';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
const mockFetch = apiFetch as unknown as jest.Mock;

const E = '/wp24-helpdesk/v1/entitlements';

const holding = ( id: number, fields: Partial< Entitlement > = {} ) =>
	( {
		id,
		user_id: 12,
		plan_id: 3,
		status: 'active',
		expires_at: '2027-10-21T00:00:00+00:00',
		customer_name: 'Rosa Bianchi',
		customer_email: 'rosa@example.com',
		log: [],
		...fields,
	} ) as unknown as Entitlement;

const rosa: Customer = {
	id: 12,
	name: 'Rosa Bianchi',
	email: 'rosa@example.com',
} as Customer;

type Handler = ( options: {
	path: string;
	method?: string;
	data?: unknown;
} ) => unknown;

/**
 * Answers requests by `METHOD path-prefix`; unknown routes never answer.
 *
 * @param routes Handlers.
 */
function respond( routes: Record< string, Handler > ) {
	mockFetch.mockImplementation( ( options ) => {
		const key = Object.keys( routes )
			.sort( ( a, b ) => b.length - a.length )
			.find( ( route ) => {
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

function freshStore() {
	const registry = createRegistry();
	registry.register( store );
	return registry;
}

const calls = ( method: string ) =>
	mockFetch.mock.calls
		.map( ( [ options ] ) => options )
		.filter( ( options ) => ( options.method ?? 'GET' ) === method );

beforeEach( () => mockFetch.mockReset() );

describe( 'the store reducer and selectors for plan holdings and customers', () => {
	it( 'keeps holdings by id and lists as ids, so a changed holding shows in every list', () => {
		let state = reducer( initialState, {
			type: 'RECEIVE_ENTITLEMENTS',
			entitlements: [ holding( 1 ), holding( 2, { plan_id: 4 } ) ],
		} );
		state = reducer( state, {
			type: 'RECEIVE_ENTITLEMENT_LIST',
			key: '[["per_page",100],["user_id",12]]',
			ids: [ 2, 1 ],
		} );
		const query = { user_id: 12, per_page: 100 };
		const first = getEntitlements( state, query );
		expect( first?.map( ( row ) => [ row.id, row.plan_id ] ) ).toEqual( [
			[ 2, 4 ],
			[ 1, 3 ],
		] );
		// The same query in another order is the same list, and the same object while nothing changed.
		expect( getEntitlements( state, { per_page: 100, user_id: 12 } ) ).toBe(
			first
		);
		expect( getEntitlements( state, { user_id: 13 } ) ).toBeUndefined();

		state = reducer( state, {
			type: 'RECEIVE_ENTITLEMENTS',
			entitlements: [ holding( 1, { status: 'cancelled' } ) ],
		} );
		expect(
			getEntitlements( state, query )?.map( ( row ) => row.status )
		).toEqual( [ 'active', 'cancelled' ] );
		expect( state.entitlements[ 2 ].plan_id ).toBe( 4 );
	} );

	it( 'keeps customer searches apart, the recent customers under the empty search', () => {
		let state = reducer( initialState, {
			type: 'RECEIVE_CUSTOMERS',
			search: '',
			customers: [ rosa ],
		} );
		state = reducer( state, {
			type: 'RECEIVE_CUSTOMERS',
			search: 'zz',
			customers: [],
		} );
		expect( state.customers ).toEqual( { '': [ rosa ], zz: [] } );
	} );
} );

describe( 'wp24hd/helpdesk store: plan holdings', () => {
	it( "reads a customer's plans once, and needs no request to show one of them", async () => {
		respond( { [ `GET ${ E }?` ]: () => [ holding( 1 ), holding( 2 ) ] } );
		const registry = freshStore();
		const rows = await registry
			.resolveSelect( store )
			.getEntitlements( { user_id: 12, per_page: 100 } );
		expect( rows?.map( ( row ) => row.id ) ).toEqual( [ 1, 2 ] );
		expect( mockFetch.mock.calls[ 0 ][ 0 ].path ).toBe(
			`${ E }?user_id=12&per_page=100`
		);
		expect( registry.select( store ).getEntitlement( 2 )?.user_id ).toBe(
			12
		);
		await Promise.resolve();
		expect( mockFetch ).toHaveBeenCalledTimes( 1 );
	} );

	it( "grants a plan and reads the customer's plans again", async () => {
		let held = [ holding( 1 ) ];
		respond( {
			[ `GET ${ E }?` ]: () => held,
			[ `POST ${ E }` ]: ( { data } ) => {
				held = [ ...held, holding( 5, { plan_id: 4 } ) ];
				expect( data ).toEqual( {
					user_id: 12,
					plan_id: 4,
					reason: 'Paid by bank transfer',
				} );
				return held[ 1 ];
			},
		} );
		const registry = freshStore();
		const query = { user_id: 12, per_page: 100 };
		await registry.resolveSelect( store ).getEntitlements( query );

		const granted = await registry.dispatch( store ).grantEntitlement( {
			user_id: 12,
			plan_id: 4,
			reason: 'Paid by bank transfer',
		} );
		expect( granted.id ).toBe( 5 );
		expect(
			registry
				.select( store )
				.hasFinishedResolution( 'getEntitlements', [ query ] )
		).toBe( false );
		const again = await registry
			.resolveSelect( store )
			.getEntitlements( query );
		expect( again?.map( ( row ) => row.id ) ).toEqual( [ 1, 5 ] );
		expect( calls( 'GET' ) ).toHaveLength( 2 );
	} );

	it( 'extends and revokes with the reason, showing the saved holding at once', async () => {
		respond( {
			[ `GET ${ E }?` ]: () => [ holding( 1 ) ],
			[ `POST ${ E }/1/extend` ]: () =>
				holding( 1, { expires_at: '2027-11-20T00:00:00+00:00' } ),
			[ `POST ${ E }/1/revoke` ]: () =>
				holding( 1, { status: 'cancelled' } ),
		} );
		const registry = freshStore();
		const query = { user_id: 12, per_page: 100 };
		await registry.resolveSelect( store ).getEntitlements( query );

		await registry.dispatch( store ).extendEntitlement( 1, 30, 'Gift' );
		expect( registry.select( store ).getEntitlement( 1 )?.expires_at ).toBe(
			'2027-11-20T00:00:00+00:00'
		);
		await registry.dispatch( store ).revokeEntitlement( 1, 'Refunded' );
		expect( registry.select( store ).getEntitlement( 1 )?.status ).toBe(
			'cancelled'
		);
		expect(
			calls( 'POST' ).map( ( { path, data } ) => [ path, data ] )
		).toEqual( [
			[ `${ E }/1/extend`, { days: 30, reason: 'Gift' } ],
			[ `${ E }/1/revoke`, { reason: 'Refunded' } ],
		] );
	} );

	it( 'records a renewal contact into the row of the renewals list, without reading the list again', async () => {
		const contact = {
			event: 'contact',
			channel: 'phone',
			outcome: 'renewing',
			note: 'Will pay Monday',
			created_at: '2027-09-22T10:00:00+00:00',
		};
		respond( {
			[ `GET ${ E }?` ]: () => [ holding( 1 ), holding( 2 ) ],
			[ `POST ${ E }/2/contacts` ]: () =>
				holding( 2, { log: [ contact ] } as Partial< Entitlement > ),
		} );
		const registry = freshStore();
		const query = { expiring_within_days: 30, per_page: 100 };
		await registry.resolveSelect( store ).getEntitlements( query );

		await registry.dispatch( store ).recordContact( 2, {
			channel: 'phone',
			outcome: 'renewing',
			note: 'Will pay Monday',
		} );
		expect(
			registry
				.select( store )
				.getEntitlements( query )
				?.map( ( row ) => row.log.length )
		).toEqual( [ 0, 1 ] );
		expect(
			registry
				.select( store )
				.hasFinishedResolution( 'getEntitlements', [ query ] )
		).toBe( true );
		expect( calls( 'GET' ) ).toHaveLength( 1 );
	} );

	it( 'records a failed list for the error state', async () => {
		respond( {
			[ `GET ${ E }?` ]: () =>
				Promise.reject( { message: 'Sorry, you are not allowed.' } ),
		} );
		const registry = freshStore();
		const query = { status: 'expired' as const, per_page: 100 };
		registry.select( store ).getEntitlements( query );
		await new Promise( ( resolve ) => setTimeout( resolve, 0 ) );
		expect(
			registry
				.select( store )
				.getResolutionError( 'getEntitlements', [ query ] )
		).toEqual( { message: 'Sorry, you are not allowed.' } );
		expect(
			registry.select( store ).getEntitlements( query )
		).toBeUndefined();
	} );
} );

describe( 'wp24hd/helpdesk store: customers, settings, mailbox, alerts', () => {
	it( 'asks for the recent customers without a search, and for a search with it', async () => {
		respond( {
			'GET /wp24-helpdesk/v1/customers': ( { path } ) =>
				path.includes( 'search=' ) ? [] : [ rosa ],
		} );
		const registry = freshStore();
		expect(
			await registry.resolveSelect( store ).getCustomers( '' )
		).toEqual( [ rosa ] );
		expect(
			await registry.resolveSelect( store ).getCustomers( 'zz' )
		).toEqual( [] );
		expect( calls( 'GET' ).map( ( { path } ) => path ) ).toEqual( [
			'/wp24-helpdesk/v1/customers',
			'/wp24-helpdesk/v1/customers?search=zz',
		] );
	} );

	it( 'saves the changed settings and keeps what the server answers; a refusal keeps the old ones', async () => {
		const before = { auto_close_days: 7, reopen_days: 30 };
		respond( {
			'GET /wp24-helpdesk/v1/settings': () => before,
			'PATCH /wp24-helpdesk/v1/settings': ( { data } ) =>
				( data as { auto_close_days: number } ).auto_close_days > 0
					? { ...before, ...( data as object ) }
					: Promise.reject( {
							code: 'rest_invalid_param',
							message: 'auto_close_days must be at least 1.',
						} ),
		} );
		const registry = freshStore();
		await registry.resolveSelect( store ).getSettings();

		await registry
			.dispatch( store )
			.saveSettings( { auto_close_days: 10 } as Partial< Settings > );
		expect( registry.select( store ).getSettings() ).toEqual( {
			auto_close_days: 10,
			reopen_days: 30,
		} );
		await expect(
			registry
				.dispatch( store )
				.saveSettings( { auto_close_days: 0 } as Partial< Settings > )
		).rejects.toEqual(
			expect.objectContaining( {
				message: 'auto_close_days must be at least 1.',
			} )
		);
		expect(
			(
				registry
					.select( store )
					.getSettings() as unknown as typeof before
			 ).auto_close_days
		).toBe( 10 );
	} );

	it( 'saves the mailbox, then tests it', async () => {
		const mailbox = {
			host: 'imap.example.com',
			port: 993,
			encryption: 'ssl',
			user: 'support',
			folder: 'INBOX',
			has_password: false,
		} as unknown as Mailbox;
		respond( {
			'GET /wp24-helpdesk/v1/mailbox': () => mailbox,
			'PATCH /wp24-helpdesk/v1/mailbox': () => ( {
				...mailbox,
				has_password: true,
			} ),
			'POST /wp24-helpdesk/v1/mailbox/test': () => ( {
				ok: true,
				message: 'Connected: 3 messages in INBOX.',
			} ),
		} );
		const registry = freshStore();
		await registry.resolveSelect( store ).getMailbox();

		await registry
			.dispatch( store )
			.saveMailbox( { host: 'imap.example.com', password: 'secret' } );
		expect( registry.select( store ).getMailbox()?.has_password ).toBe(
			true
		);
		expect( await registry.dispatch( store ).testMailbox() ).toEqual( {
			ok: true,
			message: 'Connected: 3 messages in INBOX.',
		} );
		expect( calls( 'PATCH' )[ 0 ].data ).toEqual( {
			host: 'imap.example.com',
			password: 'secret',
		} );
	} );

	it( "keeps the technician's urgent-alert choice in their user meta", async () => {
		respond( { 'POST /wp/v2/users/me': () => ( { id: 1 } ) } );
		await freshStore().dispatch( store ).saveUrgentAlerts( true );
		expect( calls( 'POST' ) ).toEqual( [
			{
				path: '/wp/v2/users/me',
				method: 'POST',
				data: { meta: { wp24hd_urgent_alerts: true } },
			},
		] );
	} );
} );
