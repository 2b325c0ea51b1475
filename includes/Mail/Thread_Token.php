<?php
/**
 * The marks outgoing mail carries so that an answer finds its ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Two marks, both signed with a key derived from the site's salts, so nobody can forge one for
 * another ticket: a reply address with the ticket in its plus-part
 * (`assistenza+t123.k7f3…@agency.it`), and the Message-ID of every notification
 * (`wp24hd.t123.<random>.<signature>@agency.it`), which mail clients send back in In-Reply-To and
 * References. The reference in a subject line is never trusted: anyone can type it.
 */
final class Thread_Token {

	/** Hex characters of the signature: 64 bits, beyond guessing within any rate limit. */
	private const SIGNATURE_LENGTH = 16;

	/**
	 * Constructor.
	 *
	 * @param string $key Secret key (Thread_Token::site_key() in production).
	 */
	public function __construct( private string $key ) {}

	/**
	 * The key derived from the site's salts; changing the salts makes old marks unknown.
	 */
	public static function site_key(): string {
		return hash_hmac( 'sha256', 'wp24hd-mail-thread', wp_salt( 'auth' ) );
	}

	/**
	 * The reply address for a ticket, built on the support address; '' when that is not set.
	 *
	 * @param string $support_address The mailbox address, e.g. assistenza@agency.it.
	 * @param int    $ticket_id       Ticket.
	 */
	public function reply_address( string $support_address, int $ticket_id ): string {
		$at = strrpos( $support_address, '@' );
		if ( false === $at || $ticket_id <= 0 ) {
			return '';
		}
		return substr( $support_address, 0, $at ) . '+t' . $ticket_id . '.' . $this->sign( 'address:' . $ticket_id ) . substr( $support_address, $at );
	}

	/**
	 * The ticket a list of recipient addresses points at through a valid reply address, or 0.
	 *
	 * @param string[] $recipients Addresses, lowercased.
	 */
	public function ticket_from_addresses( array $recipients ): int {
		foreach ( $recipients as $address ) {
			if ( preg_match( '/\+t(\d{1,18})\.([0-9a-f]{' . self::SIGNATURE_LENGTH . '})@/', $address, $match )
				&& hash_equals( $this->sign( 'address:' . $match[1] ), $match[2] ) ) {
				return (int) $match[1];
			}
		}
		return 0;
	}

	/**
	 * A new Message-ID (without brackets) for a notification about a ticket.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $host      Domain part, e.g. the site's host.
	 */
	public function message_id( int $ticket_id, string $host ): string {
		$random = bin2hex( random_bytes( 8 ) );
		return 'wp24hd.t' . $ticket_id . '.' . $random . '.' . $this->sign( 'message:' . $ticket_id . '.' . $random ) . '@' . $host;
	}

	/**
	 * The stable thread root of a ticket (without brackets): every notification refers to it, so
	 * a mail client shows one conversation per ticket.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $host      Domain part.
	 */
	public function thread_root( int $ticket_id, string $host ): string {
		return 'wp24hd.t' . $ticket_id . '.root.' . $this->sign( 'message:' . $ticket_id . '.root' ) . '@' . $host;
	}

	/**
	 * The ticket the newest Message-ID the plugin signed among the references points at, or 0.
	 *
	 * @param string[] $references In-Reply-To and References IDs, newest last.
	 */
	public function ticket_from_references( array $references ): int {
		foreach ( array_reverse( $references ) as $id ) {
			if ( preg_match( '/^wp24hd\.t(\d{1,18})\.([0-9a-f]{16}|root)\.([0-9a-f]{' . self::SIGNATURE_LENGTH . '})@/', $id, $match )
				&& hash_equals( $this->sign( 'message:' . $match[1] . '.' . $match[2] ), $match[3] ) ) {
				return (int) $match[1];
			}
		}
		return 0;
	}

	/**
	 * A truncated HMAC of a text.
	 *
	 * @param string $text What is signed.
	 */
	private function sign( string $text ): string {
		return substr( hash_hmac( 'sha256', $text, $this->key ), 0, self::SIGNATURE_LENGTH );
	}
}
