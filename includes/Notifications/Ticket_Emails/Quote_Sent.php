<?php
/**
 * A quote went out (R8): the price, how long it holds, and that work starts only once accepted.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * The customer accepts or declines it from the ticket.
 */
final class Quote_Sent extends Ticket_Email {

	use About_Quote;

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::QUOTE_SENT;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'Your quote for %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'Your quote is ready', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array(
			/* translators: 1: amount with currency, 2: date. */
			sprintf( __( 'Price: %1$s, valid until %2$s.', 'wp24-helpdesk' ), $this->quote->amount->format(), $this->words->day( $this->quote->valid_until ) ),
			$this->quote->conditions,
			__( 'The work starts only after you accept the quote. You can accept or decline it from your ticket.', 'wp24-helpdesk' ),
		);
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'See the quote', 'wp24-helpdesk' );
	}
}
