/**
 * Resolvers: the first read of a selector fetches from the REST API.
 */

/**
 * Internal dependencies
 */
import * as api from './api';
import { queryKey } from './query-key';
import type { TicketQuery } from '../types';
import type { GetEntitlementsRequest } from '../../shared/rest/types.generated';
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

export const getEntitlements =
	( query: GetEntitlementsRequest ): Thunk =>
	async ( { dispatch } ) => {
		const entitlements = await api.fetchEntitlements( query );
		dispatch( { type: 'RECEIVE_ENTITLEMENTS', entitlements } );
		dispatch( {
			type: 'RECEIVE_ENTITLEMENT_LIST',
			key: queryKey( query ),
			ids: entitlements.map( ( entitlement ) => entitlement.id ),
		} );
		// The rows are whole holdings: showing one needs no second request.
		dispatch.finishResolutions(
			'getEntitlement',
			entitlements.map( ( entitlement ) => [ entitlement.id ] )
		);
	};

export const getEntitlement =
	( id: number ): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_ENTITLEMENTS',
			entitlements: [ await api.fetchEntitlement( id ) ],
		} );
	};

export const getCustomers =
	( search: string ): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_CUSTOMERS',
			search,
			customers: await api.fetchCustomers( search ),
		} );
	};

export const getSettings =
	(): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_SETTINGS',
			settings: await api.fetchSettings(),
		} );
	};

export const getMailbox =
	(): Thunk =>
	async ( { dispatch } ) => {
		dispatch( {
			type: 'RECEIVE_MAILBOX',
			mailbox: await api.fetchMailbox(),
		} );
	};
