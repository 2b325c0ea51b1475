<?php
/**
 * Who may see and act on a ticket: staff, its customer, or a guest holding its key.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Security\Rate_Limiter;

defined( 'ABSPATH' ) || exit;

/**
 * A ticket that is not the caller's is "not found", exactly like one that does not exist.
 */
final class Ticket_Access {

	/** Wrong guest keys allowed per IP and 10 minutes before 429. */
	private const KEY_ATTEMPTS = 20;

	/**
	 * @param Ticket_Repository $repository Storage.
	 * @param Rate_Limiter      $limiter    Throttles key guessing.
	 */
	public function __construct( private Ticket_Repository $repository, private Rate_Limiter $limiter ) {}

	/**
	 * Whether the current user works tickets.
	 */
	public function is_staff(): bool {
		return current_user_can( Capabilities::MANAGE_TICKETS );
	}

	/**
	 * The ticket if the caller may see it; a 404 Domain_Exception otherwise.
	 *
	 * @param int    $id        Ticket ID.
	 * @param string $guest_key Key from the guest's link, or ''.
	 */
	public function ticket_for_caller( int $id, string $guest_key = '' ): Ticket {
		$ticket = $this->repository->find( $id );
		if ( null !== $ticket ) {
			if ( $this->is_staff() ) {
				return $ticket;
			}
			$user_id = get_current_user_id();
			if ( $user_id > 0 && $ticket->customer_id() === $user_id ) {
				return $ticket;
			}
		}
		if ( '' !== $guest_key ) {
			$this->limiter->hit( 'guest_key', Rate_Limiter::client_ip(), self::KEY_ATTEMPTS, 600 );
			if ( null !== $ticket && Guest_Key::opens( $ticket, $guest_key ) ) {
				return $ticket;
			}
		}
		throw Domain_Exception::not_found( 'wp24hd_ticket_not_found', __( 'No ticket with this ID is available to you.', 'wp24-helpdesk' ) );
	}
}
