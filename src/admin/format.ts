/**
 * Small formatting helpers the screens share.
 */

/**
 * WordPress dependencies
 */
import { dateI18n, getSettings } from '@wordpress/date';

/**
 * Internal dependencies
 */
import { bootData } from './boot-data';

// Money is written the same way by the blocks: one helper in src/shared.
export { formatMoney } from '../shared/money';

/**
 * A day in the words the thread's times use, e.g. "Thursday 21 October 2027" (the format comes
 * from the server, translated), so one screen never mixes two date formats.
 *
 * @param iso ISO 8601 moment.
 */
export function formatDay( iso: string ): string {
	return dateI18n(
		// Without the page's format (nothing printed): WordPress's own.
		bootData().dayFormat || getSettings().formats.date,
		iso,
		undefined
	);
}

/**
 * The message of a failed request (REST errors carry one), or the fallback. The server starts
 * a message about one field with that field's key ("body: write a message."), so screens can
 * place it; where it is shown as it is, the key is left out: people read words, not keys.
 *
 * @param failure  What apiFetch threw.
 * @param fallback Message when there is none.
 */
export function errorMessage( failure: unknown, fallback: string ): string {
	const message = ( failure as { message?: unknown } | null )?.message;
	if ( typeof message !== 'string' || message === '' ) {
		return fallback;
	}
	const text = message.replace( /^[a-z_]+(\[[a-z_]+\])?: /, '' );
	return text.charAt( 0 ).toUpperCase() + text.slice( 1 );
}

/** Units of a relative time, largest first, with their length in seconds. */
const UNITS: Array< [ Intl.RelativeTimeFormatUnit, number ] > = [
	[ 'year', 365 * 86400 ],
	[ 'month', 30 * 86400 ],
	[ 'week', 7 * 86400 ],
	[ 'day', 86400 ],
	[ 'hour', 3600 ],
	[ 'minute', 60 ],
];

/**
 * How long ago (or how soon) a moment is, wholly in the page's language: "10 minuti fa",
 * "ieri", "10 minutes ago". The browser's Intl says it, so no half is left to another catalogue
 * (WordPress's own relative-time strings are partly untranslated in some locales).
 *
 * @param iso    ISO 8601 moment.
 * @param now    Now, in milliseconds.
 * @param locale BCP 47 language; the page's by default.
 */
export function relativeTime(
	iso: string,
	now: number = Date.now(),
	locale: string = document.documentElement.lang || 'en'
): string {
	const seconds = Math.round( ( Date.parse( iso ) - now ) / 1000 );
	if ( Number.isNaN( seconds ) ) {
		return '';
	}
	const format = new Intl.RelativeTimeFormat( locale, { numeric: 'auto' } );
	for ( const [ unit, size ] of UNITS ) {
		if ( Math.abs( seconds ) >= size ) {
			return format.format( Math.round( seconds / size ), unit );
		}
	}
	return format.format( 0, 'second' );
}
