<?php
/**
 * An email to staff about a ticket: it links to the Helpdesk screen, never quotes the customer.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

defined( 'ABSPATH' ) || exit;

/**
 * The customer's message stays in the Helpdesk; the email says where to read it.
 */
abstract class Staff_Ticket_Email extends Ticket_Email {

	/**
	 * The ticket in the Helpdesk.
	 */
	protected function action_url(): string {
		return $this->words->staff_link( $this->ticket );
	}

	/**
	 * The label of the button.
	 */
	protected function action_label(): string {
		return __( 'Open the ticket', 'wp24-helpdesk' );
	}
}
