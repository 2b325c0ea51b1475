<?php
/**
 * Finds the ticket a request names, if its caller may see it: staff, its customer, or a guest holding its key.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Security\Rate_Limiter;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * A ticket that is not the caller's is "not found", exactly like one that does not exist; who may
 * see it is Ticket_Policy's answer, throttling wrong guest keys is this class's job.
 */
final class Ticket_Access {

	/** Wrong guest keys allowed per IP and 10 minutes before 429. */
	private const KEY_ATTEMPTS = 20;

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Storage.
	 * @param Rate_Limiter      $limiter    Throttles key guessing.
	 * @param Ticket_Policy     $policy     Who may see a ticket.
	 */
	public function __construct( private Ticket_Repository $repository, private Rate_Limiter $limiter, private Ticket_Policy $policy ) {}

	/**
	 * Whether the current user works tickets.
	 */
	public function is_staff(): bool {
		return $this->policy->works_tickets( Ticket_Caller::current() );
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
		$caller = Ticket_Caller::current( $guest_key );
		if ( null !== $ticket && ( $this->policy->works_tickets( $caller ) || $this->policy->owns( $caller, $ticket ) ) ) {
			return $ticket;
		}
		if ( '' !== $guest_key ) {
			// Only failures count, so a guest reading and replying is never locked out; once the
			// failures are spent every key waits, or guessing could go on unthrottled.
			$this->limiter->check( 'guest_key', Rate_Limiter::client_ip(), self::KEY_ATTEMPTS );
			if ( null !== $ticket && $this->policy->may_see( $caller, $ticket ) ) {
				return $ticket;
			}
			$this->limiter->hit( 'guest_key', Rate_Limiter::client_ip(), self::KEY_ATTEMPTS, 600 );
		}
		throw Domain_Exception::not_found( 'wp24hd_ticket_not_found', __( 'No ticket with this ID is available to you.', 'wp24-helpdesk' ) );
	}
}
