<?php
/**
 * The customer accepted a quote: the assignee or staff can start the work.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * Names the accepted amount.
 */
final class Staff_Quote_Accepted extends Staff_Ticket_Email {

	use About_Quote;

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::STAFF_QUOTE_ACCEPTED;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'Quote accepted on %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'The customer accepted the quote', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array(
			/* translators: %s: amount with currency. */
			sprintf( __( 'Accepted amount: %s. The ticket is open again; the work can start.', 'wp24-helpdesk' ), $this->quote->amount->format() ),
			$this->words->summary( $this->ticket ),
		);
	}
}
