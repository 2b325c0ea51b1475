<?php
/**
 * The ticket rules: intake by plan (R4–R7, R13), the lifecycle, replies, coverage and SLA times (R2, R3).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Customers\Email_Address;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Every change is written to the thread as a system message, so the thread is the audit trail.
 */
final class Ticket_Service {

	/** Request types open to people without an active plan. */
	public const TYPES_WITHOUT_PLAN = array( Ticket::TYPE_ONE_SHOT, Ticket::TYPE_REFUND );

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository  $repository   Storage.
	 * @param Entitlement_Reader $entitlements Plan holdings.
	 * @param Plan_Post_Type     $plans        Plans.
	 * @param Settings           $settings     Calendar and consent text version.
	 */
	public function __construct(
		private Ticket_Repository $repository,
		private Entitlement_Reader $entitlements,
		private Plan_Post_Type $plans,
		private Settings $settings,
	) {}

	/**
	 * Opens a ticket; returns it with the guest key (shown once, stored hashed) for guests.
	 *
	 * @param Intake                           $intake       The request.
	 * @param (callable(int, int): mixed)|null $with_message Runs inside the transaction with the ticket and first message IDs (attachments).
	 * @param Idempotency_Key|null             $key          The client's key: a request that committed with it first wins.
	 * @return array{ticket: Ticket, guest_key: string|null}
	 * @throws Request_Replayed When `$key` was taken by a request that committed first (nothing is stored).
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function intake( Intake $intake, ?callable $with_message = null, ?Idempotency_Key $key = null ): array {
		if ( ! $intake->consent ) {
			throw Domain_Exception::invalid( 'wp24hd_consent_required', __( 'consent: please accept the processing of your personal data, or we cannot handle the request.', 'wp24-helpdesk' ) );
		}
		$subject = trim( sanitize_text_field( $intake->subject ) );
		if ( mb_strlen( $subject ) < 3 || mb_strlen( $subject ) > 200 ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_subject', __( 'subject: write between 3 and 200 characters.', 'wp24-helpdesk' ) );
		}
		$body = Message_Body::sanitize( $intake->message );
		if ( mb_strlen( wp_strip_all_tags( $body ) ) < 10 || mb_strlen( $body ) > Message_Body::MAX_LENGTH ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_message', __( 'message: describe the problem in at least 10 characters (20,000 at most).', 'wp24-helpdesk' ) );
		}

		$now         = $this->repository->clock()->now();
		$entitlement = $this->entitlements->active_for_user( $intake->user_id, $now );
		$plan        = $entitlement ? $this->plans->find( $entitlement->plan_id ) : null;

		if ( null === $plan && ! in_array( $intake->type, self::TYPES_WITHOUT_PLAN, true ) ) {
			throw Domain_Exception::invalid(
				'wp24hd_plan_required',
				__( 'type: without an active maintenance plan you can ask for a one-shot intervention (priced by a quote) or for a refund.', 'wp24-helpdesk' )
			);
		}
		if ( null !== $entitlement && Ticket::TYPE_REFUND === $intake->type && ! $this->entitlements->refund_window_open( $entitlement, $now ) ) {
			throw Domain_Exception::invalid( 'wp24hd_refund_window_closed', __( 'type: plans can be refunded only within 24 hours of purchase.', 'wp24-helpdesk' ) );
		}
		$service = sanitize_text_field( $intake->service );
		if ( '' !== $service && ( null === $plan || ! in_array( $service, array_column( $plan->covered_services, 'label' ), true ) ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_service', __( 'service: choose one of the services your plan covers.', 'wp24-helpdesk' ) );
		}
		$site_url = '' === $intake->site_url ? '' : esc_url_raw( $intake->site_url, array( 'http', 'https' ) );
		if ( '' !== $intake->site_url && '' === $site_url ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_site_url', __( 'site_url: enter the address of your site, starting with https://.', 'wp24-helpdesk' ) );
		}

		$guest_key = null;
		$guest     = array();
		if ( $intake->user_id <= 0 ) {
			if ( ! Email_Address::is_kept_by_sanitising( $intake->guest_email ) ) {
				throw Domain_Exception::invalid( 'wp24hd_invalid_email', Email_Address::refusal( 'email' ) );
			}
			$email = sanitize_email( trim( $intake->guest_email ) );
			$name  = trim( sanitize_text_field( $intake->guest_name ) );
			if ( ! is_email( $email ) ) {
				throw Domain_Exception::invalid( 'wp24hd_invalid_email', __( 'email: enter a valid email address, so we can answer you.', 'wp24-helpdesk' ) );
			}
			if ( '' === $name || mb_strlen( $name ) > 100 ) {
				throw Domain_Exception::invalid( 'wp24hd_invalid_name', __( 'name: tell us your name (100 characters at most).', 'wp24-helpdesk' ) );
			}
			$seed      = Guest_Key::new_seed();
			$guest_key = Guest_Key::for_seed( $seed );
			$guest     = array(
				'guest_email'    => $email,
				'guest_name'     => $name,
				'guest_key_hash' => Guest_Key::hash( $guest_key ),
				'guest_key_seed' => $seed,
			);
		}

		$urgent = Ticket::PRIORITY_URGENT === $intake->priority;
		// No visitor is promised a faster answer than a paying customer (Response_Targets).
		$target = ( new Response_Targets( $this->settings, $this->plans ) )->for_plan( $plan );
		$due    = $this->settings->calendars()->calendar()->first_response_due( $now, $urgent, $target );

		$ticket = Transaction::run(
			function () use ( $intake, $subject, $body, $service, $site_url, $guest, $plan, $entitlement, $urgent, $due, $now, $with_message, $key ): Ticket {
				// First, so a parallel retry waits here until this request commits or rolls back.
				if ( null !== $key && ! $this->repository->request_keys()->claim( $key->hash, $key->request_hash ) ) {
					throw new Request_Replayed();
				}
				$ticket     = $this->repository->insert(
					array(
						'reference'              => $this->new_reference(),
						'subject'                => $subject,
						'type'                   => $intake->type,
						'priority'               => $urgent ? Ticket::PRIORITY_URGENT : Ticket::PRIORITY_NORMAL,
						'status'                 => Ticket::STATUS_NEW,
						'customer_id'            => max( 0, $intake->user_id ),
						'plan_id'                => $plan ? $plan->id : 0,
						'entitlement_id'         => $entitlement ? $entitlement->id : 0,
						'service'                => $service,
						'site_url'               => $site_url,
						'consent_at'             => Ticket_Repository::date( $now ),
						'consent_version'        => (string) $this->settings->all()['consent_version'],
						'channel'                => $intake->channel,
						// Guests get emails in the language they wrote in; users in their profile's.
						'locale'                 => substr( determine_locale(), 0, 20 ),
						'first_response_due'     => $due ? Ticket_Repository::date( $due ) : null,
						'last_customer_reply_at' => Ticket_Repository::date( $now ),
						// One clock for the row and its SLA: the due time is computed from this moment.
						'created_at'             => Ticket_Repository::date( $now ),
						'updated_at'             => Ticket_Repository::date( $now ),
						'last_activity_at'       => Ticket_Repository::date( $now ),
					) + $guest
				);
				$message_id = $this->repository->add_message( $ticket->id(), max( 0, $intake->user_id ), 'customer', $body, false );
				if ( null !== $with_message ) {
					$with_message( $ticket->id(), $message_id );
				}
				if ( null !== $key ) {
					$this->repository->request_keys()->bind( $key->hash, $ticket->id(), $message_id );
				}
				return $ticket;
			}
		);

		/**
		 * Fires after a ticket was opened, once its writes are committed (a follow-up's with it).
		 *
		 * @since 0.1.0
		 *
		 * @param int $ticket_id The new ticket.
		 */
		Transaction::after_commit( static fn() => do_action( 'wp24hd_ticket_created', $ticket->id() ) );

		return array(
			'ticket'    => $ticket,
			'guest_key' => $guest_key,
		);
	}

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
	 * @param string|null                 $status_after The status a technician chose for after the reply; null: a
	 *                                                  new or open ticket waits for the customer, as before.
	 * @throws Request_Replayed When `$key` was taken by a request that committed first (nothing is stored).
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function reply( Ticket $ticket, int $author_id, bool $staff, string $body, bool $internal = false, ?callable $with_message = null, ?Idempotency_Key $key = null, ?string $status_after = null ): Ticket {
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
				$message_id = $this->repository->add_message( $ticket->id(), $author_id, $staff ? 'technician' : 'customer', $clean, $internal );
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
					if ( Ticket::STATUS_WAITING === $ticket->status() ) {
						// Another answer restarts the auto-close countdown (R9).
						$fields['waiting_since']    = $now;
						$fields['reminder_sent_at'] = null;
					}
					$updated = $this->repository->update( $ticket->id(), $fields );
					if ( null !== $status_after ) {
						return $this->settle_after_reply( $updated, $status_after, $author_id );
					}
					// Decided on the row as stored now, not as read before the request's transaction.
					if ( in_array( $updated->status(), array( Ticket::STATUS_NEW, Ticket::STATUS_OPEN ), true ) ) {
						$updated = $this->move( $updated, Ticket::STATUS_WAITING, $author_id );
					}
					return $updated;
				}
				if ( Ticket::STATUS_CLOSED === $ticket->status() && ! $this->reopenable( $ticket ) ) {
					throw Domain_Exception::conflict( 'wp24hd_ticket_closed', __( 'This ticket was closed too long ago to be reopened. Please open a new ticket.', 'wp24-helpdesk' ) );
				}
				$updated = $this->repository->update(
					$ticket->id(),
					array(
						'last_customer_reply_at' => $now,
						'last_activity_at'       => $now,
					)
				);
				if ( in_array( $updated->status(), array( Ticket::STATUS_WAITING, Ticket::STATUS_CLOSED ), true ) ) {
					$updated = $this->move( $updated, Ticket::STATUS_OPEN, $author_id );
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
	 * @param Ticket $ticket Ticket as read.
	 * @param bool   $staff  Whether the author is staff.
	 * @param bool   $note   Whether it is an internal note.
	 * @param string $status The status chosen for after the reply.
	 * @throws Domain_Exception 403, 400 or 409.
	 */
	private function check_status_after( Ticket $ticket, bool $staff, bool $note, string $status ): void {
		if ( ! $staff ) {
			throw new Domain_Exception( 'wp24hd_status_forbidden', __( 'status: only technicians choose the status of a ticket.', 'wp24-helpdesk' ), 403 );
		}
		if ( $note ) {
			throw Domain_Exception::invalid( 'wp24hd_note_status', __( 'status: an internal note does not change the status; send a reply to change it.', 'wp24-helpdesk' ) );
		}
		if ( $status !== $ticket->status() ) {
			$this->check_reply_move( $ticket, $status );
		}
	}

	/**
	 * Refuses a move a reply cannot make: the lifecycle's and the quote's rules, and "quote sent",
	 * which only sending a quote sets.
	 *
	 * @param Ticket $ticket Ticket as it is.
	 * @param string $status Wanted status.
	 * @throws Domain_Exception 409.
	 */
	private function check_reply_move( Ticket $ticket, string $status ): void {
		if ( Ticket::STATUS_QUOTE_SENT === $status ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_not_sent', __( 'status: a ticket waits for a quote decision only once a quote is sent.', 'wp24-helpdesk' ) );
		}
		$this->check_transition( $ticket, $status );
	}

	/**
	 * Moves a ticket just replied to into the status the technician chose when sending, from the
	 * row as stored now: when another request moved it meanwhile into a state the choice cannot
	 * follow, the whole reply is refused (409) and rolled back, so the technician decides again.
	 *
	 * @param Ticket $ticket   Ticket as stored now.
	 * @param string $status   Chosen status.
	 * @param int    $actor_id Technician.
	 * @throws Domain_Exception 409.
	 */
	private function settle_after_reply( Ticket $ticket, string $status, int $actor_id ): Ticket {
		if ( $status === $ticket->status() ) {
			return $ticket;
		}
		$this->check_reply_move( $ticket, $status );
		$moved = $this->move( $ticket, $status, $actor_id );
		if ( $moved->status() !== $status ) {
			throw Domain_Exception::conflict( 'wp24hd_status_changed', __( 'status: someone changed this ticket meanwhile; reload it and decide again.', 'wp24-helpdesk' ) );
		}
		return $moved;
	}

	/**
	 * Staff move a ticket to another status; the lifecycle and the quote rule are enforced.
	 *
	 * @param Ticket      $ticket       Ticket.
	 * @param string      $status       Wanted status.
	 * @param int         $actor_id     Who.
	 * @param string|null $close_reason Reason when closing.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function change_status( Ticket $ticket, string $status, int $actor_id, ?string $close_reason = null ): Ticket {
		if ( $status === $ticket->status() ) {
			return $ticket;
		}
		$this->check_transition( $ticket, $status );
		if ( Ticket::STATUS_CLOSED === $status && ! in_array( $close_reason ?? 'resolved', Ticket::CLOSE_REASONS, true ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_close_reason', __( 'close_reason: not a known reason.', 'wp24-helpdesk' ) );
		}
		return Transaction::run(
			function () use ( $ticket, $status, $actor_id, $close_reason ): Ticket {
				$moved = $this->move( $ticket, $status, $actor_id, $close_reason ?? 'resolved' );
				if ( $moved->status() !== $status ) {
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
	 * @param Ticket $ticket Ticket as it is.
	 * @param string $status Wanted status.
	 * @throws Domain_Exception 409 when the move is not allowed.
	 */
	private function check_transition( Ticket $ticket, string $status ): void {
		if ( ! Ticket_Lifecycle::allows( $ticket->status(), $status ) ) {
			throw Domain_Exception::conflict(
				'wp24hd_invalid_transition',
				/* translators: 1: current status, 2: wanted status. */
				sprintf( __( 'status: a ticket cannot go from %1$s to %2$s.', 'wp24-helpdesk' ), Ticket_Labels::staff_status( $ticket->status() ), Ticket_Labels::staff_status( $status ) )
			);
		}
		if ( Ticket::STATUS_OPEN === $status && Ticket::TYPE_ONE_SHOT === $ticket->type && ! $this->quote_accepted( $ticket ) ) {
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
		if ( Ticket::STATUS_CLOSED === $ticket->status() ) {
			return $ticket;
		}
		return Transaction::run(
			function () use ( $ticket, $actor_id ): Ticket {
				// A customer may close from any status: when another request moved the ticket
				// meanwhile, close it from where it is now.
				$current = $ticket;
				for ( $try = 0; $try < 3 && Ticket::STATUS_CLOSED !== $current->status(); $try++ ) { // phpcs:ignore Generic.CodeAnalysis.ForLoopWithTestFunctionCall.NotAllowed -- the status is re-read after each attempt on purpose.
					$current = $this->move( $current, Ticket::STATUS_CLOSED, $actor_id, 'by_customer' );
				}
				return $current;
			}
		);
	}

	/**
	 * Staff change priority or assignee.
	 *
	 * @param Ticket               $ticket   Ticket.
	 * @param array<string, mixed> $changes  priority, assignee_id.
	 * @param int                  $actor_id Who.
	 */
	public function update_fields( Ticket $ticket, array $changes, int $actor_id ): Ticket {
		return Transaction::run(
			function () use ( $ticket, $changes, $actor_id ): Ticket {
				$fields = array();
				if ( isset( $changes['priority'] ) && $changes['priority'] !== $ticket->priority ) {
					$fields['priority'] = $changes['priority'];
					/* translators: %s: new priority. */
					$this->system_note( $ticket, sprintf( __( 'Priority changed to %s.', 'wp24-helpdesk' ), Ticket_Labels::priority( (string) $changes['priority'] ) ), false, $actor_id );
				}
				if ( isset( $changes['assignee_id'] ) && (int) $changes['assignee_id'] !== (int) $ticket->assignee_id ) {
					$assignee = (int) $changes['assignee_id'];
					if ( $assignee > 0 && ! user_can( $assignee, 'wp24hd_manage_tickets' ) ) {
						throw Domain_Exception::invalid( 'wp24hd_invalid_assignee', __( 'assignee_id: assign tickets to technicians only.', 'wp24-helpdesk' ) );
					}
					$fields['assignee_id'] = $assignee;
					$this->system_note( $ticket, $assignee ? sprintf( /* translators: %s: technician name. */ __( 'Assigned to %s.', 'wp24-helpdesk' ), get_userdata( $assignee )->display_name ) : __( 'Unassigned.', 'wp24-helpdesk' ), true, $actor_id );
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
						'type'            => Ticket::TYPE_ONE_SHOT,
					)
				);
				$this->system_note(
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
					sprintf( __( 'Status changed from %1$s to %2$s.', 'wp24-helpdesk' ), Ticket_Labels::staff_status( $ticket->status() ), Ticket_Labels::staff_status( Ticket::STATUS_CLOSED ) ),
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
	 * Whether the ticket's latest quote is accepted.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function quote_accepted( Ticket $ticket ): bool {
		$quote = $this->repository->quotes()->latest( $ticket->id() );
		return null !== $quote && 'accepted' === $quote['status'];
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
	 * @param Ticket $ticket       Ticket, with the status the caller's decision was based on.
	 * @param string $status       New status.
	 * @param int    $actor_id     Who.
	 * @param string $close_reason Reason when closing.
	 */
	public function move( Ticket $ticket, string $status, int $actor_id, string $close_reason = 'resolved' ): Ticket {
		if ( $status === $ticket->status() ) {
			return $ticket;
		}
		$fields = array(
			'status'           => $status,
			'last_activity_at' => $this->repository->now(),
		);
		if ( Ticket::STATUS_WAITING === $status ) {
			// The auto-close countdown (R9) starts when the ticket starts waiting for the customer.
			$fields['waiting_since']    = $fields['last_activity_at'];
			$fields['reminder_sent_at'] = null;
		}
		if ( Ticket::STATUS_CLOSED === $status ) {
			$fields['close_reason'] = $close_reason;
			$fields['closed_at']    = $this->repository->now();
		} elseif ( Ticket::STATUS_CLOSED === $ticket->status() ) {
			$fields['close_reason'] = '';
			$fields['closed_at']    = null;
		}
		if ( ! $this->repository->update_if_status( $ticket->id(), $ticket->status(), $fields ) ) {
			return $this->repository->find( $ticket->id() ) ?? $ticket;
		}
		$updated = $this->repository->find( $ticket->id() ) ?? $ticket;
		$this->system_note(
			$updated,
			/* translators: 1: old status, 2: new status. */
			sprintf( __( 'Status changed from %1$s to %2$s.', 'wp24-helpdesk' ), Ticket_Labels::staff_status( $ticket->status() ), Ticket_Labels::staff_status( $status ) ),
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
		$this->repository->add_message( $ticket->id(), $actor_id, 'system', esc_html( $text ), $internal );
	}

	/**
	 * What the request that first used an idempotency key stored: the ticket (as it is now) and the message.
	 *
	 * @param Idempotency_Key $key The key.
	 * @return array{ticket: Ticket, message_id: int}|null
	 * @throws Domain_Exception 409 when the key was first used for a different request.
	 */
	public function replay( Idempotency_Key $key ): ?array {
		$stored = $this->repository->request_keys()->find( $key->hash );
		if ( null !== $stored && $key->differs_from( $stored['request_hash'] ) ) {
			throw Domain_Exception::conflict( 'wp24hd_idempotency_key_reused', __( 'Idempotency-Key: this key was already used for a different request. Send a new key for a new request.', 'wp24-helpdesk' ) );
		}
		$ticket = null === $stored ? null : $this->repository->find( $stored['ticket_id'] );
		return null === $ticket ? null : array(
			'ticket'     => $ticket,
			'message_id' => $stored['message_id'],
		);
	}

	/**
	 * Whether a customer's reply should start a follow-up ticket instead of reopening this one.
	 *
	 * @param Ticket $ticket Ticket replied to.
	 * @param bool   $staff  Whether the author is staff.
	 */
	public function needs_follow_up( Ticket $ticket, bool $staff ): bool {
		return ! $staff && Ticket::STATUS_CLOSED === $ticket->status() && ! $this->reopenable( $ticket );
	}

	/**
	 * Starts a new ticket from a reply to one closed too long ago, linking both (ARCHITECTURE.md lifecycle).
	 *
	 * The new ticket goes through intake like any other (plan rules, SLA, a new guest key); the
	 * consent given for the closed ticket covers continuing the same conversation.
	 *
	 * @param Ticket                           $closed    The closed ticket.
	 * @param int                              $author_id Customer (0 for a guest).
	 * @param string                           $body      Raw reply.
	 * @param Idempotency_Key|null             $key The reply's key, bound to the follow-up.
	 * @param (callable(int, int): mixed)|null $with_message Runs inside the transaction with the follow-up's and its first message's IDs (attachments).
	 * @return array{ticket: Ticket, guest_key: string|null}
	 * @throws Request_Replayed When `$key` was taken by a request that committed first.
	 */
	public function follow_up( Ticket $closed, int $author_id, string $body, ?Idempotency_Key $key = null, ?callable $with_message = null ): array {
		$entitlement = $this->entitlements->active_for_user( $closed->customer_id() );
		$type        = null === $entitlement && ! in_array( (string) $closed->type, self::TYPES_WITHOUT_PLAN, true ) ? Ticket::TYPE_ONE_SHOT : (string) $closed->type;
		// One unit: the new ticket, its message and files, the link and both notes commit together,
		// and the emails of the new ticket wait for that commit.
		return Transaction::run(
			fn(): array => $this->start_follow_up( $closed, $author_id, $body, $type, $key, $with_message )
		);
	}

	/**
	 * The writes of follow_up(), inside its transaction.
	 *
	 * @param Ticket               $closed       The closed ticket.
	 * @param int                  $author_id    Customer (0 for a guest).
	 * @param string               $body         Raw reply.
	 * @param string               $type         Type of the new ticket.
	 * @param Idempotency_Key|null $key          The reply's key.
	 * @param callable|null        $with_message Attachments.
	 * @return array{ticket: Ticket, guest_key: string|null}
	 */
	private function start_follow_up( Ticket $closed, int $author_id, string $body, string $type, ?Idempotency_Key $key, ?callable $with_message ): array {
		$result = $this->intake(
			new Intake(
				$closed->customer_id(),
				/* translators: %s: subject of the closed ticket. */
				sprintf( __( 'Follow-up: %s', 'wp24-helpdesk' ), mb_substr( (string) $closed->subject, 0, 180 ) ),
				$body,
				$type,
				Ticket::PRIORITY_NORMAL,
				'',
				(string) $closed->site_url,
				true,
				(string) $closed->guest_name,
				(string) $closed->guest_email
			),
			$with_message,
			$key
		);
		$ticket = $this->repository->update( $result['ticket']->id(), array( 'parent_id' => $closed->id() ) );
		/* translators: %s: reference of the new ticket. */
		$this->system_note( $closed, sprintf( __( 'The customer wrote after this ticket was closed; the conversation continues in ticket %s.', 'wp24-helpdesk' ), $ticket->reference ), false, $author_id );
		/* translators: %s: reference of the closed ticket. */
		$this->system_note( $ticket, sprintf( __( 'Follow-up of ticket %s.', 'wp24-helpdesk' ), $closed->reference ), false, $author_id );
		return array(
			'ticket'    => $ticket,
			'guest_key' => $result['guest_key'],
		);
	}

	/**
	 * Whether a closed ticket is still inside the reopen window.
	 *
	 * @param Ticket $ticket Closed ticket.
	 */
	private function reopenable( Ticket $ticket ): bool {
		$closed = $ticket->time( 'closed_at' );
		$days   = (int) $this->settings->all()['reopen_days'];
		return null !== $closed && $closed->modify( '+' . $days . ' days' ) >= $this->repository->clock()->now();
	}

	/**
	 * A public reference nobody can guess the next of, e.g. `WP24-7K3F9Q2M`.
	 */
	private function new_reference(): string {
		$alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
		do {
			$reference = 'WP24-';
			for ( $i = 0; $i < 8; $i++ ) {
				$reference .= $alphabet[ random_int( 0, strlen( $alphabet ) - 1 ) ];
			}
		} while ( $this->repository->reference_exists( $reference ) );
		return $reference;
	}
}
