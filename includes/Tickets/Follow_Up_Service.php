<?php
/**
 * Follow-up tickets: a customer's reply to a ticket closed longer ago than the reopen window starts a new one.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Schema\Transaction;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * The new ticket, its message and files, the link and the notes on both threads commit together.
 */
final class Follow_Up_Service {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository  $repository   Storage.
	 * @param Intake_Service     $intakes      Opens the new ticket.
	 * @param Lifecycle_Service  $lifecycle    The reopen window, thread notes.
	 * @param Entitlement_Reader $entitlements Whether the customer still holds a plan.
	 */
	public function __construct(
		private Ticket_Repository $repository,
		private Intake_Service $intakes,
		private Lifecycle_Service $lifecycle,
		private Entitlement_Reader $entitlements,
	) {}

	/**
	 * Whether a customer's reply should start a follow-up ticket instead of reopening this one.
	 *
	 * @param Ticket $ticket Ticket replied to.
	 * @param bool   $staff  Whether the author is staff.
	 */
	public function needs_follow_up( Ticket $ticket, bool $staff ): bool {
		return ! $staff && Ticket_Status::CLOSED === $ticket->status && ! $this->lifecycle->reopenable( $ticket );
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
		$type        = null === $entitlement && $closed->type->needs_plan() ? Ticket_Type::ONE_SHOT : $closed->type;
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
	 * @param Ticket_Type          $type         Type of the new ticket.
	 * @param Idempotency_Key|null $key          The reply's key.
	 * @param callable|null        $with_message Attachments.
	 * @return array{ticket: Ticket, guest_key: string|null}
	 */
	private function start_follow_up( Ticket $closed, int $author_id, string $body, Ticket_Type $type, ?Idempotency_Key $key, ?callable $with_message ): array {
		$result = $this->intakes->intake(
			new Intake(
				$closed->customer_id(),
				/* translators: %s: subject of the closed ticket. */
				sprintf( __( 'Follow-up: %s', 'wp24-helpdesk' ), mb_substr( (string) $closed->subject, 0, 180 ) ),
				$body,
				$type,
				Ticket_Priority::NORMAL,
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
		$this->lifecycle->system_note( $closed, sprintf( __( 'The customer wrote after this ticket was closed; the conversation continues in ticket %s.', 'wp24-helpdesk' ), $ticket->reference ), false, $author_id );
		/* translators: %s: reference of the closed ticket. */
		$this->lifecycle->system_note( $ticket, sprintf( __( 'Follow-up of ticket %s.', 'wp24-helpdesk' ), $closed->reference ), false, $author_id );
		return array(
			'ticket'    => $ticket,
			'guest_key' => $result['guest_key'],
		);
	}
}
