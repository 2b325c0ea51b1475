<?php
/**
 * What the ticket emails share: links, dates and money in the recipient's language, the staff summary.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use DateTimeImmutable;
use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Time\Date_Format;

defined( 'ABSPATH' ) || exit;

/**
 * Called while the Notifier has switched to the recipient's locale, so every word is theirs.
 */
final class Email_Words {

	/**
	 * Constructor.
	 *
	 * @param Links             $links    Links to the ticket.
	 * @param Settings          $settings Auto-close and reopen days.
	 * @param Settings_Calendar $calendar Business timezone.
	 * @param Plan_Post_Type    $plans    Plan names.
	 */
	public function __construct( private Links $links, private Settings $settings, private Settings_Calendar $calendar, private Plan_Post_Type $plans ) {}

	/**
	 * The customer's page of the ticket (with the guest link for guests).
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function customer_link( Ticket $ticket ): string {
		return $this->links->customer_ticket( $ticket );
	}

	/**
	 * The ticket in the Helpdesk screen.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function staff_link( Ticket $ticket ): string {
		return $this->links->staff_ticket( $ticket );
	}

	/**
	 * A setting.
	 *
	 * @param string $key Setting key.
	 * @return mixed
	 */
	public function setting( string $key ) {
		return $this->settings->all()[ $key ] ?? null;
	}

	/**
	 * One line about a ticket for staff: reference, customer, plan, type, priority.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function summary( Ticket $ticket ): string {
		$customer = $ticket->is_guest() ? (string) $ticket->guest_name : ( get_userdata( $ticket->customer_id() )->display_name ?? '' );
		$plan     = (int) $ticket->plan_id > 0 ? $this->plans->find( (int) $ticket->plan_id ) : null;
		return sprintf(
			/* translators: 1: reference, 2: customer name, 3: plan name, 4: request type, 5: priority. */
			__( 'Ticket %1$s from %2$s (plan: %3$s), type %4$s, priority %5$s.', 'wp24-helpdesk' ),
			$ticket->reference,
			$customer,
			$plan ? $plan->name : __( 'none', 'wp24-helpdesk' ),
			$ticket->type->value,
			$ticket->priority->value
		);
	}

	/**
	 * What a waiting customer needs to know about the countdown (R9).
	 */
	public function waiting_line(): string {
		$days = (int) $this->setting( 'auto_close_days' );
		/* translators: %d: number of days. */
		return sprintf( _n( 'We are waiting for your reply: without one, the ticket closes automatically after %d day.', 'We are waiting for your reply: without one, the ticket closes automatically after %d days.', $days, 'wp24-helpdesk' ), $days );
	}

	/**
	 * A moment in the business timezone, in the current language ("Monday 30 November at 11:30").
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	public function moment( DateTimeImmutable $moment ): string {
		/* translators: date and time format for answer times and closings, see https://www.php.net/manual/datetime.format.php */
		$format = __( 'l j F \a\t H:i', 'wp24-helpdesk' );
		return wp_date( $format, $moment->getTimestamp(), $this->calendar->timezone() );
	}

	/**
	 * A moment as a date in the business timezone.
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	public function day( DateTimeImmutable $moment ): string {
		return Date_Format::day( $moment->getTimestamp(), $this->calendar->timezone() );
	}
}
