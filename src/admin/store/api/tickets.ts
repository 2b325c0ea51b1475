/**
 * Tickets, threads, quotes and the queue's figures over REST; the store is their only caller.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { REST_NAMESPACE } from '../../../shared/rest/namespace';
import type {
	Dashboard,
	Message,
	NewMessage,
	NewQuote,
	Quote,
	Ticket,
	TicketChanges,
	TicketQuery,
} from '../../types';

const base = `/${ REST_NAMESPACE }`;

/**
 * One page of the queue with the totals from the response headers.
 *
 * @param query Filters, sort and page.
 */
export async function fetchTickets(
	query: TicketQuery
): Promise< { items: Ticket[]; total: number; totalPages: number } > {
	const response = await apiFetch< Response, false >( {
		path: addQueryArgs( `${ base }/tickets`, { ...query } ),
		parse: false,
	} );
	return {
		items: ( await response.json() ) as Ticket[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
}

export const fetchTicket = ( id: number ) =>
	apiFetch< Ticket >( { path: `${ base }/tickets/${ id }` } );

export const fetchMessages = ( id: number ) =>
	apiFetch< Message[] >( { path: `${ base }/tickets/${ id }/messages` } );

export const fetchDashboard = () =>
	apiFetch< Dashboard >( { path: `${ base }/dashboard` } );

export const patchTicket = ( id: number, changes: TicketChanges ) =>
	apiFetch< Ticket >( {
		path: `${ base }/tickets/${ id }`,
		method: 'PATCH',
		data: changes,
	} );

/**
 * Posts a reply or an internal note; attachments go as multipart `files[]`. Answers with the ticket.
 *
 * @param id      Ticket.
 * @param message Body, internal flag, files and the status to leave the ticket in.
 */
export function postMessage( id: number, message: NewMessage ) {
	const body = new FormData();
	body.append( 'body', message.body );
	body.append( 'internal', message.internal ? '1' : '0' );
	if ( message.status ) {
		body.append( 'status', message.status );
	}
	( message.files ?? [] ).forEach( ( file ) =>
		body.append( 'files[]', file )
	);
	return apiFetch< Ticket >( {
		path: `${ base }/tickets/${ id }/messages`,
		method: 'POST',
		body,
	} );
}

export const postQuote = ( id: number, quote: NewQuote ) =>
	apiFetch< Quote >( {
		path: `${ base }/tickets/${ id }/quote`,
		method: 'POST',
		data: quote,
	} );
