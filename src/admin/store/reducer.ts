/**
 * The app's state: tickets by id, which ids each queue query returned, threads, and the figures.
 */

/**
 * Internal dependencies
 */
import type { Dashboard, Message, Ticket, TicketPage } from '../types';

export type State = {
	tickets: Record< number, Ticket >;
	pages: Record< string, TicketPage >;
	messages: Record< number, Message[] >;
	dashboard: Dashboard | null;
};

export type Action =
	| { type: 'RECEIVE_TICKETS'; tickets: Ticket[] }
	| { type: 'RECEIVE_PAGE'; key: string; page: TicketPage }
	| { type: 'RECEIVE_MESSAGES'; ticketId: number; messages: Message[] }
	| { type: 'RECEIVE_DASHBOARD'; dashboard: Dashboard };

export const initialState: State = {
	tickets: {},
	pages: {},
	messages: {},
	dashboard: null,
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
	}
	return state;
}
