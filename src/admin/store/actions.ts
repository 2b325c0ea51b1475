/**
 * Changes made from the app: optimistic where the result is known, rolled back when the server refuses.
 */

/**
 * Internal dependencies
 */
import * as api from './api';
import type { Thunk } from './thunk';
import type {
	Message,
	NewMessage,
	NewQuote,
	Quote,
	Ticket,
	TicketChanges,
} from '../types';

/**
 * Lists and figures depend on every ticket: after a change they are read again when next shown.
 *
 * @param dispatch Store dispatch.
 */
function refreshLists( dispatch: Parameters< Thunk >[ 0 ][ 'dispatch' ] ) {
	dispatch.invalidateResolutionForStoreSelector( 'getTicketsPage' );
	dispatch.invalidateResolutionForStoreSelector( 'getDashboard' );
}

/**
 * Changes status, priority or assignee; the ticket shows the change at once and goes back if refused.
 *
 * @param id      Ticket.
 * @param changes Fields to change.
 */
export const updateTicket =
	( id: number, changes: TicketChanges ): Thunk< Ticket > =>
	async ( { dispatch, select } ) => {
		const before = select.getTicket( id );
		if ( before ) {
			const { close_reason: closeReason, ...fields } = changes;
			void closeReason;
			dispatch( {
				type: 'RECEIVE_TICKETS',
				tickets: [ { ...before, ...fields } ],
			} );
		}
		try {
			const saved = await api.patchTicket( id, changes );
			dispatch( { type: 'RECEIVE_TICKETS', tickets: [ saved ] } );
			refreshLists( dispatch );
			dispatch.invalidateResolution( 'getMessages', [ id ] );
			return saved;
		} catch ( error ) {
			if ( before ) {
				dispatch( { type: 'RECEIVE_TICKETS', tickets: [ before ] } );
			}
			throw error;
		}
	};

/**
 * Adds a reply or an internal note; the server answers with the ticket (status and SLA follow from
 * the reply), then the thread is read again with the new message and its attachments.
 *
 * @param id      Ticket.
 * @param message Body, internal flag, files.
 */
export const addMessage =
	( id: number, message: NewMessage ): Thunk< Ticket > =>
	async ( { dispatch } ) => {
		const ticket = await api.postMessage( id, message );
		dispatch( { type: 'RECEIVE_TICKETS', tickets: [ ticket ] } );
		dispatch( {
			type: 'RECEIVE_MESSAGES',
			ticketId: id,
			messages: await api.fetchMessages( id ),
		} );
		refreshLists( dispatch );
		return ticket;
	};

/**
 * Drafts or sends a quote (R8), then reads the ticket and thread again.
 *
 * @param id    Ticket.
 * @param quote Amount, currency, conditions, validity, send now.
 */
export const saveQuote =
	( id: number, quote: NewQuote ): Thunk< Quote > =>
	async ( { dispatch } ) => {
		const saved = await api.postQuote( id, quote );
		dispatch( {
			type: 'RECEIVE_TICKETS',
			tickets: [ await api.fetchTicket( id ) ],
		} );
		dispatch.invalidateResolution( 'getMessages', [ id ] );
		refreshLists( dispatch );
		return saved;
	};

/**
 * Reads a ticket's thread again, to see what others wrote meanwhile.
 *
 * @param id Ticket.
 */
export const refreshThread =
	( id: number ): Thunk< Message[] > =>
	async ( { dispatch } ) => {
		const [ ticket, messages ] = await Promise.all( [
			api.fetchTicket( id ),
			api.fetchMessages( id ),
		] );
		dispatch( { type: 'RECEIVE_TICKETS', tickets: [ ticket ] } );
		dispatch( { type: 'RECEIVE_MESSAGES', ticketId: id, messages } );
		return messages;
	};
