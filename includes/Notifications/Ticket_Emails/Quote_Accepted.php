<?php
/**
 * The customer accepted a quote: the acceptance is confirmed to them.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * Staff hear of it in Staff_Quote_Accepted.
 */
final class Quote_Accepted extends Ticket_Email {

	use About_Quote;

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::QUOTE_ACCEPTED;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'Quote accepted for %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'Thank you: the work can start', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		/* translators: %s: amount with currency. */
		return array( sprintf( __( 'You accepted the quote of %s. Our technicians will keep you posted on the ticket.', 'wp24-helpdesk' ), $this->quote->amount->format() ) );
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Open your ticket', 'wp24-helpdesk' );
	}
}
