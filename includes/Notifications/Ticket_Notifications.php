<?php
/**
 * The emails about tickets and quotes, to customers and to staff.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use DateTimeImmutable;
use WP24\Helpdesk\Notifications\Ticket_Emails\Auto_Closed;
use WP24\Helpdesk\Notifications\Ticket_Emails\Email_Words;
use WP24\Helpdesk\Notifications\Ticket_Emails\Quote_Accepted;
use WP24\Helpdesk\Notifications\Ticket_Emails\Quote_Expired;
use WP24\Helpdesk\Notifications\Ticket_Emails\Quote_Sent;
use WP24\Helpdesk\Notifications\Ticket_Emails\Refund_Received;
use WP24\Helpdesk\Notifications\Ticket_Emails\Staff_Customer_Reply;
use WP24\Helpdesk\Notifications\Ticket_Emails\Staff_New_Ticket;
use WP24\Helpdesk\Notifications\Ticket_Emails\Staff_Quote_Accepted;
use WP24\Helpdesk\Notifications\Ticket_Emails\Technician_Reply;
use WP24\Helpdesk\Notifications\Ticket_Emails\Ticket_Received;
use WP24\Helpdesk\Notifications\Ticket_Emails\Waiting_Reminder;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Quote;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Listens to the ticket and quote actions (the automation jobs call the clock-driven ones) and says
 * which email goes to whom; each email type is a class in Ticket_Emails/.
 *
 * A customer's email holds only their own ticket; staff emails link to the admin screen and
 * leave the customer's message there.
 */
final class Ticket_Notifications {

	/** Longest excerpt of a reply quoted in an email. */
	private const EXCERPT = 2000;

	/**
	 * What the emails share.
	 *
	 * @var Email_Words
	 */
	private Email_Words $words;

	/**
	 * Constructor.
	 *
	 * @param Notifier          $notifier Delivery.
	 * @param Links             $links    Links.
	 * @param Ticket_Repository $tickets  Tickets and quotes.
	 * @param Settings          $settings Auto-close and reopen days.
	 * @param Settings_Calendar $calendar Business timezone.
	 * @param Plan_Post_Type    $plans    Plan names.
	 */
	public function __construct(
		private Notifier $notifier,
		Links $links,
		private Ticket_Repository $tickets,
		Settings $settings,
		Settings_Calendar $calendar,
		Plan_Post_Type $plans,
	) {
		$this->words = new Email_Words( $links, $settings, $calendar, $plans );
	}

	/**
	 * Adds the listeners.
	 */
	public function register(): void {
		add_action( 'wp24hd_ticket_created', array( $this, 'ticket_created' ) );
		add_action( 'wp24hd_ticket_replied', array( $this, 'ticket_replied' ), 10, 4 );
		add_action( 'wp24hd_quote_sent', array( $this, 'quote_sent' ), 10, 2 );
		add_action( 'wp24hd_quote_decided', array( $this, 'quote_decided' ), 10, 3 );
	}

	/**
	 * A new ticket: the customer gets the receipt with the expected answer time, staff are told
	 * (urgent ones go to the on-call addresses at once).
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function ticket_created( int $ticket_id ): void {
		$ticket = $this->tickets->find( $ticket_id );
		if ( null === $ticket ) {
			return;
		}
		$receipt = Ticket_Type::REFUND === $ticket->type ? new Refund_Received( $ticket, $this->words ) : new Ticket_Received( $ticket, $this->words );
		$this->notifier->deliver( Recipient::customer_of( $ticket ), $receipt );
		$this->notifier->deliver( $this->notifier->staff( Ticket_Priority::URGENT === $ticket->priority ), new Staff_New_Ticket( $ticket, $this->words ) );
	}

	/**
	 * A reply: a technician's public answer goes to the customer, a customer's to the assignee or staff.
	 *
	 * @param int    $ticket_id  Ticket.
	 * @param int    $message_id Message.
	 * @param string $role       `technician` or `customer`.
	 * @param bool   $internal   Staff-only note (no email).
	 */
	public function ticket_replied( int $ticket_id, int $message_id, string $role, bool $internal ): void {
		$ticket = $this->tickets->find( $ticket_id );
		if ( null === $ticket || $internal ) {
			return;
		}
		if ( 'technician' === $role ) {
			$this->notifier->deliver( Recipient::customer_of( $ticket ), new Technician_Reply( $ticket, $this->words, $this->excerpt( $ticket_id, $message_id ) ) );
			return;
		}
		$this->notifier->deliver( $this->assignee_or_staff( $ticket ), new Staff_Customer_Reply( $ticket, $this->words ) );
	}

	/**
	 * A quote went out: the customer sees the price and how long it holds.
	 *
	 * @param int $ticket_id Ticket.
	 * @param int $quote_id  Quote.
	 */
	public function quote_sent( int $ticket_id, int $quote_id ): void {
		$ticket = $this->tickets->find( $ticket_id );
		$quote  = $this->tickets->quotes()->find( $quote_id );
		if ( null === $ticket || null === $quote ) {
			return;
		}
		$this->notifier->deliver( Recipient::customer_of( $ticket ), new Quote_Sent( $ticket, $this->words, $quote ) );
	}

	/**
	 * The customer decided: an acceptance is confirmed to them and announced to staff.
	 *
	 * @param int  $ticket_id Ticket.
	 * @param int  $quote_id  Quote.
	 * @param bool $accepted  Whether it was accepted.
	 */
	public function quote_decided( int $ticket_id, int $quote_id, bool $accepted ): void {
		$ticket = $this->tickets->find( $ticket_id );
		$quote  = $this->tickets->quotes()->find( $quote_id );
		if ( ! $accepted || null === $ticket || null === $quote ) {
			return;
		}
		$this->notifier->deliver( Recipient::customer_of( $ticket ), new Quote_Accepted( $ticket, $this->words, $quote ) );
		$this->notifier->deliver( $this->assignee_or_staff( $ticket ), new Staff_Quote_Accepted( $ticket, $this->words, $quote ) );
	}

	/**
	 * The reminder before the automatic closing (R9).
	 *
	 * @param Ticket            $ticket    Ticket.
	 * @param DateTimeImmutable $closes_at When it will close.
	 */
	public function waiting_reminder( Ticket $ticket, DateTimeImmutable $closes_at ): bool {
		return $this->notifier->deliver( Recipient::customer_of( $ticket ), new Waiting_Reminder( $ticket, $this->words, $closes_at ) );
	}

	/**
	 * The notice at the automatic closing (R9), with how to reopen.
	 *
	 * @param Ticket $ticket Ticket (closed).
	 */
	public function auto_closed( Ticket $ticket ): bool {
		return $this->notifier->deliver( Recipient::customer_of( $ticket ), new Auto_Closed( $ticket, $this->words ) );
	}

	/**
	 * A sent quote reached the end of its validity.
	 *
	 * @param Ticket $ticket Ticket.
	 * @param Quote  $quote  The expired quote.
	 */
	public function quote_expired( Ticket $ticket, Quote $quote ): bool {
		return $this->notifier->deliver( Recipient::customer_of( $ticket ), new Quote_Expired( $ticket, $this->words, $quote ) );
	}

	/**
	 * The ticket's technician, or the staff list when nobody has it.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function assignee_or_staff( Ticket $ticket ): Recipient {
		$assignee = (int) $ticket->assignee_id;
		return $assignee > 0 ? Recipient::user( $assignee ) : $this->notifier->staff();
	}

	/**
	 * The text of a message, without markup, shortened for an email.
	 *
	 * @param int $ticket_id  Ticket.
	 * @param int $message_id Message.
	 */
	private function excerpt( int $ticket_id, int $message_id ): string {
		foreach ( $this->tickets->messages()->thread( $ticket_id, false ) as $message ) {
			if ( $message->id === $message_id ) {
				$text = trim( html_entity_decode( wp_strip_all_tags( $message->body ), ENT_QUOTES, 'UTF-8' ) );
				return mb_strlen( $text ) > self::EXCERPT ? mb_substr( $text, 0, self::EXCERPT ) . '…' : $text;
			}
		}
		return '';
	}
}
