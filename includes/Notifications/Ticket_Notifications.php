<?php
/**
 * The emails about tickets and quotes, to customers and to staff.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Intake;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Time\Date_Format;

defined( 'ABSPATH' ) || exit;

/**
 * Listens to the ticket and quote actions; the automation jobs call the clock-driven ones.
 *
 * A customer's email holds only their own ticket; staff emails link to the admin screen and
 * leave the customer's message there.
 */
final class Ticket_Notifications {

	/** Longest excerpt of a reply quoted in an email. */
	private const EXCERPT = 2000;

	/**
	 * Constructor.
	 *
	 * @param Notifier          $notifier Delivery.
	 * @param Links             $links    Links.
	 * @param Ticket_Repository $tickets  Tickets and quotes.
	 * @param Settings          $settings Business timezone.
	 * @param Plan_Post_Type    $plans    Plan names.
	 */
	public function __construct(
		private Notifier $notifier,
		private Links $links,
		private Ticket_Repository $tickets,
		private Settings $settings,
		private Plan_Post_Type $plans,
	) {}

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
		$refund = Ticket::TYPE_REFUND === $ticket->type;
		$this->notifier->send(
			$refund ? Notification_Types::REFUND_RECEIVED : Notification_Types::TICKET_RECEIVED,
			Recipient::customer_of( $ticket ),
			fn(): Email => $refund ? $this->refund_received( $ticket ) : $this->received( $ticket ),
			$ticket
		);

		$urgent = Ticket::PRIORITY_URGENT === $ticket->priority;
		$this->notifier->send(
			$urgent ? Notification_Types::STAFF_URGENT_TICKET : Notification_Types::STAFF_NEW_TICKET,
			$this->notifier->staff( $urgent ),
			fn(): Email => new Email(
				$urgent ? Notification_Types::STAFF_URGENT_TICKET : Notification_Types::STAFF_NEW_TICKET,
				$urgent
					/* translators: 1: ticket reference, 2: subject. */
					? sprintf( __( '[Urgent] %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject )
					/* translators: 1: ticket reference, 2: subject. */
					: sprintf( __( 'New ticket %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				$urgent ? __( 'Urgent ticket: answer within 24 hours', 'wp24-helpdesk' ) : __( 'New ticket', 'wp24-helpdesk' ),
				array_merge(
					array( $this->summary( $ticket ) ),
					$urgent ? array( __( 'The customer marked this request urgent. Urgent requests are answered within 24 hours, on holidays and at weekends too.', 'wp24-helpdesk' ) ) : array()
				),
				__( 'Open the ticket', 'wp24-helpdesk' ),
				$this->links->staff_ticket( $ticket )
			),
			$ticket
		);
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
			$excerpt = $this->excerpt( $ticket_id, $message_id );
			$this->notifier->send(
				Notification_Types::TECHNICIAN_REPLY,
				Recipient::customer_of( $ticket ),
				fn(): Email => new Email(
					Notification_Types::TECHNICIAN_REPLY,
					/* translators: 1: ticket reference, 2: subject. */
					sprintf( __( 'New reply to your ticket %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
					__( 'Our technicians answered you', 'wp24-helpdesk' ),
					array_values( array_filter( array( $excerpt, Ticket::STATUS_WAITING === $ticket->status() ? $this->waiting_line() : '' ) ) ),
					__( 'Read and reply', 'wp24-helpdesk' ),
					$this->links->customer_ticket( $ticket )
				),
				$ticket
			);
			return;
		}
		$assignee = (int) $ticket->assignee_id;
		$this->notifier->send(
			Notification_Types::STAFF_CUSTOMER_REPLY,
			$assignee > 0 ? Recipient::user( $assignee ) : $this->notifier->staff(),
			fn(): Email => new Email(
				Notification_Types::STAFF_CUSTOMER_REPLY,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'Customer reply on %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'The customer replied', 'wp24-helpdesk' ),
				array( $this->summary( $ticket ) ),
				__( 'Open the ticket', 'wp24-helpdesk' ),
				$this->links->staff_ticket( $ticket )
			),
			$ticket
		);
	}

	/**
	 * A quote went out: the customer sees the price and how long it holds.
	 *
	 * @param int $ticket_id Ticket.
	 * @param int $quote_id  Quote.
	 */
	public function quote_sent( int $ticket_id, int $quote_id ): void {
		$ticket = $this->tickets->find( $ticket_id );
		$quote  = $this->tickets->find_quote( $quote_id );
		if ( null === $ticket || null === $quote ) {
			return;
		}
		$this->notifier->send(
			Notification_Types::QUOTE_SENT,
			Recipient::customer_of( $ticket ),
			fn(): Email => new Email(
				Notification_Types::QUOTE_SENT,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'Your quote for %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'Your quote is ready', 'wp24-helpdesk' ),
				array_values(
					array_filter(
						array(
							/* translators: 1: amount with currency, 2: date. */
							sprintf( __( 'Price: %1$s, valid until %2$s.', 'wp24-helpdesk' ), $this->money( $quote ), $this->day( (string) $quote['valid_until'] ) ),
							(string) $quote['conditions'],
							__( 'The work starts only after you accept the quote. You can accept or decline it from your ticket.', 'wp24-helpdesk' ),
						)
					)
				),
				__( 'See the quote', 'wp24-helpdesk' ),
				$this->links->customer_ticket( $ticket )
			),
			$ticket
		);
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
		$quote  = $this->tickets->find_quote( $quote_id );
		if ( ! $accepted || null === $ticket || null === $quote ) {
			return;
		}
		$this->notifier->send(
			Notification_Types::QUOTE_ACCEPTED,
			Recipient::customer_of( $ticket ),
			fn(): Email => new Email(
				Notification_Types::QUOTE_ACCEPTED,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'Quote accepted for %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'Thank you: the work can start', 'wp24-helpdesk' ),
				/* translators: %s: amount with currency. */
				array( sprintf( __( 'You accepted the quote of %s. Our technicians will keep you posted on the ticket.', 'wp24-helpdesk' ), $this->money( $quote ) ) ),
				__( 'Open your ticket', 'wp24-helpdesk' ),
				$this->links->customer_ticket( $ticket )
			),
			$ticket
		);
		$assignee = (int) $ticket->assignee_id;
		$this->notifier->send(
			Notification_Types::STAFF_QUOTE_ACCEPTED,
			$assignee > 0 ? Recipient::user( $assignee ) : $this->notifier->staff(),
			fn(): Email => new Email(
				Notification_Types::STAFF_QUOTE_ACCEPTED,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'Quote accepted on %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'The customer accepted the quote', 'wp24-helpdesk' ),
				/* translators: %s: amount with currency. */
				array( sprintf( __( 'Accepted amount: %s. The ticket is open again; the work can start.', 'wp24-helpdesk' ), $this->money( $quote ) ), $this->summary( $ticket ) ),
				__( 'Open the ticket', 'wp24-helpdesk' ),
				$this->links->staff_ticket( $ticket )
			),
			$ticket
		);
	}

	/**
	 * The reminder before the automatic closing (R9).
	 *
	 * @param Ticket            $ticket    Ticket.
	 * @param DateTimeImmutable $closes_at When it will close.
	 */
	public function waiting_reminder( Ticket $ticket, DateTimeImmutable $closes_at ): bool {
		return $this->notifier->send(
			Notification_Types::WAITING_REMINDER,
			Recipient::customer_of( $ticket ),
			fn(): Email => new Email(
				Notification_Types::WAITING_REMINDER,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'We are waiting for your reply: %1$s %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'Do you still need help?', 'wp24-helpdesk' ),
				array(
					/* translators: %s: date and time. */
					sprintf( __( 'Our technicians are waiting for your reply. Without an answer, the ticket will be closed automatically on %s.', 'wp24-helpdesk' ), $this->moment( $closes_at ) ),
					__( 'If the problem is solved, you do not need to do anything.', 'wp24-helpdesk' ),
				),
				__( 'Reply now', 'wp24-helpdesk' ),
				$this->links->customer_ticket( $ticket )
			),
			$ticket
		);
	}

	/**
	 * The notice at the automatic closing (R9), with how to reopen.
	 *
	 * @param Ticket $ticket Ticket (closed).
	 */
	public function auto_closed( Ticket $ticket ): bool {
		$reopen_days = (int) $this->settings->all()['reopen_days'];
		return $this->notifier->send(
			Notification_Types::AUTO_CLOSED,
			Recipient::customer_of( $ticket ),
			fn(): Email => new Email(
				Notification_Types::AUTO_CLOSED,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'Ticket closed: %1$s %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'We closed your ticket', 'wp24-helpdesk' ),
				array(
					/* translators: %d: number of days. */
					sprintf( _n( 'We had no reply from you for %d day, so the ticket was closed automatically.', 'We had no reply from you for %d days, so the ticket was closed automatically.', (int) $this->settings->all()['auto_close_days'], 'wp24-helpdesk' ), (int) $this->settings->all()['auto_close_days'] ),
					$reopen_days > 0
						/* translators: %d: number of days. */
						? sprintf( _n( 'Need more help? Reply to the ticket within %d day and it opens again.', 'Need more help? Reply to the ticket within %d days and it opens again.', $reopen_days, 'wp24-helpdesk' ), $reopen_days )
						: __( 'Need more help? Reply to the ticket and we will continue in a new one.', 'wp24-helpdesk' ),
				),
				__( 'Open the ticket', 'wp24-helpdesk' ),
				$this->links->customer_ticket( $ticket )
			),
			$ticket
		);
	}

	/**
	 * A sent quote reached the end of its validity.
	 *
	 * @param Ticket               $ticket Ticket.
	 * @param array<string, mixed> $quote  Quote row.
	 */
	public function quote_expired( Ticket $ticket, array $quote ): bool {
		return $this->notifier->send(
			Notification_Types::QUOTE_EXPIRED,
			Recipient::customer_of( $ticket ),
			fn(): Email => new Email(
				Notification_Types::QUOTE_EXPIRED,
				/* translators: 1: ticket reference, 2: subject. */
				sprintf( __( 'Your quote has expired: %1$s %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
				__( 'The quote has expired', 'wp24-helpdesk' ),
				array(
					/* translators: 1: amount with currency, 2: date. */
					sprintf( __( 'The quote of %1$s was valid until %2$s and can no longer be accepted.', 'wp24-helpdesk' ), $this->money( $quote ), $this->day( (string) $quote['valid_until'] ) ),
					__( 'Still interested? Reply to the ticket and we will send you a new quote.', 'wp24-helpdesk' ),
				),
				__( 'Open the ticket', 'wp24-helpdesk' ),
				$this->links->customer_ticket( $ticket )
			),
			$ticket
		);
	}

	/**
	 * The receipt of a new ticket.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function received( Ticket $ticket ): Email {
		$paragraphs = array(
			/* translators: 1: ticket reference, 2: subject. */
			sprintf( __( 'Your request %1$s "%2$s" has reached our technicians.', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
		);
		$due        = $ticket->time( 'first_response_due' );
		if ( Ticket::PRIORITY_URGENT === $ticket->priority ) {
			$paragraphs[] = __( 'You marked it urgent: we answer urgent requests within 24 hours, on holidays and at weekends too.', 'wp24-helpdesk' );
		} elseif ( Ticket::TYPE_ONE_SHOT === $ticket->type ) {
			$paragraphs[] = __( 'One-shot work is priced by a quote: we will send it to you, and the work starts only after you accept it.', 'wp24-helpdesk' );
		}
		if ( null !== $due ) {
			/* translators: %s: date and time. */
			$paragraphs[] = sprintf( __( 'We will answer by %s.', 'wp24-helpdesk' ), $this->moment( $due ) );
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
		return new Email(
			Notification_Types::TICKET_RECEIVED,
			/* translators: 1: ticket reference, 2: subject. */
			sprintf( __( 'We received your request %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
			__( 'Thank you, we received your request', 'wp24-helpdesk' ),
			$paragraphs,
			__( 'Follow your ticket', 'wp24-helpdesk' ),
			$this->links->customer_ticket( $ticket )
		);
	}

	/**
	 * The receipt of a refund request (R11).
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function refund_received( Ticket $ticket ): Email {
		return new Email(
			Notification_Types::REFUND_RECEIVED,
			/* translators: %s: ticket reference. */
			sprintf( __( 'We received your refund request %s', 'wp24-helpdesk' ), $ticket->reference ),
			__( 'Refund request received', 'wp24-helpdesk' ),
			array(
				__( 'We received your request to refund your plan within 24 hours of purchase. We will check the order and confirm the refund by email.', 'wp24-helpdesk' ),
			),
			__( 'Follow your request', 'wp24-helpdesk' ),
			$this->links->customer_ticket( $ticket )
		);
	}

	/**
	 * One line about a ticket for staff: reference, customer, plan, type, priority.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function summary( Ticket $ticket ): string {
		$customer = $ticket->is_guest() ? (string) $ticket->guest_name : ( get_userdata( $ticket->customer_id() )->display_name ?? '' );
		$plan     = (int) $ticket->plan_id > 0 ? $this->plans->find( (int) $ticket->plan_id ) : null;
		return sprintf(
			/* translators: 1: reference, 2: customer name, 3: plan name, 4: request type, 5: priority. */
			__( 'Ticket %1$s from %2$s (plan: %3$s), type %4$s, priority %5$s.', 'wp24-helpdesk' ),
			$ticket->reference,
			$customer,
			$plan ? $plan->name : __( 'none', 'wp24-helpdesk' ),
			$ticket->type,
			$ticket->priority
		);
	}

	/**
	 * The text of a message, without markup, shortened for an email.
	 *
	 * @param int $ticket_id  Ticket.
	 * @param int $message_id Message.
	 */
	private function excerpt( int $ticket_id, int $message_id ): string {
		foreach ( $this->tickets->messages( $ticket_id, false ) as $message ) {
			if ( (int) $message['id'] === $message_id ) {
				$text = trim( html_entity_decode( wp_strip_all_tags( (string) $message['body'] ), ENT_QUOTES, 'UTF-8' ) );
				return mb_strlen( $text ) > self::EXCERPT ? mb_substr( $text, 0, self::EXCERPT ) . '…' : $text;
			}
		}
		return '';
	}

	/**
	 * What a waiting customer needs to know about the countdown.
	 */
	private function waiting_line(): string {
		$days = (int) $this->settings->all()['auto_close_days'];
		/* translators: %d: number of days. */
		return sprintf( _n( 'We are waiting for your reply: without one, the ticket closes automatically after %d day.', 'We are waiting for your reply: without one, the ticket closes automatically after %d days.', $days, 'wp24-helpdesk' ), $days );
	}

	/**
	 * A moment in the business timezone, in the current language ("Monday 30 November at 11:30").
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	private function moment( DateTimeImmutable $moment ): string {
		/* translators: date and time format for answer times and closings, see https://www.php.net/manual/datetime.format.php */
		$format = __( 'l j F \a\t H:i', 'wp24-helpdesk' );
		return wp_date( $format, $moment->getTimestamp(), $this->settings->timezone() );
	}

	/**
	 * A stored UTC time as a date in the business timezone.
	 *
	 * @param string $stored Stored time.
	 */
	private function day( string $stored ): string {
		$moment = new DateTimeImmutable( $stored, new DateTimeZone( 'UTC' ) );
		return Date_Format::day( $moment->getTimestamp(), $this->settings->timezone() );
	}

	/**
	 * A quote's amount for people ("1.250,00 EUR" in Italian).
	 *
	 * @param array<string, mixed> $quote Quote row.
	 */
	private function money( array $quote ): string {
		return number_format_i18n( (int) $quote['amount_cents'] / 100, 2 ) . ' ' . $quote['currency'];
	}
}
