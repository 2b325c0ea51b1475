<?php
/**
 * Who is asking about a ticket: a user (or nobody), whether they work tickets, and the guest key they sent.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Roles\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Plain values, so Ticket_Policy answers the same for the request's caller and for a test's.
 */
final class Ticket_Caller {

	/**
	 * Constructor.
	 *
	 * @param int    $user_id   Logged-in user, 0 for a visitor.
	 * @param bool   $staff     Whether they work tickets.
	 * @param string $guest_key Key from a guest's link, or ''.
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly bool $staff,
		public readonly string $guest_key = '',
	) {}

	/**
	 * The caller of the current request.
	 *
	 * @param string $guest_key Key from the guest's link, or ''.
	 */
	public static function current( string $guest_key = '' ): self {
		return new self( get_current_user_id(), current_user_can( Capabilities::MANAGE_TICKETS ), $guest_key );
	}
}
