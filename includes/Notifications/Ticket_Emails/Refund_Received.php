<?php
/**
 * The receipt of a refund request (R11).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * Says the order is checked and the refund confirmed by email.
 */
final class Refund_Received extends Ticket_Email {

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::REFUND_RECEIVED;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: %s: ticket reference. */
		return sprintf( __( 'We received your refund request %s', 'wp24-helpdesk' ), $this->ticket->reference );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'Refund request received', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array( __( 'We received your request to refund your plan within 24 hours of purchase. We will check the order and confirm the refund by email.', 'wp24-helpdesk' ) );
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Follow your request', 'wp24-helpdesk' );
	}
}
