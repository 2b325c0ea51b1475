<?php
/**
 * Who an email goes to, and in which language.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use WP24\Helpdesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * A customer (by account or guest address) or a list of staff addresses.
 */
final class Recipient {

	/**
	 * Constructor.
	 *
	 * @param string[] $emails  Addresses.
	 * @param int      $user_id Account whose language to use, or 0.
	 * @param string   $locale  Language when there is no account (a guest's), or empty for the site's.
	 * @param bool     $staff   Whether this is staff (the thread note says so).
	 */
	public function __construct(
		public readonly array $emails,
		public readonly int $user_id = 0,
		public readonly string $locale = '',
		public readonly bool $staff = false,
	) {}

	/**
	 * The customer of a ticket; null when the account is gone or has no address.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public static function customer_of( Ticket $ticket ): ?self {
		if ( $ticket->is_guest() ) {
			$email = (string) $ticket->guest_email;
			return is_email( $email ) ? new self( array( $email ), 0, (string) $ticket->locale ) : null;
		}
		return self::user( $ticket->customer_id() );
	}

	/**
	 * A user with an account; null when the account is gone or has no address.
	 *
	 * @param int $user_id User.
	 */
	public static function user( int $user_id ): ?self {
		$user = get_userdata( $user_id );
		return $user && is_email( $user->user_email ) ? new self( array( $user->user_email ), $user_id ) : null;
	}
}
