<?php
/**
 * The receipt of a new ticket, with the expected answer time.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Notification_Types;
use WP24\Helpdesk\Tickets\Intake;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Urgent and one-shot requests say what follows; guests learn their link opens the ticket; a request by email carries the privacy notice (R13).
 */
final class Ticket_Received extends Ticket_Email {

	/**
	 * The notification type.
	 */
	public function type(): string {
		return Notification_Types::TICKET_RECEIVED;
	}

	/**
	 * The subject line.
	 */
	protected function subject(): string {
		/* translators: 1: ticket reference, 2: subject. */
		return sprintf( __( 'We received your request %1$s: %2$s', 'wp24-helpdesk' ), $this->ticket->reference, $this->ticket->subject );
	}

	/**
	 * The heading.
	 */
	protected function heading(): string {
		return __( 'Thank you, we received your request', 'wp24-helpdesk' );
	}

	/**
	 * The paragraphs.
	 *
	 * @return string[]
	 */
	protected function paragraphs(): array {
		$ticket     = $this->ticket;
		$paragraphs = array(
			/* translators: 1: ticket reference, 2: subject. */
			sprintf( __( 'Your request %1$s "%2$s" has reached our technicians.', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
		);
		$due        = $ticket->time( 'first_response_due' );
		if ( Ticket_Priority::URGENT === $ticket->priority ) {
			$paragraphs[] = __( 'You marked it urgent: we answer urgent requests within 24 hours, on holidays and at weekends too.', 'wp24-helpdesk' );
		} elseif ( Ticket_Type::ONE_SHOT === $ticket->type ) {
			$paragraphs[] = __( 'One-shot work is priced by a quote: we will send it to you, and the work starts only after you accept it.', 'wp24-helpdesk' );
		}
		if ( null !== $due ) {
			/* translators: %s: date and time. */
			$paragraphs[] = sprintf( __( 'We will answer by %s.', 'wp24-helpdesk' ), $this->words->moment( $due ) );
		}
		if ( $ticket->is_guest() ) {
			$paragraphs[] = __( 'Keep this email: its link opens your ticket without an account. Do not forward it.', 'wp24-helpdesk' );
		}
		if ( Intake::CHANNEL_EMAIL === $ticket->channel ) {
			// R13: a request by email gave no consent on a form, so the receipt carries the notice.
			$paragraphs[] = __( 'You can answer this email to add to your request.', 'wp24-helpdesk' );
			$paragraphs[] = '' !== get_privacy_policy_url()
				/* translators: %s: address of the privacy policy. */
				? sprintf( __( 'Privacy: we process the data in your email (address, name, message and files) only to handle this request, under EU Regulation 2016/679 (GDPR) and Italian Legislative Decree 196/2003, and keep it as our privacy policy explains: %s', 'wp24-helpdesk' ), get_privacy_policy_url() )
				: __( 'Privacy: we process the data in your email (address, name, message and files) only to handle this request, under EU Regulation 2016/679 (GDPR) and Italian Legislative Decree 196/2003.', 'wp24-helpdesk' );
		}
		return $paragraphs;
	}

	/**
	 * The button.
	 */
	protected function action_label(): string {
		return __( 'Follow your ticket', 'wp24-helpdesk' );
	}
}
