<?php
/**
 * A customer's reply, announced to the assignee or to staff.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * The reply itself stays in the Helpdesk.
 */
final class Staff_Customer_Reply extends Staff_Ticket_Email {

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::STAFF_CUSTOMER_REPLY;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'Customer reply on %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'The customer replied', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array( $this->words->summary( $this->ticket ) );
	}
}
