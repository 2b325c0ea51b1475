<?php
/**
 * One email about a ticket, as data: its type and its words, composed in the recipient's language.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Notifications\Email;
use WP24\Helpdesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Each email type is a subclass that says its subject, heading, paragraphs and button; the Notifier
 * checks the type's switch, switches to the recipient's locale, composes, sends and notes the send.
 */
abstract class Ticket_Email {

	/**
	 * Constructor.
	 *
	 * @param Ticket      $ticket The ticket the email is about.
	 * @param Email_Words $words  Links, dates, money and the staff summary.
	 */
	public function __construct( protected Ticket $ticket, protected Email_Words $words ) {}

	/**
	 * The notification type (Notification_Types), also its switch and template name.
	 */
	abstract public function type(): string;

	/**
	 * The subject line.
	 */
	abstract protected function subject(): string;

	/**
	 * The heading at the top of the message.
	 */
	abstract protected function heading(): string;

	/**
	 * The paragraphs; empty ones are left out.
	 *
	 * @return string[]
	 */
	abstract protected function paragraphs(): array;

	/**
	 * The label of the button.
	 */
	abstract protected function action_label(): string;

	/**
	 * Where the button leads: the customer's ticket page (staff emails lead to the Helpdesk).
	 */
	protected function action_url(): string {
		return $this->words->customer_link( $this->ticket );
	}

	/**
	 * The ticket whose thread records the send.
	 */
	public function ticket(): Ticket {
		return $this->ticket;
	}

	/**
	 * The email, in the language active when it is called.
	 */
	public function compose(): Email {
		return new Email(
			$this->type(),
			$this->subject(),
			$this->heading(),
			array_values( array_filter( $this->paragraphs(), static fn( string $paragraph ): bool => '' !== $paragraph ) ),
			$this->action_label(),
			$this->action_url()
		);
	}
}
