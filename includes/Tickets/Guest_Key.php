<?php
/**
 * Secret keys that let a guest (no account) open their own ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * Long random keys, stored only as a keyed hash and compared in constant time.
 */
final class Guest_Key {

	/**
	 * A new key (64 hex characters, 256 bits).
	 */
	public static function generate(): string {
		return bin2hex( random_bytes( 32 ) );
	}

	/**
	 * The stored form of a key.
	 *
	 * @param string $key Key.
	 */
	public static function hash( string $key ): string {
		return hash_hmac( 'sha256', $key, wp_salt( 'auth' ) );
	}

	/**
	 * Whether a key opens a ticket; empty keys and empty hashes never match.
	 *
	 * @param Ticket $ticket Ticket.
	 * @param string $key    Key offered.
	 */
	public static function opens( Ticket $ticket, string $key ): bool {
		$stored = (string) $ticket->guest_key_hash;
		if ( '' === $key || '' === $stored || ! $ticket->is_guest() ) {
			return false;
		}
		return hash_equals( $stored, self::hash( $key ) );
	}
}
