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
 * Immutable row of the tickets table; times in UTC.
 *
 * The columns read through __get, as $wpdb returns them (strings, or null for an empty time):
 *
 * @property-read string      $reference              Public reference, e.g. WP24-000123.
 * @property-read string      $subject                Subject.
 * @property-read string      $type                   One of the TYPE_* constants.
 * @property-read string      $priority               One of the PRIORITY_* constants.
 * @property-read string      $coverage               COVERED or NOT_COVERED.
 * @property-read string      $coverage_reason        Why the plan does not cover it.
 * @property-read string      $guest_email            A guest's address ('' for a customer).
 * @property-read string      $guest_name             A guest's name.
 * @property-read string      $guest_key_hash         Hash of the guest's key.
 * @property-read string      $guest_key_seed         Seed the guest's key is derived from.
 * @property-read string      $locale                 The customer's language when they wrote.
 * @property-read string      $plan_id                Plan post ID, '0' without a plan.
 * @property-read string      $entitlement_id         Entitlement ID, '0' without a plan.
 * @property-read string      $assignee_id            Technician's user ID, '0' when unassigned.
 * @property-read string      $service                Covered service chosen.
 * @property-read string      $site_url               The customer's site.
 * @property-read string      $consent_at             When the privacy notice was accepted.
 * @property-read string      $consent_version        Version of the notice accepted.
 * @property-read string      $channel                Where it was opened: Intake::CHANNEL_WEB or CHANNEL_EMAIL.
 * @property-read string|null $first_response_due     Answer-by time.
 * @property-read string|null $first_response_at      First staff answer.
 * @property-read string|null $last_customer_reply_at Last customer message.
 * @property-read string|null $last_staff_reply_at    Last staff message.
 * @property-read string      $last_activity_at       Last change of any kind.
 * @property-read string|null $waiting_since          When it started waiting for the customer.
 * @property-read string|null $reminder_sent_at       When the auto-close reminder went out.
 * @property-read string      $close_reason           One of CLOSE_REASONS, '' while open.
 * @property-read string|null $closed_at              When it was closed.
 * @property-read string      $parent_id              The closed ticket a follow-up continues, '0' otherwise.
 * @property-read string      $created_at             Opened.
 * @property-read string      $updated_at             Last written.
 */
final class Ticket {

	public const TYPE_SUPPORT  = 'support';
	public const TYPE_OPINION  = 'opinion-before-change';
	public const TYPE_ONE_SHOT = 'one-shot';
	public const TYPE_REFUND   = 'refund-request';

	public const PRIORITY_NORMAL = 'normal';
	public const PRIORITY_URGENT = 'urgent';

	public const STATUS_NEW        = 'new';
	public const STATUS_OPEN       = 'open';
	public const STATUS_WAITING    = 'waiting_customer';
	public const STATUS_QUOTE_SENT = 'quote_sent';
	public const STATUS_CLOSED     = 'closed';

	public const COVERED     = 'covered';
	public const NOT_COVERED = 'not_covered';

	public const CLOSE_REASONS = array( 'resolved', 'auto_closed', 'not_covered', 'quote_declined', 'by_customer' );

	/**
	 * Constructor.
	 *
	 * @param array<string, mixed> $row Database row.
	 */
	public function __construct( private array $row ) {}

	/**
	 * A column value.
	 *
	 * @param string $name Column.
	 * @return mixed
	 */
	public function __get( string $name ) {
		return $this->row[ $name ] ?? null;
	}

	/**
	 * Row ID.
	 */
	public function id(): int {
		return (int) $this->row['id'];
	}

	/**
	 * Current status.
	 */
	public function status(): string {
		return (string) $this->row['status'];
	}

	/**
	 * The customer's user ID, 0 for a guest.
	 */
	public function customer_id(): int {
		return (int) $this->row['customer_id'];
	}

	/**
	 * Whether the ticket was opened by a guest (no account).
	 */
	public function is_guest(): bool {
		return 0 === $this->customer_id();
	}

	/**
	 * A datetime column as UTC, or null.
	 *
	 * @param string $name Column.
	 */
	public function time( string $name ): ?DateTimeImmutable {
		$value = $this->row[ $name ] ?? null;
		return empty( $value ) ? null : new DateTimeImmutable( (string) $value, new \DateTimeZone( 'UTC' ) );
	}

	/**
	 * Every ticket type.
	 *
	 * @return string[]
	 */
	public static function types(): array {
		return array( self::TYPE_SUPPORT, self::TYPE_OPINION, self::TYPE_ONE_SHOT, self::TYPE_REFUND );
	}

	/**
	 * Every ticket status.
	 *
	 * @return string[]
	 */
	public static function statuses(): array {
		return array( self::STATUS_NEW, self::STATUS_OPEN, self::STATUS_WAITING, self::STATUS_QUOTE_SENT, self::STATUS_CLOSED );
	}

	/**
	 * Every status but closed: queries name them (`status IN (...)`) rather than `status <> closed`,
	 * so MySQL reads them through the status indexes instead of scanning three years of closed tickets.
	 *
	 * @return string[]
	 */
	public static function open_statuses(): array {
		return array_values( array_diff( self::statuses(), array( self::STATUS_CLOSED ) ) );
	}
}
