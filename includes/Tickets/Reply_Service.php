<?php
/**
 * Replies on a ticket's thread and the status each one settles (R9, R10).
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
 * A customer's reply reopens a waiting ticket; a technician's sets the first response and leaves the ticket waiting for the customer, or in the status they chose.
 */
final class Reply_Service {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Storage.
	 * @param Lifecycle_Service $lifecycle  Status moves, the reopen window.
	 */
	public function __construct( private Ticket_Repository $repository, private Lifecycle_Service $lifecycle ) {}

	/**
	 * Adds a reply; customer replies reopen waiting tickets, staff replies set first response.
	 *
	 * @param Ticket                      $ticket    Ticket.
	 * @param int                         $author_id Author (0 for a guest).
	 * @param bool                        $staff     Whether the author is staff.
	 * @param string                      $body      Raw body.
	 * @param bool                        $internal  Staff-only note.
	 * @param (callable(int): mixed)|null $with_message Runs inside the transaction with the new message ID (attachments).
	 * @param Idempotency_Key|null        $key          The client's key: a request that committed with it first wins.
	 * @param Ticket_Status|null          $status_after The status a technician chose for after the reply; null: a
	 *                                                  new or open ticket waits for the customer, as before.
	 * @throws Request_Replayed When `$key` was taken by a request that committed first (nothing is stored).
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function reply( Ticket $ticket, int $author_id, bool $staff, string $body, bool $internal = false, ?callable $with_message = null, ?Idempotency_Key $key = null, ?Ticket_Status $status_after = null ): Ticket {
		$clean = Message_Body::sanitize( $body );
		if ( '' === wp_strip_all_tags( $clean ) || mb_strlen( $clean ) > Message_Body::MAX_LENGTH ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_message', __( 'body: write a message (20,000 characters at most).', 'wp24-helpdesk' ) );
		}
		if ( $internal && ! $staff ) {
			throw Domain_Exception::invalid( 'wp24hd_internal_forbidden', __( 'internal: only technicians can add internal notes.', 'wp24-helpdesk' ) );
		}
		if ( null !== $status_after ) {
			$this->check_status_after( $ticket, $staff, $internal, $status_after );
		}
		$now        = $this->repository->now();
		$message_id = 0;

		$updated = Transaction::run(
			function () use ( $ticket, $author_id, $staff, $clean, $internal, $now, $with_message, $key, $status_after, &$message_id ): Ticket {
				if ( null !== $key && ! $this->repository->request_keys()->claim( $key->hash, $key->request_hash ) ) {
					throw new Request_Replayed();
				}
				$message_id = $this->repository->messages()->add( $ticket->id(), $author_id, $staff ? 'technician' : 'customer', $clean, $internal );
				if ( null !== $with_message ) {
					$with_message( $message_id );
				}
				if ( null !== $key ) {
					$this->repository->request_keys()->bind( $key->hash, $ticket->id(), $message_id );
				}
				if ( $internal ) {
					return $this->repository->update( $ticket->id(), array( 'last_activity_at' => $now ) );
				}
				if ( $staff ) {
					$fields = array(
						'last_staff_reply_at' => $now,
						'last_activity_at'    => $now,
					);
					if ( null === $ticket->first_response_at ) {
						$fields['first_response_at'] = $now;
					}
					if ( Ticket_Status::WAITING === $ticket->status ) {
						// Another answer restarts the auto-close countdown (R9).
						$fields['waiting_since']    = $now;
						$fields['reminder_sent_at'] = null;
					}
					$updated = $this->repository->update( $ticket->id(), $fields );
					if ( null !== $status_after ) {
						return $this->settle_after_reply( $updated, $status_after, $author_id );
					}
					// Decided on the row as stored now, not as read before the request's transaction.
					if ( in_array( $updated->status, array( Ticket_Status::NEW, Ticket_Status::OPEN ), true ) ) {
						$updated = $this->lifecycle->move( $updated, Ticket_Status::WAITING, $author_id );
					}
					return $updated;
				}
				if ( Ticket_Status::CLOSED === $ticket->status && ! $this->lifecycle->reopenable( $ticket ) ) {
					throw Domain_Exception::conflict( 'wp24hd_ticket_closed', __( 'This ticket was closed too long ago to be reopened. Please open a new ticket.', 'wp24-helpdesk' ) );
				}
				$updated = $this->repository->update(
					$ticket->id(),
					array(
						'last_customer_reply_at' => $now,
						'last_activity_at'       => $now,
					)
				);
				if ( in_array( $updated->status, array( Ticket_Status::WAITING, Ticket_Status::CLOSED ), true ) ) {
					$updated = $this->lifecycle->move( $updated, Ticket_Status::OPEN, $author_id );
				}
				return $updated;
			}
		);

		/**
		 * Fires after a message was added to a ticket's thread, once committed (notifications listen here).
		 *
		 * @since 0.2.0
		 *
		 * @param int    $ticket_id  Ticket.
		 * @param int    $message_id The new message.
		 * @param string $role       `technician` or `customer`.
		 * @param bool   $internal   Whether it is a staff-only note.
		 */
		Transaction::after_commit( static fn() => do_action( 'wp24hd_ticket_replied', $updated->id(), $message_id, $staff ? 'technician' : 'customer', $internal ) );

		return $updated;
	}

	/**
	 * Whether a reply may set this status: technicians' replies only, never a note, and only a
	 * move the lifecycle allows from where the ticket is (staying where it is always is).
	 *
	 * @param Ticket        $ticket Ticket as read.
	 * @param bool          $staff  Whether the author is staff.
	 * @param bool          $note   Whether it is an internal note.
	 * @param Ticket_Status $status The status chosen for after the reply.
	 * @throws Domain_Exception 403, 400 or 409.
	 */
	private function check_status_after( Ticket $ticket, bool $staff, bool $note, Ticket_Status $status ): void {
		if ( ! $staff ) {
			throw new Domain_Exception( 'wp24hd_status_forbidden', __( 'status: only technicians choose the status of a ticket.', 'wp24-helpdesk' ), 403 );
		}
		if ( $note ) {
			throw Domain_Exception::invalid( 'wp24hd_note_status', __( 'status: an internal note does not change the status; send a reply to change it.', 'wp24-helpdesk' ) );
		}
		if ( $status !== $ticket->status ) {
			$this->check_reply_move( $ticket, $status );
		}
	}

	/**
	 * Refuses a move a reply cannot make: the lifecycle's and the quote's rules, and "quote sent",
	 * which only sending a quote sets.
	 *
	 * @param Ticket        $ticket Ticket as it is.
	 * @param Ticket_Status $status Wanted status.
	 * @throws Domain_Exception 409.
	 */
	private function check_reply_move( Ticket $ticket, Ticket_Status $status ): void {
		if ( Ticket_Status::QUOTE_SENT === $status ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_not_sent', __( 'status: a ticket waits for a quote decision only once a quote is sent.', 'wp24-helpdesk' ) );
		}
		$this->lifecycle->check_transition( $ticket, $status );
	}

	/**
	 * Moves a ticket just replied to into the status the technician chose when sending, from the
	 * row as stored now: when another request moved it meanwhile into a state the choice cannot
	 * follow, the whole reply is refused (409) and rolled back, so the technician decides again.
	 *
	 * @param Ticket        $ticket   Ticket as stored now.
	 * @param Ticket_Status $status Chosen status.
	 * @param int           $actor_id Technician.
	 * @throws Domain_Exception 409.
	 */
	private function settle_after_reply( Ticket $ticket, Ticket_Status $status, int $actor_id ): Ticket {
		if ( $status === $ticket->status ) {
			return $ticket;
		}
		$this->check_reply_move( $ticket, $status );
		$moved = $this->lifecycle->move( $ticket, $status, $actor_id );
		if ( $moved->status !== $status ) {
			throw Domain_Exception::conflict( 'wp24hd_status_changed', __( 'status: someone changed this ticket meanwhile; reload it and decide again.', 'wp24-helpdesk' ) );
		}
		return $moved;
	}
}
