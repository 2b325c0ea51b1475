<?php
/**
 * Who may do what with a ticket: see it, read its notes, close it, change it, reply, quote, decide on and pay a quote.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Time\Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * The one place these rules live; controllers ask it. Staff work every ticket; a customer their
 * own; a guest the one their unexpired key opens; anyone else nothing (Ticket_Access answers them
 * 404, as for a ticket that does not exist).
 */
final class Ticket_Policy {

	/**
	 * Constructor.
	 *
	 * @param Settings $settings How long guest links live.
	 * @param Clock    $clock    Now, for the link's age.
	 */
	public function __construct( private Settings $settings, private Clock $clock ) {}

	/**
	 * Whether the ticket is the caller's own (a logged-in customer, staff included).
	 *
	 * @param Ticket_Caller $caller Who asks.
	 * @param Ticket        $ticket Ticket.
	 */
	public function owns( Ticket_Caller $caller, Ticket $ticket ): bool {
		return $caller->user_id > 0 && $ticket->customer_id() === $caller->user_id;
	}

	/**
	 * Whether the caller's guest key opens the ticket and its link has not expired.
	 *
	 * @param Ticket_Caller $caller Who asks.
	 * @param Ticket        $ticket Ticket.
	 */
	public function key_opens( Ticket_Caller $caller, Ticket $ticket ): bool {
		return '' !== $caller->guest_key && Guest_Key::opens( $ticket, $caller->guest_key ) && ! $this->link_expired( $ticket );
	}

	/**
	 * Whether the caller may see the ticket and its public thread, reply to it, download its files
	 * and pay its accepted quote.
	 *
	 * @param Ticket_Caller $caller Who asks.
	 * @param Ticket        $ticket Ticket.
	 */
	public function may_see( Ticket_Caller $caller, Ticket $ticket ): bool {
		return $caller->staff || $this->owns( $caller, $ticket ) || $this->key_opens( $caller, $ticket );
	}

	/**
	 * Whether the caller reads and writes internal notes, the staff fields of a ticket, and the
	 * status a reply leaves the ticket in.
	 *
	 * @param Ticket_Caller $caller Who asks.
	 */
	public function works_tickets( Ticket_Caller $caller ): bool {
		return $caller->staff;
	}

	/**
	 * Whether the caller may make these changes: staff change anything the lifecycle allows; the
	 * ticket's customer or guest may only close it (the one change they make, sent as the stored value).
	 *
	 * @param Ticket_Caller        $caller  Who asks.
	 * @param Ticket               $ticket  Ticket.
	 * @param array<string, mixed> $changes Fields sent (status, close_reason, priority, assignee_id, coverage, coverage_reason).
	 */
	public function may_change( Ticket_Caller $caller, Ticket $ticket, array $changes ): bool {
		return $this->may_see( $caller, $ticket ) && ( $caller->staff || array( 'status' => Ticket_Status::CLOSED->value ) === $changes );
	}

	/**
	 * Refuses changes the caller, who sees the ticket, may not make (403).
	 *
	 * @param Ticket_Caller        $caller  Who asks.
	 * @param Ticket               $ticket  Ticket.
	 * @param array<string, mixed> $changes Fields sent.
	 * @throws Domain_Exception 403.
	 */
	public function check_change( Ticket_Caller $caller, Ticket $ticket, array $changes ): void {
		if ( ! $this->may_change( $caller, $ticket, $changes ) ) {
			throw new Domain_Exception( 'wp24hd_forbidden_field', __( 'You can only close your own ticket; the other fields are set by our technicians.', 'wp24-helpdesk' ), 403 );
		}
	}

	/**
	 * Refuses a reply that chooses the ticket's status from someone who does not work tickets (403).
	 *
	 * @param Ticket_Caller $caller Who asks.
	 * @param bool          $status Whether the reply names a status.
	 * @throws Domain_Exception 403.
	 */
	public function check_reply_status( Ticket_Caller $caller, bool $status ): void {
		if ( $status && ! $this->works_tickets( $caller ) ) {
			throw new Domain_Exception( 'wp24hd_status_forbidden', __( 'status: only technicians choose the status of a ticket.', 'wp24-helpdesk' ), 403 );
		}
	}

	/**
	 * Whether the caller may send or draft a quote.
	 *
	 * @param Ticket_Caller $caller Who asks.
	 */
	public function may_quote( Ticket_Caller $caller ): bool {
		return $caller->staff;
	}

	/**
	 * Whether the caller may accept or decline the ticket's quote: its customer or guest; a
	 * technician only on a ticket of their own. (Paying it is open to whoever sees the ticket.)
	 *
	 * @param Ticket_Caller $caller Who asks.
	 * @param Ticket        $ticket Ticket.
	 */
	public function may_decide_quote( Ticket_Caller $caller, Ticket $ticket ): bool {
		return $caller->staff ? $this->owns( $caller, $ticket ) : $this->may_see( $caller, $ticket );
	}

	/**
	 * Refuses a quote decision by someone other than the customer, who sees the ticket (403).
	 *
	 * @param Ticket_Caller $caller Who asks.
	 * @param Ticket        $ticket Ticket.
	 * @throws Domain_Exception 403.
	 */
	public function check_decide_quote( Ticket_Caller $caller, Ticket $ticket ): void {
		if ( ! $this->may_decide_quote( $caller, $ticket ) ) {
			throw new Domain_Exception( 'wp24hd_customer_decides', __( 'Only the customer can accept or decline a quote.', 'wp24-helpdesk' ), 403 );
		}
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
		return $days > 0 && null !== $last && $last < $this->clock->now()->modify( "-{$days} days" );
	}
}
