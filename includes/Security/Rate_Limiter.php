<?php
/**
 * Fixed-window rate limits per client and action, kept in transients (object cache when present).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Security;

defined( 'ABSPATH' ) || exit;

/**
 * Counts attempts and refuses with 429 past the limit.
 */
final class Rate_Limiter {

	/**
	 * Counts one attempt; throws a 429 Domain_Exception past `$limit` in `$window` seconds.
	 *
	 * @param string $action  What is limited, e.g. `intake`.
	 * @param string $subject Who: an IP or an email (hashed before use).
	 * @param int    $limit   Attempts allowed per window.
	 * @param int    $window  Window in seconds.
	 */
	public function hit( string $action, string $subject, int $limit, int $window ): void {
		$key   = 'wp24hd_rl_' . substr( hash( 'sha256', $action . '|' . strtolower( $subject ) ), 0, 32 );
		$state = get_transient( $key );
		$now   = time();
		if ( ! is_array( $state ) || $state['until'] <= $now ) {
			$state = array(
				'count' => 0,
				'until' => $now + $window,
			);
		}
		++$state['count'];
		set_transient( $key, $state, max( 1, $state['until'] - $now ) );
		if ( $state['count'] > $limit ) {
			throw new Rate_Limited( $state['until'] - $now );
		}
	}

	/**
	 * The client IP: REMOTE_ADDR only, so a forged X-Forwarded-For cannot dodge the limit.
	 */
	public static function client_ip(): string {
		$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		return false !== filter_var( $ip, FILTER_VALIDATE_IP ) ? $ip : '0.0.0.0';
	}
}
