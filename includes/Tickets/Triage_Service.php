<?php
/**
 * Triage by staff: priority, assignee and coverage by the plan (R5).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Schema\Transaction;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Each change leaves a note on the thread.
 */
final class Triage_Service {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Storage.
	 * @param Lifecycle_Service $lifecycle  Thread notes.
	 */
	public function __construct( private Ticket_Repository $repository, private Lifecycle_Service $lifecycle ) {}

	/**
	 * Staff change priority or assignee.
	 *
	 * @param Ticket               $ticket   Ticket.
	 * @param array<string, mixed> $changes  priority (a Ticket_Priority, null for no change), assignee_id.
	 * @param int                  $actor_id Who.
	 */
	public function update_fields( Ticket $ticket, array $changes, int $actor_id ): Ticket {
		return Transaction::run(
			function () use ( $ticket, $changes, $actor_id ): Ticket {
				$fields = array();
				if ( isset( $changes['priority'] ) && $changes['priority'] !== $ticket->priority ) {
					$fields['priority'] = $changes['priority']->value;
					/* translators: %s: new priority. */
					$this->lifecycle->system_note( $ticket, sprintf( __( 'Priority changed to %s.', 'wp24-helpdesk' ), Ticket_Labels::priority( $changes['priority'] ) ), false, $actor_id );
				}
				if ( isset( $changes['assignee_id'] ) && (int) $changes['assignee_id'] !== (int) $ticket->assignee_id ) {
					$assignee = (int) $changes['assignee_id'];
					if ( $assignee > 0 && ! user_can( $assignee, 'wp24hd_manage_tickets' ) ) {
						throw Domain_Exception::invalid( 'wp24hd_invalid_assignee', __( 'assignee_id: assign tickets to technicians only.', 'wp24-helpdesk' ) );
					}
					$fields['assignee_id'] = $assignee;
					$this->lifecycle->system_note( $ticket, $assignee ? sprintf( /* translators: %s: technician name. */ __( 'Assigned to %s.', 'wp24-helpdesk' ), get_userdata( $assignee )->display_name ) : __( 'Unassigned.', 'wp24-helpdesk' ), true, $actor_id );
				}
				return array() === $fields ? $ticket : $this->repository->update( $ticket->id(), $fields + array( 'last_activity_at' => $this->repository->now() ) );
			}
		);
	}

	/**
	 * A technician marks a ticket not covered by the plan (R5); the customer is offered a quote.
	 *
	 * @param Ticket $ticket   Ticket.
	 * @param string $reason   Why, shown to the customer.
	 * @param int    $actor_id Technician.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function mark_not_covered( Ticket $ticket, string $reason, int $actor_id ): Ticket {
		$reason = trim( sanitize_textarea_field( $reason ) );
		if ( '' === $reason ) {
			throw Domain_Exception::invalid( 'wp24hd_reason_required', __( 'coverage_reason: explain why the request is not covered.', 'wp24-helpdesk' ) );
		}
		return Transaction::run(
			function () use ( $ticket, $reason, $actor_id ): Ticket {
				$updated = $this->repository->update(
					$ticket->id(),
					array(
						'coverage'        => Ticket::NOT_COVERED,
						'coverage_reason' => $reason,
						'type'            => Ticket_Type::ONE_SHOT->value,
					)
				);
				$this->lifecycle->system_note(
					$updated,
					/* translators: %s: the technician's reason. */
					sprintf( __( 'This request is not covered by your plan: %s. We can quote a one-shot intervention; the work starts only after you accept the quote.', 'wp24-helpdesk' ), $reason ),
					false,
					$actor_id
				);
				return $updated;
			}
		);
	}
}
