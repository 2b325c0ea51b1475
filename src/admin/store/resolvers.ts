/**
 * Resolvers: the first read of a selector fetches from the REST API.
 */

/**
 * Internal dependencies
 */
import * as api from './api';
import { queryKey } from './query-key';
import type { TicketQuery } from '../types';
import type { Thunk } from './thunk';

export const getTicketsPage =
	( query: TicketQuery ): Thunk =>
	async ( { dispatch } ) => {
		const { items, total, totalPages } = await api.fetchTickets( query );
		dispatch( { type: 'RECEIVE_TICKETS', tickets: items } );
		dispatch( {
			type: 'RECEIVE_PAGE',
			key: queryKey( query ),
			page: {
				ids: items.map( ( ticket ) => ticket.id ),
				total,
				totalPages,
			},
		} );
		// The rows are whole tickets: opening one needs no second request.
		dispatch.finishResolutions(
			'getTicket',
			items.map( ( ticket ) => [ ticket.id ] )
		);
	};

export const getTicket =
	( id: number ): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_TICKETS',
			tickets: [ await api.fetchTicket( id ) ],
		} );
	};

export const getMessages =
	( ticketId: number ): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_MESSAGES',
			ticketId,
			messages: await api.fetchMessages( ticketId ),
		} );
	};

export const getDashboard =
	(): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_DASHBOARD',
			dashboard: await api.fetchDashboard(),
		} );
	};
