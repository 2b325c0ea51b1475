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
 * so nobody reaches someone else's ticket through a key. Beside it goes a hash of what the request
 * said (its fields), so the same key sent with a different request is told apart from a retry.
 */
final class Idempotency_Key {

	/** What a client may send: long enough not to be guessed (a UUID is 36 characters). */
	public const PATTERN = '/^[A-Za-z0-9._:-]{16,255}$/';

	/**
	 * Constructor.
	 *
	 * @param string $hash         SHA-256 of kind, caller and key (hex).
	 * @param string $request_hash SHA-256 of the request's fields (hex).
	 */
	private function __construct( public readonly string $hash, public readonly string $request_hash ) {}

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
	 * @param array  $fields      What the request says (subject, message, ...), as sent.
	 */
	public static function for_intake( string $key, int $user_id, string $guest_email, array $fields ): self {
		return new self( self::digest( 'intake', $user_id > 0 ? 'user:' . $user_id : 'guest:' . Email_Address::normalise( $guest_email ), $key ), self::fingerprint( $fields ) );
	}

	/**
	 * A key for a reply to one ticket: the caller is the user, or whoever holds the ticket's guest key.
	 *
	 * @param string $key       Valid key.
	 * @param int    $ticket_id Ticket replied to.
	 * @param int    $user_id   Logged-in caller, 0 for a guest.
	 * @param array  $fields    What the request says (body, ...), as sent.
	 */
	public static function for_reply( string $key, int $ticket_id, int $user_id, array $fields ): self {
		return new self( self::digest( 'reply:' . $ticket_id, $user_id > 0 ? 'user:' . $user_id : 'guest', $key ), self::fingerprint( $fields ) );
	}

	/**
	 * Whether a stored request hash belongs to another request than this one (a key reused, not a
	 * retry). Keys stored before request hashes were kept have none, and match any request.
	 *
	 * @param string $stored The request hash stored with the key.
	 */
	public function differs_from( string $stored ): bool {
		return '' !== $stored && ! hash_equals( $stored, $this->request_hash );
	}

	/**
	 * The stored form of a request's fields.
	 *
	 * @param array $fields Fields as sent.
	 */
	private static function fingerprint( array $fields ): string {
		ksort( $fields );
		return hash( 'sha256', (string) wp_json_encode( $fields ) );
	}

	/**
	 * The key of an inbound email: its Message-ID, so a message read twice (two overlapping
	 * mailbox runs, a webhook retried, the same mail through two doors) is stored once.
	 *
	 * The same Message-ID is the same message whatever the door's payload looks like, so no
	 * request hash is kept: a second copy is a duplicate, never a conflict.
	 *
	 * @param string $message_id The Message-ID, or a hash of the raw message when it has none.
	 */
	public static function for_email( string $message_id ): self {
		return new self( self::digest( 'email', 'mailbox', strtolower( $message_id ) ), '' );
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
