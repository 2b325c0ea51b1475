/**
 * The workspace's live updates over the WordPress Heartbeat API: one binding to jQuery's
 * `heartbeat-send` / `heartbeat-tick` events for the whole app, which the queue and the ticket
 * view subscribe to. The server's answer (Admin\Live_Updates) says what changed; subscribers
 * read it again through the store, so there is no second data layer.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { bootData } from './boot-data';

/** What the server answers under the plugin's key. */
export type HeartbeatTick = {
	cursor: { tickets: number; messages: number };
	new_tickets: Array< {
		id: number;
		reference: string;
		subject: string;
		priority: string;
	} >;
	/** Tickets whose threads grew (replies, notes, status changes). */
	changed: number[];
	/** Per ticket on screen, the other technicians who have it open. */
	viewers: Record< string, string[] >;
};

type JQueryLike = ( target: Document ) => {
	on: (
		events: string,
		handler: ( event: unknown, data: Record< string, unknown > ) => void
	) => void;
};

type HeartbeatApi = {
	interval: ( speed?: number | string ) => number;
	connectNow: () => void;
};

/** The key of the plugin's data in a heartbeat, both ways. */
export const HEARTBEAT_KEY = 'wp24hd';

/** Seconds between ticks on the Helpdesk screen (WordPress's default is 60). */
const INTERVAL = 15;

const listeners = new Set< ( tick: HeartbeatTick ) => void >();
const onScreen = new Map< number, number >();
// From the page: what the server had when it printed it, so nothing opened since is missed.
let cursor: HeartbeatTick[ 'cursor' ] | null = bootData().liveCursor ?? null;
let bound = false;

/**
 * WordPress's globals, when the page enqueued `heartbeat` (the admin page does).
 */
function globals(): { $?: JQueryLike; heartbeat?: HeartbeatApi } {
	const win = window as unknown as {
		jQuery?: JQueryLike;
		wp?: { heartbeat?: HeartbeatApi };
	};
	return { $: win.jQuery, heartbeat: win.wp?.heartbeat };
}

/**
 * Binds the two events once; later calls do nothing.
 */
function bind(): void {
	const { $, heartbeat } = globals();
	if ( bound || ! $ || ! heartbeat ) {
		return;
	}
	bound = true;
	heartbeat.interval( INTERVAL );
	$( document ).on( 'heartbeat-send', ( _event, data ) => {
		data[ HEARTBEAT_KEY ] = {
			since: cursor,
			tickets: [ ...onScreen.keys() ],
		};
	} );
	$( document ).on( 'heartbeat-tick', ( _event, data ) => {
		const tick = data?.[ HEARTBEAT_KEY ] as HeartbeatTick | undefined;
		if ( ! tick?.cursor ) {
			return;
		}
		cursor = tick.cursor;
		listeners.forEach( ( listener ) => listener( tick ) );
	} );
}

/**
 * Calls `onTick` with each answer of the server while the component is mounted; with
 * `ticketId`, also tells the server that ticket is on screen (presence), asking at once.
 *
 * @param onTick   Receives each tick.
 * @param ticketId Ticket on screen, if any.
 */
export function useHeartbeat(
	onTick: ( tick: HeartbeatTick ) => void,
	ticketId?: number
): void {
	const latest = useRef( onTick );
	latest.current = onTick;
	useEffect( () => {
		bind();
		const listener = ( tick: HeartbeatTick ) => latest.current( tick );
		listeners.add( listener );
		if ( ticketId ) {
			onScreen.set( ticketId, ( onScreen.get( ticketId ) ?? 0 ) + 1 );
			// Presence shows on opening, not a tick later.
			globals().heartbeat?.connectNow();
		}
		return () => {
			listeners.delete( listener );
			if ( ticketId ) {
				const left = ( onScreen.get( ticketId ) ?? 1 ) - 1;
				if ( left > 0 ) {
					onScreen.set( ticketId, left );
				} else {
					onScreen.delete( ticketId );
				}
			}
		};
	}, [ ticketId ] );
}
