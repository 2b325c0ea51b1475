/**
 * A stable key for a REST query: the same filters in any order give the same key, and empty
 * filters are left out.
 *
 * @param query REST query (the queue's, a list of plan holdings…).
 */
export function queryKey( query: object ): string {
	const fields = query as Record< string, unknown >;
	return JSON.stringify(
		Object.keys( fields )
			.sort()
			.filter(
				( key ) => fields[ key ] !== undefined && fields[ key ] !== ''
			)
			.map( ( key ) => [ key, fields[ key ] ] )
	);
}
