/**
 * The app's state: tickets by id, which ids each queue query returned, threads, and the figures;
 * plan holdings by id and which ids each list returned; customer searches; settings and mailbox.
 */

/**
 * Internal dependencies
 */
import type {
	Customer,
	Dashboard,
	Entitlement,
	Message,
	Ticket,
	TicketPage,
} from '../types';
import type { Mailbox, Settings } from '../../shared/rest/types.generated';

export type State = {
	tickets: Record< number, Ticket >;
	pages: Record< string, TicketPage >;
	messages: Record< number, Message[] >;
	dashboard: Dashboard | null;
	entitlements: Record< number, Entitlement >;
	entitlementLists: Record< string, number[] >;
	customers: Record< string, Customer[] >;
	settings: Settings | null;
	mailbox: Mailbox | null;
};

export type Action =
	| { type: 'RECEIVE_TICKETS'; tickets: Ticket[] }
	| { type: 'RECEIVE_PAGE'; key: string; page: TicketPage }
	| { type: 'RECEIVE_MESSAGES'; ticketId: number; messages: Message[] }
	| { type: 'RECEIVE_DASHBOARD'; dashboard: Dashboard }
	| { type: 'RECEIVE_ENTITLEMENTS'; entitlements: Entitlement[] }
	| { type: 'RECEIVE_ENTITLEMENT_LIST'; key: string; ids: number[] }
	| { type: 'RECEIVE_CUSTOMERS'; search: string; customers: Customer[] }
	| { type: 'RECEIVE_SETTINGS'; settings: Settings }
	| { type: 'RECEIVE_MAILBOX'; mailbox: Mailbox };

export const initialState: State = {
	tickets: {},
	pages: {},
	messages: {},
	dashboard: null,
	entitlements: {},
	entitlementLists: {},
	customers: {},
	settings: null,
	mailbox: null,
};

/**
 * @param state  Current state.
 * @param action Action.
 */
export function reducer( state: State = initialState, action: Action ): State {
	switch ( action.type ) {
		case 'RECEIVE_TICKETS':
			return {
				...state,
				tickets: action.tickets.reduce(
					( all, ticket ) => ( { ...all, [ ticket.id ]: ticket } ),
					state.tickets
				),
			};
		case 'RECEIVE_PAGE':
			return {
				...state,
				pages: { ...state.pages, [ action.key ]: action.page },
			};
		case 'RECEIVE_MESSAGES':
			return {
				...state,
				messages: {
					...state.messages,
					[ action.ticketId ]: action.messages,
				},
			};
		case 'RECEIVE_DASHBOARD':
			return { ...state, dashboard: action.dashboard };
		case 'RECEIVE_ENTITLEMENTS':
			return {
				...state,
				entitlements: action.entitlements.reduce(
					( all, entitlement ) => ( {
						...all,
						[ entitlement.id ]: entitlement,
					} ),
					state.entitlements
				),
			};
		case 'RECEIVE_ENTITLEMENT_LIST':
			return {
				...state,
				entitlementLists: {
					...state.entitlementLists,
					[ action.key ]: action.ids,
				},
			};
		case 'RECEIVE_CUSTOMERS':
			return {
				...state,
				customers: {
					...state.customers,
					[ action.search ]: action.customers,
				},
			};
		case 'RECEIVE_SETTINGS':
			return { ...state, settings: action.settings };
		case 'RECEIVE_MAILBOX':
			return { ...state, mailbox: action.mailbox };
	}
	return state;
}
