<?php
/**
 * Fixed-window rate limits per client and action, counted atomically: with a persistent object
 * cache by its atomic increment, otherwise by compare-and-set rows in the options table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Security;

use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Counts attempts and refuses with 429 past the limit. A window starts with the first attempt
 * after the previous one ended. Parallel requests never pass more than the limit: a count is
 * changed only by a statement that succeeds on the value the request read (see Rate_Limit_Repository),
 * or by the object cache's `incr`.
 */
final class Rate_Limiter {

	/** Object-cache group of the counters. */
	private const CACHE_GROUP = 'wp24hd_rate_limits';

	/** Compare-and-set attempts before a request under extreme contention is refused. */
	private const MAX_TRIES = 50;

	/**
	 * Constructor.
	 *
	 * @param Rate_Limit_Repository $store The counters' rows when there is no persistent object cache.
	 * @param Clock                 $clock Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Rate_Limit_Repository $store = new Rate_Limit_Repository(), private Clock $clock = new System_Clock() ) {}

	/**
	 * Counts one attempt; throws a 429 Domain_Exception past `$limit` in `$window` seconds.
	 *
	 * Call it outside a database transaction, as the controllers do: inside one, MariaDB's snapshot
	 * reads could keep showing a count another request has already changed.
	 *
	 * @param string $action  What is limited, e.g. `intake`.
	 * @param string $subject Who: an IP or an email (hashed before use).
	 * @param int    $limit   Attempts allowed per window.
	 * @param int    $window  Window in seconds.
	 * @throws Rate_Limited When the caller has used up the limit.
	 */
	public function hit( string $action, string $subject, int $limit, int $window ): void {
		$name = self::name( $action, $subject );
		$now  = $this->clock->now()->getTimestamp();
		if ( wp_using_ext_object_cache() ) {
			$until   = $this->cached_window( $name, $now, $window );
			$counter = $name . ':' . $until;
			wp_cache_add( $counter, 0, self::CACHE_GROUP, max( 1, $until - $now ) );
			$count = wp_cache_incr( $counter, 1, self::CACHE_GROUP );
			if ( false === $count || $count > $limit ) {
				throw new Rate_Limited( max( 1, $until - $now ) );
			}
			return;
		}
		for ( $try = 0; $try < self::MAX_TRIES; $try++ ) {
			$stored = $this->store->read( $name );
			if ( null === $stored ) {
				if ( $this->store->create( $name, self::value( $now + $window, 1 ) ) ) {
					return;
				}
				continue;
			}
			[ $until, $count ] = self::parse( $stored );
			if ( $until <= $now ) {
				if ( $this->store->swap( $name, $stored, self::value( $now + $window, 1 ) ) ) {
					return;
				}
				continue;
			}
			if ( $count >= $limit ) {
				throw new Rate_Limited( $until - $now );
			}
			if ( $this->store->swap( $name, $stored, self::value( $until, $count + 1 ) ) ) {
				return;
			}
		}
		// Refused rather than let through uncounted.
		throw new Rate_Limited( 1 );
	}

	/**
	 * Throws the 429 when the current window's attempts already reached `$limit`, counting nothing:
	 * for limits that count only failures, checked before the attempt is judged.
	 *
	 * @param string $action  What is limited.
	 * @param string $subject Who.
	 * @param int    $limit   Attempts allowed per window.
	 * @throws Rate_Limited When the caller has used up the limit.
	 */
	public function check( string $action, string $subject, int $limit ): void {
		$name = self::name( $action, $subject );
		$now  = $this->clock->now()->getTimestamp();
		if ( wp_using_ext_object_cache() ) {
			$until = (int) wp_cache_get( $name . ':until', self::CACHE_GROUP, true );
			$count = $until > 0 ? (int) wp_cache_get( $name . ':' . $until, self::CACHE_GROUP, true ) : 0;
		} else {
			[ $until, $count ] = self::parse( (string) $this->store->read( $name ) );
		}
		if ( $until > $now && $count >= $limit ) {
			throw new Rate_Limited( $until - $now );
		}
	}

	/**
	 * The end of the current window in the object cache: added once (atomically) per window, and
	 * gone with the window.
	 *
	 * @param string $name   Counter name.
	 * @param int    $now    Unix time.
	 * @param int    $window Window in seconds.
	 */
	private function cached_window( string $name, int $now, int $window ): int {
		wp_cache_add( $name . ':until', $now + $window, self::CACHE_GROUP, $window );
		$until = (int) wp_cache_get( $name . ':until', self::CACHE_GROUP, true );
		return $until > 0 ? $until : $now + $window;
	}

	/**
	 * The counter's name for an action and a subject (case-insensitive, hashed).
	 *
	 * @param string $action  What is limited.
	 * @param string $subject Who.
	 */
	private static function name( string $action, string $subject ): string {
		return Rate_Limit_Repository::PREFIX . substr( hash( 'sha256', $action . '|' . strtolower( $subject ) ), 0, 32 );
	}

	/**
	 * A stored value: the window's end in ten digits and the count.
	 *
	 * @param int $until Window end (Unix time).
	 * @param int $count Attempts in the window.
	 */
	private static function value( int $until, int $count ): string {
		return sprintf( '%010d:%d', $until, $count );
	}

	/**
	 * The window end and count of a stored value; `[0, 0]` for anything else.
	 *
	 * @param string $value Stored value.
	 * @return array{0: int, 1: int}
	 */
	private static function parse( string $value ): array {
		return 1 === preg_match( '/^(\d{10}):(\d+)$/', $value, $parts ) ? array( (int) $parts[1], (int) $parts[2] ) : array( 0, 0 );
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
