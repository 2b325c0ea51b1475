/**
 * External dependencies
 */
import { render } from '@testing-library/react';

/**
 * The Heartbeat glue of the admin app: one binding to jQuery's events for every subscriber, the
 * cursor sent back with each beat, and presence for the tickets on screen.
 */

type Handler = ( event: unknown, data: Record< string, unknown > ) => void;

const handlers: Record< string, Handler[] > = {};
const connectNow = jest.fn();
const interval = jest.fn();

/**
 * Fires a jQuery event as heartbeat.js does.
 *
 * @param name Event.
 * @param data Its data.
 */
function trigger( name: string, data: Record< string, unknown > ) {
	( handlers[ name ] ?? [] ).forEach( ( handler ) => handler( {}, data ) );
}

beforeAll( () => {
	( window as any ).wp24hdAdmin = {
		liveCursor: { tickets: 40, messages: 400 },
	};
	( window as any ).jQuery = () => ( {
		on: ( name: string, handler: Handler ) => {
			( handlers[ name ] ??= [] ).push( handler );
		},
	} );
	( window as any ).wp = { heartbeat: { connectNow, interval } };
} );

describe( 'useHeartbeat', () => {
	it( 'sends the printed cursor, then the latest, and tells every subscriber each tick', () => {
		// Loaded after the globals exist, as in the page.
		const { useHeartbeat } = require( '../../../src/admin/use-heartbeat' );
		const queue = jest.fn();
		const ticket = jest.fn();
		const Queue = () => {
			useHeartbeat( queue );
			return null;
		};
		const Ticket = () => {
			useHeartbeat( ticket, 7 );
			return null;
		};
		const { unmount } = render(
			<>
				<Queue />
				<Ticket />
			</>
		);
		// Bound once for both, at the app's interval; presence asked for at once.
		expect( handlers[ 'heartbeat-send' ] ).toHaveLength( 1 );
		expect( handlers[ 'heartbeat-tick' ] ).toHaveLength( 1 );
		expect( interval ).toHaveBeenCalledWith( 15 );
		expect( connectNow ).toHaveBeenCalledTimes( 1 );

		const sent: Record< string, unknown > = {};
		trigger( 'heartbeat-send', sent );
		expect( sent.wp24hd ).toEqual( {
			since: { tickets: 40, messages: 400 },
			tickets: [ 7 ],
		} );

		const tick = {
			cursor: { tickets: 41, messages: 402 },
			new_tickets: [
				{
					id: 41,
					reference: 'WP24-X',
					subject: 'S',
					priority: 'urgent',
				},
			],
			changed: [ 41 ],
			viewers: { 7: [ 'Marco' ] },
		};
		trigger( 'heartbeat-tick', { wp24hd: tick } );
		expect( queue ).toHaveBeenCalledWith( tick );
		expect( ticket ).toHaveBeenCalledWith( tick );

		// Another plugin's tick, without our key, reaches nobody.
		trigger( 'heartbeat-tick', { other: {} } );
		expect( queue ).toHaveBeenCalledTimes( 1 );

		const next: Record< string, unknown > = {};
		trigger( 'heartbeat-send', next );
		expect( next.wp24hd ).toEqual( {
			since: { tickets: 41, messages: 402 },
			tickets: [ 7 ],
		} );

		// Closed: no more presence, no more calls.
		unmount();
		const after: Record< string, unknown > = {};
		trigger( 'heartbeat-send', after );
		expect( after.wp24hd ).toEqual( {
			since: { tickets: 41, messages: 402 },
			tickets: [],
		} );
		trigger( 'heartbeat-tick', { wp24hd: tick } );
		expect( queue ).toHaveBeenCalledTimes( 1 );
	} );
} );
