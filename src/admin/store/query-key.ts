/**
 * Internal dependencies
 */
import type { TicketQuery } from '../types';

/**
 * A stable key for a queue query: the same filters in any order give the same key.
 *
 * @param query REST query.
 */
export function queryKey( query: TicketQuery ): string {
	return JSON.stringify(
		Object.keys( query )
			.sort()
			.filter(
				( key ) =>
					query[ key as keyof TicketQuery ] !== undefined &&
					query[ key as keyof TicketQuery ] !== ''
			)
			.map( ( key ) => [ key, query[ key as keyof TicketQuery ] ] )
	);
}
