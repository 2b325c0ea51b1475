<?php
/**
 * Staff are told of a new ticket; an urgent one goes to the on-call addresses at once (R3).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;
use WP24\Helpdesk\Tickets\Ticket_Priority;

defined( 'ABSPATH' ) || exit;

/**
 * The urgent variant says the 24-hour promise.
 */
final class Staff_New_Ticket extends Staff_Ticket_Email {

	/**
	 * Whether the customer marked the ticket urgent.
	 */
	private function urgent(): bool {
		return Ticket_Priority::URGENT === $this->ticket->priority;
	}

	/**
	 * The notification type.
	 */
	public function type(): string {
		return $this->urgent() ? Notification_Types::STAFF_URGENT_TICKET : Notification_Types::STAFF_NEW_TICKET;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		return $this->urgent()
			/* translators: 1: ticket reference, 2: subject. */
			? sprintf( __( '[Urgent] %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject )
			/* translators: 1: ticket reference, 2: subject. */
			: sprintf( __( 'New ticket %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return $this->urgent() ? __( 'Urgent ticket: answer within 24 hours', 'wp24-helpdesk' ) : __( 'New ticket', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array(
			$this->words->summary( $this->ticket ),
			$this->urgent() ? __( 'The customer marked this request urgent. Urgent requests are answered within 24 hours, on holidays and at weekends too.', 'wp24-helpdesk' ) : '',
		);
	}
}
