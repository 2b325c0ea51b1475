/**
 * Internal dependencies
 */
import type { State } from './reducer';
import { queryKey } from './query-key';
import type { Ticket, TicketPage, TicketQuery } from '../types';

export type QueuePage = {
	items: Ticket[];
	total: number;
	totalPages: number;
};

/** The last result per page, so an unchanged page is the same object (no needless re-render). */
const pageResults = new WeakMap< TicketPage, QueuePage >();

/**
 * One page of the queue, undefined until it has loaded.
 *
 * @param state State.
 * @param query REST query; the same filters in any order name the same page.
 */
export function getTicketsPage(
	state: State,
	query: TicketQuery
): QueuePage | undefined {
	const page = state.pages[ queryKey( query ) ];
	if ( ! page ) {
		return undefined;
	}
	const items = page.ids
		.map( ( id ) => state.tickets[ id ] )
		.filter( Boolean );
	const previous = pageResults.get( page );
	if (
		previous &&
		previous.items.length === items.length &&
		previous.items.every( ( item, index ) => item === items[ index ] )
	) {
		return previous;
	}
	const result = { items, total: page.total, totalPages: page.totalPages };
	pageResults.set( page, result );
	return result;
}

export const getTicket = ( state: State, id: number ): Ticket | undefined =>
	state.tickets[ id ];

export const getMessages = ( state: State, ticketId: number ) =>
	state.messages[ ticketId ];

export const getDashboard = ( state: State ) => state.dashboard;

/**
 * The ticket after this one in a queue page that lists it, for "next ticket" after a reply.
 *
 * @param state State.
 * @param id    The ticket just worked on.
 * @return Its successor's ID, or undefined when no loaded page lists one after it.
 */
export function getNextTicketId( state: State, id: number ) {
	for ( const page of Object.values( state.pages ) ) {
		const index = page.ids.indexOf( id );
		if ( index !== -1 && index + 1 < page.ids.length ) {
			return page.ids[ index + 1 ];
		}
	}
	return undefined;
}
