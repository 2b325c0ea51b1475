<?php
/**
 * One claimed one-time event of an order line: a grant, a refund or an order change (R11).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * Built by Purchase_Event_Repository from its keyed log line; Purchase_Service reads which holding
 * a grant made, whether it was a renewal, and when it was paid (the refund window). Times are UTC.
 */
final class Purchase_Event {

	/**
	 * Constructor.
	 *
	 * @param string                 $event_key      Unique key (Purchase_Service::purchase_key()).
	 * @param int                    $entitlement_id The holding it applied to (0 while only claimed).
	 * @param string                 $event          What it was, e.g. `purchase`, `renewal`, `refund`, `refund_override`.
	 * @param int                    $order_id       WooCommerce order.
	 * @param int                    $order_item_id  Its order line.
	 * @param DateTimeImmutable|null $paid_at        When the order was paid, when known.
	 * @param DateTimeImmutable      $created_at     When it was claimed.
	 */
	public function __construct(
		public readonly string $event_key,
		public readonly int $entitlement_id,
		public readonly string $event,
		public readonly int $order_id,
		public readonly int $order_item_id,
		public readonly ?DateTimeImmutable $paid_at,
		public readonly DateTimeImmutable $created_at,
	) {}

	/**
	 * The event of a keyed database row.
	 *
	 * @param array<string, mixed> $row Row of the entitlement log table.
	 */
	public static function from_row( array $row ): self {
		$utc = new DateTimeZone( 'UTC' );
		return new self(
			(string) $row['event_key'],
			(int) $row['entitlement_id'],
			(string) $row['event'],
			(int) $row['order_id'],
			(int) $row['order_item_id'],
			empty( $row['paid_at'] ) ? null : new DateTimeImmutable( (string) $row['paid_at'], $utc ),
			empty( $row['created_at'] ) ? new DateTimeImmutable( '@0' ) : new DateTimeImmutable( (string) $row['created_at'], $utc ),
		);
	}

	/**
	 * Whether the line renewed a holding rather than bought a new one.
	 */
	public function is_renewal(): bool {
		return 'renewal' === $this->event;
	}
}
