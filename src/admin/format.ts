/**
 * Small formatting helpers the screens share.
 */

/**
 * WordPress dependencies
 */
import { dateI18n, getSettings } from '@wordpress/date';

/**
 * A day in the site's date format, e.g. "26 novembre 2026".
 *
 * @param iso ISO 8601 moment.
 */
export function formatDay( iso: string ): string {
	return dateI18n( getSettings().formats.date, iso, undefined );
}

/**
 * An amount in the page’s language, e.g. "12.345,50 €" on an Italian admin.
 *
 * @param amount   Amount in currency units.
 * @param currency ISO 4217 code.
 */
export function formatMoney( amount: number, currency: string ): string {
	try {
		return new Intl.NumberFormat(
			document.documentElement.lang || undefined,
			{
				style: 'currency',
				currency,
			}
		).format( amount );
	} catch {
		// An unknown currency code: the number alone, still in the page's language.
		return `${ amount.toLocaleString(
			document.documentElement.lang || undefined,
			{
				minimumFractionDigits: 2,
				maximumFractionDigits: 2,
			}
		) } ${ currency }`;
	}
}

/**
 * The message of a failed request (REST errors carry one), or the fallback.
 *
 * @param failure  What apiFetch threw.
 * @param fallback Message when there is none.
 */
export function errorMessage( failure: unknown, fallback: string ): string {
	const message = ( failure as { message?: unknown } | null )?.message;
	return typeof message === 'string' && message !== '' ? message : fallback;
}
