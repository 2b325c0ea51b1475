/**
 * Opening hours as technicians type them: "09:30-13:00, 14:00-19:30"; empty means closed.
 */

export type Interval = { open: string; close: string };

/**
 * @param intervals A day's intervals.
 */
export function formatHours( intervals: Interval[] ): string {
	return intervals
		.map( ( interval ) => `${ interval.open }-${ interval.close }` )
		.join( ', ' );
}

/**
 * The intervals typed, or null when the text is not a list of HH:MM-HH:MM ranges.
 *
 * @param text Typed text.
 */
export function parseHours( text: string ): Interval[] | null {
	const parts = text
		.split( ',' )
		.map( ( part ) => part.trim() )
		.filter( Boolean );
	const intervals: Interval[] = [];
	for ( const part of parts ) {
		const match = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec( part );
		if ( ! match ) {
			return null;
		}
		const pad = ( time: string ) => time.padStart( 5, '0' );
		intervals.push( { open: pad( match[ 1 ] ), close: pad( match[ 2 ] ) } );
	}
	return intervals;
}
