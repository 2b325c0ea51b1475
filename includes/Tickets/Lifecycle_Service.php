<?php
/**
 * The ticket lifecycle in motion: status changes, closing (by the customer, by the auto-close rule R9) and the thread notes they write.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Every change is written to the thread as a system message, so the thread is the audit trail.
 */
final class Lifecycle_Service {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Storage.
	 * @param Settings          $settings   Auto-close and reopen windows.
	 */
	public function __construct( private Ticket_Repository $repository, private Settings $settings ) {}

	/**
	 * Staff move a ticket to another status; the lifecycle and the quote rule are enforced.
	 *
	 * @param Ticket        $ticket       Ticket.
	 * @param Ticket_Status $status     Wanted status.
	 * @param int           $actor_id     Who.
	 * @param string|null   $close_reason Reason when closing.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function change_status( Ticket $ticket, Ticket_Status $status, int $actor_id, ?string $close_reason = null ): Ticket {
		if ( $status === $ticket->status ) {
			return $ticket;
		}
		$this->check_transition( $ticket, $status );
		if ( Ticket_Status::CLOSED === $status && ! in_array( $close_reason ?? 'resolved', Ticket::CLOSE_REASONS, true ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_close_reason', __( 'close_reason: not a known reason.', 'wp24-helpdesk' ) );
		}
		return Transaction::run(
			function () use ( $ticket, $status, $actor_id, $close_reason ): Ticket {
				$moved = $this->move( $ticket, $status, $actor_id, $close_reason ?? 'resolved' );
				if ( $moved->status !== $status ) {
					// The technician decided on a status that another request has changed since.
					throw Domain_Exception::conflict( 'wp24hd_status_changed', __( 'status: someone changed this ticket meanwhile; reload it and decide again.', 'wp24-helpdesk' ) );
				}
				return $moved;
			}
		);
	}

	/**
	 * Refuses a move the lifecycle or the quote rule forbids (R8: no work before the quote is accepted).
	 *
	 * @param Ticket        $ticket Ticket as it is.
	 * @param Ticket_Status $status Wanted status.
	 * @throws Domain_Exception 409 when the move is not allowed.
	 */
	public function check_transition( Ticket $ticket, Ticket_Status $status ): void {
		if ( ! Ticket_Lifecycle::allows( $ticket->status, $status ) ) {
			throw Domain_Exception::conflict(
				'wp24hd_invalid_transition',
				/* translators: 1: current status, 2: wanted status. */
				sprintf( __( 'status: a ticket cannot go from %1$s to %2$s.', 'wp24-helpdesk' ), Ticket_Labels::staff_status( $ticket->status ), Ticket_Labels::staff_status( $status ) )
			);
		}
		if ( Ticket_Status::OPEN === $status && Ticket_Type::ONE_SHOT === $ticket->type && ! $this->quote_accepted( $ticket ) ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_not_accepted', __( 'status: one-shot work starts only after the customer accepts the quote.', 'wp24-helpdesk' ) );
		}
	}

	/**
	 * The customer closes their own ticket.
	 *
	 * @param Ticket $ticket   Ticket.
	 * @param int    $actor_id Customer (0 for a guest).
	 */
	public function close_by_customer( Ticket $ticket, int $actor_id ): Ticket {
		if ( Ticket_Status::CLOSED === $ticket->status ) {
			return $ticket;
		}
		return Transaction::run(
			function () use ( $ticket, $actor_id ): Ticket {
				// A customer may close from any status: when another request moved the ticket
				// meanwhile, close it from where it is now.
				$current = $ticket;
				for ( $try = 0; $try < 3 && Ticket_Status::CLOSED !== $current->status; $try++ ) { // phpcs:ignore Generic.CodeAnalysis.ForLoopWithTestFunctionCall.NotAllowed -- the status is re-read after each attempt on purpose.
					$current = $this->move( $current, Ticket_Status::CLOSED, $actor_id, 'by_customer' );
				}
				return $current;
			}
		);
	}

	/**
	 * Closes a ticket that waited too long for the customer (R9); null when it no longer waits
	 * since the time the job read (the customer replied meanwhile, or another run closed it).
	 *
	 * @param Ticket $ticket Ticket as read by the job.
	 */
	public function auto_close( Ticket $ticket ): ?Ticket {
		return Transaction::run(
			function () use ( $ticket ): ?Ticket {
				if ( ! $this->repository->close_if_still_waiting( $ticket, 'auto_closed' ) ) {
					return null;
				}
				$closed = $this->repository->find( $ticket->id() );
				$days   = (int) $this->settings->all()['auto_close_days'];
				$reopen = (int) $this->settings->all()['reopen_days'];
				$this->system_note(
					$closed,
					/* translators: 1: old status, 2: new status. */
					sprintf( __( 'Status changed from %1$s to %2$s.', 'wp24-helpdesk' ), Ticket_Labels::staff_status( $ticket->status ), Ticket_Labels::staff_status( Ticket_Status::CLOSED ) ),
					false
				);
				$this->system_note(
					$closed,
					/* translators: %d: days without a reply. */
					sprintf( _n( 'Closed automatically after %d day without a reply from the customer.', 'Closed automatically after %d days without a reply from the customer.', $days, 'wp24-helpdesk' ), $days )
					. ' '
					/* translators: %d: days during which a reply reopens the ticket. */
					. sprintf( _n( 'A reply within %d day reopens it.', 'A reply within %d days reopens it.', $reopen, 'wp24-helpdesk' ), $reopen ),
					false
				);
				return $closed;
			}
		);
	}

	/**
	 * Moves the status from the one `$ticket` was read with and writes the system message (caller
	 * holds the transaction).
	 *
	 * Compare-and-set: the row changes only if its status is still the one read, and the message is
	 * written only for a change that happened, so parallel requests never record "from open to
	 * open" or the same change twice. When another request changed the status first, nothing is
	 * written and the ticket is returned as stored: its status tells the caller whether it moved.
	 *
	 * @param Ticket        $ticket       Ticket, with the status the caller's decision was based on.
	 * @param Ticket_Status $status New status.
	 * @param int           $actor_id     Who.
	 * @param string        $close_reason Reason when closing.
	 */
	public function move( Ticket $ticket, Ticket_Status $status, int $actor_id, string $close_reason = 'resolved' ): Ticket {
		if ( $status === $ticket->status ) {
			return $ticket;
		}
		$fields = array(
			'status'           => $status->value,
			'last_activity_at' => $this->repository->now(),
		);
		if ( Ticket_Status::WAITING === $status ) {
			// The auto-close countdown (R9) starts when the ticket starts waiting for the customer.
			$fields['waiting_since']    = $fields['last_activity_at'];
			$fields['reminder_sent_at'] = null;
		}
		if ( Ticket_Status::CLOSED === $status ) {
			$fields['close_reason'] = $close_reason;
			$fields['closed_at']    = $this->repository->now();
		} elseif ( Ticket_Status::CLOSED === $ticket->status ) {
			$fields['close_reason'] = '';
			$fields['closed_at']    = null;
		}
		if ( ! $this->repository->update_if_status( $ticket->id(), $ticket->status, $fields ) ) {
			return $this->repository->find( $ticket->id() ) ?? $ticket;
		}
		$updated = $this->repository->find( $ticket->id() ) ?? $ticket;
		$this->system_note(
			$updated,
			/* translators: 1: old status, 2: new status. */
			sprintf( __( 'Status changed from %1$s to %2$s.', 'wp24-helpdesk' ), Ticket_Labels::staff_status( $ticket->status ), Ticket_Labels::staff_status( $status ) ),
			false,
			$actor_id
		);
		return $updated;
	}

	/**
	 * Writes a system message to the thread.
	 *
	 * @param Ticket $ticket   Ticket.
	 * @param string $text     Plain text.
	 * @param bool   $internal Staff only.
	 * @param int    $actor_id Who caused it.
	 */
	public function system_note( Ticket $ticket, string $text, bool $internal, int $actor_id = 0 ): void {
		$this->repository->messages()->add( $ticket->id(), $actor_id, 'system', esc_html( $text ), $internal );
	}

	/**
	 * Whether a closed ticket is still inside the reopen window.
	 *
	 * @param Ticket $ticket Closed ticket.
	 */
	public function reopenable( Ticket $ticket ): bool {
		$closed = $ticket->time( 'closed_at' );
		$days   = (int) $this->settings->all()['reopen_days'];
		return null !== $closed && $closed->modify( '+' . $days . ' days' ) >= $this->repository->clock()->now();
	}

	/**
	 * Whether the ticket's latest quote is accepted (read here: Quote_Service moves tickets through this class).
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function quote_accepted( Ticket $ticket ): bool {
		$quote = $this->repository->quotes()->latest( $ticket->id() );
		return null !== $quote && Quote_Status::ACCEPTED === $quote->status;
	}
}
