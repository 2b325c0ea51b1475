<?php
/**
 * The notice at the automatic closing (R9), with how to reopen.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * Within the reopen window a reply opens the ticket again; after it, a follow-up.
 */
final class Auto_Closed extends Ticket_Email {

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::AUTO_CLOSED;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'Ticket closed: %1$s %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'We closed your ticket', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		$days        = (int) $this->words->setting( 'auto_close_days' );
		$reopen_days = (int) $this->words->setting( 'reopen_days' );
		return array(
			/* translators: %d: number of days. */
			sprintf( _n( 'We had no reply from you for %d day, so the ticket was closed automatically.', 'We had no reply from you for %d days, so the ticket was closed automatically.', $days, 'wp24-helpdesk' ), $days ),
			$reopen_days > 0
				/* translators: %d: number of days. */
				? sprintf( _n( 'Need more help? Reply to the ticket within %d day and it opens again.', 'Need more help? Reply to the ticket within %d days and it opens again.', $reopen_days, 'wp24-helpdesk' ), $reopen_days )
				: __( 'Need more help? Reply to the ticket and we will continue in a new one.', 'wp24-helpdesk' ),
		);
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Open the ticket', 'wp24-helpdesk' );
	}
}
