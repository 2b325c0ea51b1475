/**
 * Sets the plugin's clock on a test site for the requests that follow (the test mu-plugin
 * wp24-clock.php), so a test sets the time instead of moving rows.
 *
 * Prefer moving the clock back (do the past in the past, then come back): rate-limit windows
 * and job leases opened at a moment ahead of the real time would outlive the test.
 */

/**
 * Internal dependencies
 */
import type { Site } from './site';

/**
 * The plugin's clock runs `seconds` away from the real time (negative: in the past).
 *
 * @param site    The test site.
 * @param seconds Offset from the real time.
 */
export async function travel( site: Site, seconds: number ): Promise< void > {
	await site.php(
		`update_option( 'wp24hd_test_clock', array( 'offset' => ${ Math.round(
			seconds
		) } ), true );`
	);
}

/**
 * The plugin's clock is the real one again.
 *
 * @param site The test site.
 */
export async function travelBack( site: Site ): Promise< void > {
	await site.php( `delete_option( 'wp24hd_test_clock' );` );
}

/** Seconds in a day. */
export const DAY = 86400;
