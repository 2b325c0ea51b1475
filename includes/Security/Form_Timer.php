<?php
/**
 * How long a visitor spent on the ticket form, from a signed time rendered with it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Security;

defined( 'ABSPATH' ) || exit;

/**
 * People take more than a few seconds to describe a problem; bots post the moment they load the
 * page. The form carries the time it was rendered, signed with the site's salt so it cannot be
 * moved back. A cached page carries an older time, which only makes the check pass: the check
 * drops fast posts, it never refuses slow ones. Intake without the field (REST clients, apps)
 * is not timed; rate limits and the honeypot still apply to it.
 */
final class Form_Timer {

	/** Fewer seconds than this between render and post: a bot. */
	public const MIN_SECONDS = 3;

	/**
	 * The token to render in the form: `<unix time>.<signature>`.
	 *
	 * @param int|null $now Render time (tests pass one; default now).
	 */
	public static function token( ?int $now = null ): string {
		$now ??= time();
		return $now . '.' . self::signature( $now );
	}

	/**
	 * Whether a posted token proves the form was sent too fast to be a person's.
	 *
	 * A missing or unsigned token proves nothing (false): only a genuine time can convict.
	 *
	 * @param string   $token Posted token.
	 * @param int|null $now   Post time (default now).
	 */
	public static function too_fast( string $token, ?int $now = null ): bool {
		if ( 1 !== preg_match( '/^(\d{9,11})\.([0-9a-f]{32})$/', $token, $parts ) ) {
			return false;
		}
		$rendered = (int) $parts[1];
		if ( ! hash_equals( self::signature( $rendered ), $parts[2] ) ) {
			return false;
		}
		/**
		 * Filters the minimum seconds between rendering the ticket form and posting it.
		 *
		 * @param int $seconds Default 3; 0 switches the check off.
		 */
		$minimum = (int) apply_filters( 'wp24hd_min_fill_seconds', self::MIN_SECONDS );
		return ( $now ?? time() ) - $rendered < $minimum;
	}

	/**
	 * The signature of a render time.
	 *
	 * @param int $time Unix time.
	 */
	private static function signature( int $time ): string {
		return substr( hash_hmac( 'sha256', 'wp24hd-form|' . $time, wp_salt( 'nonce' ) ), 0, 32 );
	}
}
