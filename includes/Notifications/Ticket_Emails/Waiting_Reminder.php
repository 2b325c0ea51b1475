<?php
/**
 * The reminder before the automatic closing (R9).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use DateTimeImmutable;
use WP24\Helpdesk\Notifications\Notification_Types;
use WP24\Helpdesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Says when the ticket closes, and that nothing is needed if the problem is solved.
 */
final class Waiting_Reminder extends Ticket_Email {

	/**
	 * Constructor.
	 *
	 * @param Ticket            $ticket    The ticket.
	 * @param Email_Words       $words     Shared words.
	 * @param DateTimeImmutable $closes_at When it will close.
	 */
	public function __construct( Ticket $ticket, Email_Words $words, private DateTimeImmutable $closes_at ) {
		parent::__construct( $ticket, $words );
	}

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::WAITING_REMINDER;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'We are waiting for your reply: %1$s %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'Do you still need help?', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array(
			/* translators: %s: date and time. */
			sprintf( __( 'Our technicians are waiting for your reply. Without an answer, the ticket will be closed automatically on %s.', 'wp24-helpdesk' ), $this->words->moment( $this->closes_at ) ),
			__( 'If the problem is solved, you do not need to do anything.', 'wp24-helpdesk' ),
		);
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Reply now', 'wp24-helpdesk' );
	}
}
