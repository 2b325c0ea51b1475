<?php
/**
 * A technician's public answer, quoted for the customer.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Status;

defined( 'ABSPATH' ) || exit;

/**
 * A ticket left waiting for the customer says when it closes by itself (R9).
 */
final class Technician_Reply extends Ticket_Email {

	/**
	 * Constructor.
	 *
	 * @param Ticket      $ticket  The ticket.
	 * @param Email_Words $words   Shared words.
	 * @param string      $excerpt The answer as plain text, shortened.
	 */
	public function __construct( Ticket $ticket, Email_Words $words, private string $excerpt ) {
		parent::__construct( $ticket, $words );
	}

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::TECHNICIAN_REPLY;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'New reply to your ticket %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'Our technicians answered you', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		return array( $this->excerpt, Ticket_Status::WAITING === $this->ticket->status ? $this->words->waiting_line() : '' );
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Read and reply', 'wp24-helpdesk' );
	}
}
