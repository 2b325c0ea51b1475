/**
 * Internal dependencies
 */
import type { Action, State } from './reducer';
import type { Ticket } from '../types';

/**
 * The part of @wordpress/data's thunk arguments this store uses.
 */
export type Thunk< T = void > = ( args: {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
		invalidateResolution: ( selector: string, args: unknown[] ) => void;
		finishResolutions: ( selector: string, args: unknown[][] ) => void;
	};
	select: {
		getTicket: ( id: number ) => Ticket | undefined;
	};
	getState?: () => State;
} ) => Promise< T >;
