<?php
/**
 * The REST shapes of tickets, messages and quotes, for staff and for customers.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use DateTimeImmutable;
use DateTimeInterface;
use DateTimeZone;
use WP24\Helpdesk\Attachments\Attachment;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Customer_Reads;
use WP24\Helpdesk\Tickets\Message;
use WP24\Helpdesk\Tickets\Quote;
use WP24\Helpdesk\Tickets\Quote_Service;
use WP24\Helpdesk\Tickets\Quote_Status;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Labels;
use WP24\Helpdesk\Tickets\Ticket_Lifecycle;
use WP24\Helpdesk\Tickets\Ticket_Status;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Customers never receive the key hash, internal fields or draft quotes. About 300 lines: a
 * ticket, its messages and its quote are answered together (a ticket holds its quote, a thread
 * its files) and share the staff/customer split and the time labels, which stay in one place.
 */
final class Ticket_Presenter {

	/**
	 * Constructor.
	 *
	 * @param Quote_Service     $quotes   Quotes.
	 * @param Settings          $settings Auto-close days.
	 * @param Settings_Calendar $calendar Business timezone for labels.
	 * @param Clock             $clock    Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Quote_Service $quotes, private Settings $settings, private Settings_Calendar $calendar, private Clock $clock = new System_Clock() ) {}

	/**
	 * A ticket.
	 *
	 * @param Ticket $ticket Ticket.
	 * @param bool   $staff  Staff view.
	 * @return array<string, mixed>
	 */
	public function ticket( Ticket $ticket, bool $staff ): array {
		$due  = $ticket->time( 'first_response_due' );
		$data = array(
			'id'                       => $ticket->id(),
			'reference'                => (string) $ticket->reference,
			'subject'                  => (string) $ticket->subject,
			'type'                     => $ticket->type->value,
			'priority'                 => $ticket->priority->value,
			'status'                   => $ticket->status->value,
			'coverage'                 => (string) $ticket->coverage,
			'coverage_reason'          => (string) $ticket->coverage_reason,
			'service'                  => (string) $ticket->service,
			'site_url'                 => (string) $ticket->site_url,
			'plan_id'                  => (int) $ticket->plan_id,
			'parent_id'                => (int) $ticket->parent_id,
			'first_response_due'       => $this->iso( $due ),
			// Formatted on the server, in the business timezone and the site's language.
			'first_response_due_label' => $this->label( $due ),
			'first_response_at'        => $this->iso( $ticket->time( 'first_response_at' ) ),
			'close_reason'             => (string) $ticket->close_reason,
			'closed_at'                => $this->iso( $ticket->time( 'closed_at' ) ),
			'created_at'               => $this->iso( $ticket->time( 'created_at' ) ),
			'last_activity_at'         => $this->iso( $ticket->time( 'last_activity_at' ) ),
			'quote'                    => $this->quote( $this->quotes->latest( $ticket ), $staff ),
			'status_label'             => Ticket_Labels::status( $ticket->status ),
			'created_label'            => $this->label( $ticket->time( 'created_at' ) ),
			// R9: when a ticket waiting for the customer will close by itself.
			'auto_close_label'         => $this->label( $this->auto_close_at( $ticket ) ),
		);
		if ( $staff ) {
			$minutes_left = $this->sla_minutes_left( $ticket, $due );
			$data        += array(
				'customer_id'            => $ticket->customer_id(),
				// Who the queue shows: the account's name, or the name a guest gave.
				'customer_name'          => $this->customer_name( $ticket ),
				'guest_email'            => (string) $ticket->guest_email,
				'guest_name'             => (string) $ticket->guest_name,
				'entitlement_id'         => (int) $ticket->entitlement_id,
				'assignee_id'            => (int) $ticket->assignee_id,
				'consent_at'             => $this->iso( $ticket->time( 'consent_at' ) ),
				'consent_version'        => (string) $ticket->consent_version,
				'last_customer_reply_at' => $this->iso( $ticket->time( 'last_customer_reply_at' ) ),
				'last_staff_reply_at'    => $this->iso( $ticket->time( 'last_staff_reply_at' ) ),
				'sla_breached'           => null !== $minutes_left && $minutes_left < 0,
				// The queue's SLA clock: minutes left to the first answer, negative when overdue; null once answered or closed.
				'sla_minutes_left'       => $minutes_left,
				'next_statuses'          => Ticket_Status::values( ...Ticket_Lifecycle::next( $ticket->status ) ),
			);
		} else {
			$data += $this->customer_fields( $ticket );
		}
		return $data;
	}

	/**
	 * A message.
	 *
	 * @param Message      $message    Message.
	 * @param Attachment[] $files      Its attachments.
	 * @param string       $guest_name The ticket's guest, who wrote its customer messages without an account.
	 * @return array<string, mixed>
	 */
	public function message( Message $message, array $files = array(), string $guest_name = '' ): array {
		$user = $message->author_id ? get_userdata( $message->author_id ) : false;
		$name = $user ? $user->display_name : '';
		if ( ! $user && Message::ROLE_CUSTOMER === $message->author_role ) {
			// A guest's message carries no user: it is signed with the name they gave on the form.
			$name = $guest_name;
		}
		return array(
			'id'            => $message->id,
			'author_role'   => $message->author_role,
			'author_name'   => Message::ROLE_SYSTEM === $message->author_role ? '' : $name,
			'body'          => $message->body,
			// The same message as plain text with its line breaks, for front ends that print text only.
			'text'          => self::plain_text( $message->body ),
			'created_label' => $this->label( new DateTimeImmutable( $message->created_at, new DateTimeZone( 'UTC' ) ) ),
			'internal'      => $message->internal,
			'created_at'    => mysql_to_rfc3339( $message->created_at ),
			'attachments'   => array_map(
				static fn( Attachment $file ): array => array(
					'id'        => $file->id,
					'file_name' => $file->file_name,
					'mime'      => $file->mime,
					'size'      => $file->size,
				),
				$files
			),
		);
	}

	/**
	 * A quote; customers do not see drafts.
	 *
	 * @param Quote|null $quote Quote.
	 * @param bool       $staff Staff view.
	 * @return array<string, mixed>|null
	 */
	public function quote( ?Quote $quote, bool $staff ): ?array {
		if ( null === $quote || ( ! $staff && Quote_Status::DRAFT === $quote->status ) ) {
			return null;
		}
		$data = array(
			'id'          => $quote->id,
			'amount'      => $quote->amount->amount(),
			'currency'    => $quote->amount->currency,
			'conditions'  => $quote->conditions,
			'valid_until' => self::stored_iso( $quote->valid_until ),
			'status'      => $quote->status->value,
			'decided_at'  => self::stored_iso( $quote->decided_at ),
			// Paid through WooCommerce (R8): the customer and staff both see it.
			'paid_at'     => self::stored_iso( $quote->paid_at ),
		);
		if ( $staff ) {
			$data['decided_by'] = $quote->decided_by;
			$data['decided_ip'] = $quote->decided_ip;
			$data['order_id']   = $quote->order_id;
		}
		return $data;
	}

	/**
	 * A quote's moment as its REST fields always wrote it: UTC, without an offset
	 * (`mysql_to_rfc3339()` of the stored value); null for none.
	 *
	 * @param DateTimeImmutable|null $moment Moment.
	 */
	private static function stored_iso( ?DateTimeImmutable $moment ): ?string {
		return null === $moment ? null : mysql_to_rfc3339( Ticket_Repository::date( $moment ) );
	}

	/**
	 * What My tickets shows a customer in words: the last reply and who wrote it, the unread
	 * mark, the badges (labels from the server, so the block keeps no copy) and, while the first
	 * answer is awaited, when it is due.
	 *
	 * @param Ticket $ticket Ticket.
	 * @return array<string, mixed>
	 */
	private function customer_fields( Ticket $ticket ): array {
		$customer = $ticket->time( 'last_customer_reply_at' );
		$staff    = $ticket->time( 'last_staff_reply_at' );
		$last     = null === $staff || ( null !== $customer && $customer > $staff ) ? $customer : $staff;
		$unread   = Customer_Reads::unread( $ticket, get_current_user_id() );
		$quote    = $this->quotes->latest( $ticket );
		$badges   = array();
		if ( Ticket_Priority::URGENT === $ticket->priority ) {
			$badges[] = array(
				'kind'  => 'urgent',
				'label' => Ticket_Labels::priority( Ticket_Priority::URGENT ),
			);
		}
		if ( null !== $quote && Quote_Status::SENT === $quote->status ) {
			$badges[] = array(
				'kind'  => 'quote',
				'label' => __( 'Quote', 'wp24-helpdesk' ),
			);
		}
		if ( $unread ) {
			$badges[] = array(
				'kind'  => 'unread',
				'label' => __( 'New reply', 'wp24-helpdesk' ),
			);
		}
		$awaited = null === $ticket->first_response_at && in_array( $ticket->status, array( Ticket_Status::NEW, Ticket_Status::OPEN ), true );
		return array(
			'last_activity_label' => $this->label( $ticket->time( 'last_activity_at' ) ),
			// Who wrote last: the customer ("you") or the team; null before any reply.
			'last_reply_by'       => null === $last ? null : ( $last === $customer ? 'customer' : 'team' ),
			'last_reply_label'    => $this->label( $last ),
			'unread'              => $unread,
			'badges'              => $badges,
			'answer_due_label'    => $awaited ? $this->label( $ticket->time( 'first_response_due' ) ) : null,
		);
	}

	/**
	 * Minutes left before the first answer is due, negative when overdue; null when answered, closed or without target.
	 *
	 * @param Ticket                 $ticket Ticket.
	 * @param DateTimeImmutable|null $due    First response due.
	 */
	private function sla_minutes_left( Ticket $ticket, ?DateTimeImmutable $due ): ?int {
		if ( null === $due || null !== $ticket->first_response_at || Ticket_Status::CLOSED === $ticket->status ) {
			return null;
		}
		return (int) floor( ( $due->getTimestamp() - $this->clock->now()->getTimestamp() ) / 60 );
	}

	/**
	 * The customer's display name: the account's, or the name a guest gave.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function customer_name( Ticket $ticket ): string {
		$user = $ticket->is_guest() ? false : get_userdata( $ticket->customer_id() );
		return $user ? (string) $user->display_name : (string) $ticket->guest_name;
	}

	/**
	 * The moment in ISO 8601 (UTC), for REST.
	 *
	 * @param DateTimeImmutable|null $moment Moment.
	 */
	private function iso( ?DateTimeImmutable $moment ): ?string {
		return $moment?->format( DateTimeInterface::ATOM );
	}

	/**
	 * When a waiting ticket closes by itself, or null.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	private function auto_close_at( Ticket $ticket ): ?DateTimeImmutable {
		$since = $ticket->time( 'waiting_since' );
		if ( Ticket_Status::WAITING !== $ticket->status || null === $since ) {
			return null;
		}
		return $since->modify( '+' . (int) $this->settings->all()['auto_close_days'] . ' days' );
	}

	/**
	 * A moment in the business timezone and the site's language, or null.
	 *
	 * @param DateTimeImmutable|null $moment Moment.
	 */
	private function label( ?DateTimeImmutable $moment ): ?string {
		return null === $moment ? null : wp_date( _x( 'l j F, H:i', 'response due date format', 'wp24-helpdesk' ), $moment->getTimestamp(), $this->calendar->timezone() );
	}

	/**
	 * A sanitised message body as plain text, paragraphs and line breaks kept.
	 *
	 * @param string $html Body.
	 */
	private static function plain_text( string $html ): string {
		$text = preg_replace( array( '#<br\s*/?>#i', '#</(p|div|li|h[1-6]|blockquote|pre)>#i' ), array( "\n", "\n\n" ), $html );
		return trim( (string) preg_replace( "/\n{3,}/", "\n\n", html_entity_decode( wp_strip_all_tags( (string) $text ), ENT_QUOTES, 'UTF-8' ) ) );
	}
}
