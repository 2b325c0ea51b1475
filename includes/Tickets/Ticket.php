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
 */
final class Ticket {

	public const TYPE_SUPPORT = 'support';
	public const TYPE_OPINION = 'opinion-before-change';
	public const TYPE_ONE_SHOT = 'one-shot';
	public const TYPE_REFUND = 'refund-request';

	public const PRIORITY_NORMAL = 'normal';
	public const PRIORITY_URGENT = 'urgent';

	public const STATUS_NEW = 'new';
	public const STATUS_OPEN = 'open';
	public const STATUS_WAITING = 'waiting_customer';
	public const STATUS_QUOTE_SENT = 'quote_sent';
	public const STATUS_CLOSED = 'closed';

	public const COVERED = 'covered';
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
	 * Every column.
	 *
	 * @return array<string, mixed>
	 */
	public function to_array(): array {
		return $this->row;
	}

	/**
	 * @return string[]
	 */
	public static function types(): array {
		return array( self::TYPE_SUPPORT, self::TYPE_OPINION, self::TYPE_ONE_SHOT, self::TYPE_REFUND );
	}

	/**
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
