/**
 * Internal dependencies
 */
import type { State } from './reducer';
import { queryKey } from './query-key';
import type {
	Customer,
	Entitlement,
	Ticket,
	TicketPage,
	TicketQuery,
} from '../types';
import type { GetEntitlementsRequest } from '../../shared/rest/types.generated';

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

/** The last result per list, so an unchanged list is the same array (no needless re-render). */
const listResults = new WeakMap< number[], Entitlement[] >();

/**
 * A list of plan holdings (a customer's, the renewals queue…), undefined until it has loaded; the
 * rows are the holdings as last received, so a change to one shows in every list that has it.
 *
 * @param state State.
 * @param query REST query of `GET /entitlements`.
 */
export function getEntitlements(
	state: State,
	query: GetEntitlementsRequest
): Entitlement[] | undefined {
	const ids = state.entitlementLists[ queryKey( query ) ];
	if ( ! ids ) {
		return undefined;
	}
	const rows = ids
		.map( ( id ) => state.entitlements[ id ] )
		.filter( Boolean );
	const previous = listResults.get( ids );
	if (
		previous &&
		previous.length === rows.length &&
		previous.every( ( row, index ) => row === rows[ index ] )
	) {
		return previous;
	}
	listResults.set( ids, rows );
	return rows;
}

export const getEntitlement = (
	state: State,
	id: number
): Entitlement | undefined => state.entitlements[ id ];

/**
 * Customers found by a search, or ('') those whose tickets moved last; undefined until loaded.
 *
 * @param state  State.
 * @param search Part of the name, login or email, or ''.
 */
export const getCustomers = (
	state: State,
	search: string
): Customer[] | undefined => state.customers[ search ];

export const getSettings = ( state: State ) => state.settings;

export const getMailbox = ( state: State ) => state.mailbox;
