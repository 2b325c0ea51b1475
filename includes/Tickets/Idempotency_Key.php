<?php
/**
 * A client's idempotency key, scoped to the request kind and the caller.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Customers\Email_Address;

defined( 'ABSPATH' ) || exit;

/**
 * Stored only as a hash of kind, caller and key: the same key from another caller is another key,
 * so nobody reaches someone else's ticket through a key.
 */
final class Idempotency_Key {

	/** What a client may send: long enough not to be guessed (a UUID is 36 characters). */
	public const PATTERN = '/^[A-Za-z0-9._:-]{16,255}$/';

	/**
	 * Constructor.
	 *
	 * @param string $hash SHA-256 of kind, caller and key (hex).
	 */
	private function __construct( public readonly string $hash ) {}

	/**
	 * Whether a client's key has the accepted form.
	 *
	 * @param string $key Key as sent.
	 */
	public static function is_valid( string $key ): bool {
		return 1 === preg_match( self::PATTERN, $key );
	}

	/**
	 * A key for opening a ticket: the caller is the user, or the guest's normalised email.
	 *
	 * @param string $key         Valid key.
	 * @param int    $user_id     Logged-in caller, 0 for a guest.
	 * @param string $guest_email Guest's email as sent.
	 */
	public static function for_intake( string $key, int $user_id, string $guest_email ): self {
		return new self( self::digest( 'intake', $user_id > 0 ? 'user:' . $user_id : 'guest:' . Email_Address::normalise( $guest_email ), $key ) );
	}

	/**
	 * A key for a reply to one ticket: the caller is the user, or whoever holds the ticket's guest key.
	 *
	 * @param string $key       Valid key.
	 * @param int    $ticket_id Ticket replied to.
	 * @param int    $user_id   Logged-in caller, 0 for a guest.
	 */
	public static function for_reply( string $key, int $ticket_id, int $user_id ): self {
		return new self( self::digest( 'reply:' . $ticket_id, $user_id > 0 ? 'user:' . $user_id : 'guest', $key ) );
	}

	/**
	 * The key of an inbound email: its Message-ID, so a message read twice (two overlapping
	 * mailbox runs, a webhook retried, the same mail through two doors) is stored once.
	 *
	 * @param string $message_id The Message-ID, or a hash of the raw message when it has none.
	 */
	public static function for_email( string $message_id ): self {
		return new self( self::digest( 'email', 'mailbox', strtolower( $message_id ) ) );
	}

	/**
	 * The stored form.
	 *
	 * @param string $kind   Request kind.
	 * @param string $caller Who asks.
	 * @param string $key    Key as sent.
	 */
	private static function digest( string $kind, string $caller, string $key ): string {
		return hash( 'sha256', $kind . "\n" . $caller . "\n" . $key );
	}
}
