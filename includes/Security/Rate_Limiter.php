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
	 * The client IP: REMOTE_ADDR, so a forged X-Forwarded-For cannot dodge the limits. Behind a
	 * reverse proxy or CDN the owner names its addresses (IPs or CIDR ranges) with the
	 * `wp24hd_trusted_proxies` filter; only then is X-Forwarded-For read, right to left, and the
	 * first address that is not a trusted proxy is the client.
	 */
	public static function client_ip(): string {
		$remote = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		if ( false === filter_var( $remote, FILTER_VALIDATE_IP ) ) {
			return '0.0.0.0';
		}
		/**
		 * Addresses (IPs or CIDR ranges) of the site's own reverse proxies; none by default.
		 *
		 * @param string[] $proxies Trusted proxies.
		 */
		$proxies = array_filter( array_map( 'strval', (array) apply_filters( 'wp24hd_trusted_proxies', array() ) ) );
		if ( array() === $proxies || ! self::in_ranges( $remote, $proxies ) || empty( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) {
			return $remote;
		}
		$chain = array_reverse( array_map( 'trim', explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) ) ) );
		foreach ( $chain as $hop ) {
			if ( false === filter_var( $hop, FILTER_VALIDATE_IP ) ) {
				return $remote;
			}
			if ( ! self::in_ranges( $hop, $proxies ) ) {
				return $hop;
			}
		}
		return $remote;
	}

	/**
	 * Whether an IP is one of the given IPs or inside one of the CIDR ranges (IPv4 or IPv6).
	 *
	 * @param string   $ip     Address.
	 * @param string[] $ranges IPs or CIDR ranges.
	 */
	private static function in_ranges( string $ip, array $ranges ): bool {
		$address = inet_pton( $ip );
		foreach ( $ranges as $range ) {
			[ $network, $bits ] = array_pad( explode( '/', trim( $range ), 2 ), 2, null );
			$net                = @inet_pton( (string) $network ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a malformed entry simply matches nothing.
			if ( false === $address || false === $net || strlen( $net ) !== strlen( $address ) ) {
				continue;
			}
			$bits = null === $bits ? strlen( $net ) * 8 : max( 0, min( strlen( $net ) * 8, (int) $bits ) );
			$mask = str_repeat( "\xff", intdiv( $bits, 8 ) ) . ( $bits % 8 ? chr( 0xff << ( 8 - $bits % 8 ) & 0xff ) : '' );
			$mask = str_pad( $mask, strlen( $net ), "\x00" );
			if ( ( $address & $mask ) === ( $net & $mask ) ) {
				return true;
			}
		}
		return false;
	}
}
