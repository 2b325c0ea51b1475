/**
 * The technician's own preferences, kept in their user meta through WordPress's users route.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Switches the browser notifications of new urgent tickets (`wp24hd_urgent_alerts`).
 *
 * @param on Whether they are wanted.
 */
export const postUrgentAlerts = ( on: boolean ) =>
	apiFetch( {
		path: '/wp/v2/users/me',
		method: 'POST',
		data: { meta: { wp24hd_urgent_alerts: on } },
	} );
