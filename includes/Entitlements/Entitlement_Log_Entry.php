<?php
/**
 * One line of a plan holding's log, as stored (R11, R12).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * Built by Entitlement_Log_Repository from its row; the staff view of a holding
 * (Rest\Entitlements_Presenter) reads it. Times are UTC.
 */
final class Entitlement_Log_Entry {

	/**
	 * Constructor.
	 *
	 * @param int                    $id             Log line.
	 * @param int                    $entitlement_id The holding it is about.
	 * @param string                 $event          What happened, e.g. `purchase`, `renewal`, `refund`, `contact`.
	 * @param int                    $actor_id       Who did it (0 for the system or a guest).
	 * @param int                    $order_id       WooCommerce order behind it (0 for none).
	 * @param int                    $order_item_id  Its order line (0 for none).
	 * @param DateTimeImmutable|null $expires_before The holding's end before the change, when it moved.
	 * @param DateTimeImmutable|null $expires_after  The holding's end after the change, when it moved.
	 * @param string                 $channel        How a renewal contact was made ('' for other events).
	 * @param string                 $outcome        What the contact came to ('' for other events).
	 * @param string                 $note           Staff's or the system's words.
	 * @param DateTimeImmutable      $created_at     When it was logged.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $entitlement_id,
		public readonly string $event,
		public readonly int $actor_id,
		public readonly int $order_id,
		public readonly int $order_item_id,
		public readonly ?DateTimeImmutable $expires_before,
		public readonly ?DateTimeImmutable $expires_after,
		public readonly string $channel,
		public readonly string $outcome,
		public readonly string $note,
		public readonly DateTimeImmutable $created_at,
	) {}

	/**
	 * The log line of a database row.
	 *
	 * @param array<string, mixed> $row Row of the entitlement log table.
	 */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['entitlement_id'],
			(string) $row['event'],
			(int) $row['actor_id'],
			(int) $row['order_id'],
			(int) $row['order_item_id'],
			self::time( $row['expires_before'] ?? null ),
			self::time( $row['expires_after'] ?? null ),
			(string) $row['channel'],
			(string) $row['outcome'],
			(string) $row['note'],
			self::time( $row['created_at'] ) ?? new DateTimeImmutable( '@0' ),
		);
	}

	/**
	 * A stored UTC time, or null for none.
	 *
	 * @param mixed $stored Column value.
	 */
	private static function time( mixed $stored ): ?DateTimeImmutable {
		return empty( $stored ) ? null : new DateTimeImmutable( (string) $stored, new DateTimeZone( 'UTC' ) );
	}
}
