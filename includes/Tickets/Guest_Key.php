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
 *
 * The key is derived from a random per-ticket seed and the site's secret auth salt, so every
 * email to a guest can carry a working link while the database alone (a leaked backup, an
 * injection) cannot open any ticket: that takes the salts in wp-config.php too, the same bar
 * as forging a WordPress login cookie.
 */
final class Guest_Key {

	/**
	 * A new random seed (64 hex characters, 256 bits), stored with the ticket.
	 */
	public static function new_seed(): string {
		return bin2hex( random_bytes( 32 ) );
	}

	/**
	 * The key for a seed (64 hex characters).
	 *
	 * @param string $seed Seed stored with the ticket.
	 */
	public static function for_seed( string $seed ): string {
		return hash_hmac( 'sha256', 'wp24hd-guest-key|' . $seed, wp_salt( 'auth' ) );
	}

	/**
	 * The key of a guest's ticket, for links in emails; empty for customers with an account.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public static function for_ticket( Ticket $ticket ): string {
		$seed = (string) $ticket->guest_key_seed;
		return $ticket->is_guest() && '' !== $seed ? self::for_seed( $seed ) : '';
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
