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
use WP24\Helpdesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * A ticket that is not the caller's is "not found", exactly like one that does not exist.
 */
final class Ticket_Access {

	/** Wrong guest keys allowed per IP and 10 minutes before 429. */
	private const KEY_ATTEMPTS = 20;

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Storage.
	 * @param Rate_Limiter      $limiter    Throttles key guessing.
	 * @param Settings          $settings   How long guest links live.
	 */
	public function __construct( private Ticket_Repository $repository, private Rate_Limiter $limiter, private Settings $settings ) {}

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
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
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
			// Only failures count, so a guest reading and replying is never locked out; once the
			// failures are spent every key waits, or guessing could go on unthrottled.
			$this->limiter->check( 'guest_key', Rate_Limiter::client_ip(), self::KEY_ATTEMPTS );
			if ( null !== $ticket && Guest_Key::opens( $ticket, $guest_key ) && ! $this->link_expired( $ticket ) ) {
				return $ticket;
			}
			$this->limiter->hit( 'guest_key', Rate_Limiter::client_ip(), self::KEY_ATTEMPTS, 600 );
		}
		throw Domain_Exception::not_found( 'wp24hd_ticket_not_found', __( 'No ticket with this ID is available to you.', 'wp24-helpdesk' ) );
	}

	/**
	 * Whether a guest link has outlived the ticket's last activity by more than `guest_link_days`
	 * (an expired link answers the same 404 as a wrong one: it says nothing about the ticket).
	 *
	 * @param Ticket $ticket Guest's ticket.
	 */
	private function link_expired( Ticket $ticket ): bool {
		$days = (int) ( $this->settings->all()['guest_link_days'] ?? 0 );
		$last = $ticket->time( 'last_activity_at' ) ?? $ticket->time( 'created_at' );
		return $days > 0 && null !== $last && $last < $this->repository->clock()->now()->modify( "-{$days} days" );
	}
}
