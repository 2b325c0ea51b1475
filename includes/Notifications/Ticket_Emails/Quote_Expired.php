<?php
/**
 * A sent quote reached the end of its validity.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * The customer may ask for a new one.
 */
final class Quote_Expired extends Ticket_Email {

	use About_Quote;

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::QUOTE_EXPIRED;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'Your quote has expired: %1$s %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'The quote has expired', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array(
			/* translators: 1: amount with currency, 2: date. */
			sprintf( __( 'The quote of %1$s was valid until %2$s and can no longer be accepted.', 'wp24-helpdesk' ), $this->quote->amount->format(), $this->words->day( $this->quote->valid_until ) ),
			__( 'Still interested? Reply to the ticket and we will send you a new quote.', 'wp24-helpdesk' ),
		);
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Open the ticket', 'wp24-helpdesk' );
	}
}
