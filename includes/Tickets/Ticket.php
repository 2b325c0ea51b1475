<?php
/**
 * A support ticket as the rules see it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;

defined( 'ABSPATH' ) || exit;

/**
 * One row of the tickets table as typed, read-only properties; times in UTC.
 *
 * The repository builds it with from_row(), so a column the code misspells is an error PHPStan
 * reports instead of a null read through a magic getter. Datetime columns stay strings as MySQL
 * writes them (null when empty); time() turns one into a DateTimeImmutable.
 */
final class Ticket {

	public const COVERED     = 'covered';
	public const NOT_COVERED = 'not_covered';

	public const CLOSE_REASONS = array( 'resolved', 'auto_closed', 'not_covered', 'quote_declined', 'by_customer' );

	/**
	 * Constructor; the repository calls from_row().
	 *
	 * @param int             $id                     Row ID, read through id().
	 * @param string          $reference              Public reference, e.g. WP24-000123.
	 * @param string          $subject                Subject.
	 * @param Ticket_Type     $type                   Kind of request.
	 * @param Ticket_Priority $priority               Normal or urgent.
	 * @param Ticket_Status   $status                 Current status.
	 * @param string          $coverage               COVERED or NOT_COVERED.
	 * @param string          $coverage_reason        Why the plan does not cover it.
	 * @param int             $customer_id            The customer's user ID, 0 for a guest; read through customer_id().
	 * @param string          $guest_email            A guest's address ('' for a customer).
	 * @param string          $guest_name             A guest's name.
	 * @param string          $guest_key_hash         Hash of the guest's key.
	 * @param string          $guest_key_seed         Seed the guest's key is derived from.
	 * @param string          $locale                 The customer's language when they wrote.
	 * @param int             $plan_id                Plan post ID, 0 without a plan.
	 * @param int             $entitlement_id         Entitlement ID, 0 without a plan.
	 * @param int             $assignee_id            Technician's user ID, 0 when unassigned.
	 * @param string          $service                Covered service chosen.
	 * @param string          $site_url               The customer's site.
	 * @param string          $consent_at             When the privacy notice was accepted.
	 * @param string          $consent_version        Version of the notice accepted.
	 * @param string          $channel                Where it was opened: Intake::CHANNEL_WEB or CHANNEL_EMAIL.
	 * @param ?string         $first_response_due     Answer-by time.
	 * @param ?string         $first_response_at      First staff answer.
	 * @param ?string         $last_customer_reply_at Last customer message.
	 * @param ?string         $last_staff_reply_at    Last staff message.
	 * @param string          $last_activity_at       Last change of any kind.
	 * @param ?string         $waiting_since          When it started waiting for the customer.
	 * @param ?string         $reminder_sent_at       When the auto-close reminder went out.
	 * @param string          $close_reason           One of CLOSE_REASONS, '' while open.
	 * @param ?string         $closed_at              When it was closed.
	 * @param int             $parent_id              The closed ticket a follow-up continues, 0 otherwise.
	 * @param string          $created_at             Opened.
	 * @param string          $updated_at             Last written.
	 */
	public function __construct(
		private readonly int $id,
		public readonly string $reference,
		public readonly string $subject,
		public readonly Ticket_Type $type,
		public readonly Ticket_Priority $priority,
		public readonly Ticket_Status $status,
		public readonly string $coverage,
		public readonly string $coverage_reason,
		private readonly int $customer_id,
		public readonly string $guest_email,
		public readonly string $guest_name,
		public readonly string $guest_key_hash,
		public readonly string $guest_key_seed,
		public readonly string $locale,
		public readonly int $plan_id,
		public readonly int $entitlement_id,
		public readonly int $assignee_id,
		public readonly string $service,
		public readonly string $site_url,
		public readonly string $consent_at,
		public readonly string $consent_version,
		public readonly string $channel,
		public readonly ?string $first_response_due,
		public readonly ?string $first_response_at,
		public readonly ?string $last_customer_reply_at,
		public readonly ?string $last_staff_reply_at,
		public readonly string $last_activity_at,
		public readonly ?string $waiting_since,
		public readonly ?string $reminder_sent_at,
		public readonly string $close_reason,
		public readonly ?string $closed_at,
		public readonly int $parent_id,
		public readonly string $created_at,
		public readonly string $updated_at,
	) {}

	/**
	 * A ticket from a tickets-table row as $wpdb returns it (every column a string or null).
	 *
	 * @param array<string, mixed> $row Database row.
	 */
	public static function from_row( array $row ): self {
		$text = static fn( string $column ): string => (string) ( $row[ $column ] ?? '' );
		$int  = static fn( string $column ): int => (int) ( $row[ $column ] ?? 0 );
		$time = static fn( string $column ): ?string => empty( $row[ $column ] ) ? null : (string) $row[ $column ];
		return new self(
			$int( 'id' ),
			$text( 'reference' ),
			$text( 'subject' ),
			Ticket_Type::from( $text( 'type' ) ),
			Ticket_Priority::from( $text( 'priority' ) ),
			Ticket_Status::from( $text( 'status' ) ),
			$text( 'coverage' ),
			$text( 'coverage_reason' ),
			$int( 'customer_id' ),
			$text( 'guest_email' ),
			$text( 'guest_name' ),
			$text( 'guest_key_hash' ),
			$text( 'guest_key_seed' ),
			$text( 'locale' ),
			$int( 'plan_id' ),
			$int( 'entitlement_id' ),
			$int( 'assignee_id' ),
			$text( 'service' ),
			$text( 'site_url' ),
			$text( 'consent_at' ),
			$text( 'consent_version' ),
			$text( 'channel' ),
			$time( 'first_response_due' ),
			$time( 'first_response_at' ),
			$time( 'last_customer_reply_at' ),
			$time( 'last_staff_reply_at' ),
			$text( 'last_activity_at' ),
			$time( 'waiting_since' ),
			$time( 'reminder_sent_at' ),
			$text( 'close_reason' ),
			$time( 'closed_at' ),
			$int( 'parent_id' ),
			$text( 'created_at' ),
			$text( 'updated_at' )
		);
	}

	/**
	 * Row ID.
	 */
	public function id(): int {
		return $this->id;
	}

	/**
	 * The customer's user ID, 0 for a guest.
	 */
	public function customer_id(): int {
		return $this->customer_id;
	}

	/**
	 * Whether the ticket was opened by a guest (no account).
	 */
	public function is_guest(): bool {
		return 0 === $this->customer_id;
	}

	/**
	 * A datetime column as UTC, or null.
	 *
	 * @param string $name Column.
	 * @throws \InvalidArgumentException When $name is not a datetime column.
	 */
	public function time( string $name ): ?DateTimeImmutable {
		$value = match ( $name ) {
			'consent_at'             => $this->consent_at,
			'first_response_due'     => $this->first_response_due,
			'first_response_at'      => $this->first_response_at,
			'last_customer_reply_at' => $this->last_customer_reply_at,
			'last_staff_reply_at'    => $this->last_staff_reply_at,
			'last_activity_at'       => $this->last_activity_at,
			'waiting_since'          => $this->waiting_since,
			'reminder_sent_at'       => $this->reminder_sent_at,
			'closed_at'              => $this->closed_at,
			'created_at'             => $this->created_at,
			'updated_at'             => $this->updated_at,
			default                  => throw new \InvalidArgumentException( 'Not a datetime column of a ticket.' ),
		};
		return null === $value || '' === $value ? null : new DateTimeImmutable( $value, new \DateTimeZone( 'UTC' ) );
	}
}
