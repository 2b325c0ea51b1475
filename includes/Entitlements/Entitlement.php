<?php
/**
 * A plan held by a customer for a period.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateInterval;
use DateTimeImmutable;
use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * Immutable row of the entitlements table, times in UTC.
 */
final class Entitlement {

	public const ACTIVE    = 'active';
	public const EXPIRED   = 'expired';
	public const REFUNDED  = 'refunded';
	public const CANCELLED = 'cancelled';
	public const ON_HOLD   = 'on_hold';

	public const SOURCE_ORDER = 'order';
	public const SOURCE_STAFF = 'staff';

	/**
	 * Constructor.
	 *
	 * @param int                    $id            Row ID.
	 * @param int                    $user_id       Customer.
	 * @param int                    $plan_id       Plan post ID.
	 * @param string                 $source        `order` or `staff`.
	 * @param int                    $order_id      WooCommerce order that started it, or 0.
	 * @param int                    $order_item_id Order line item that started it, or 0.
	 * @param string                 $status        One of the status constants.
	 * @param DateTimeImmutable      $starts_at     Start of the period.
	 * @param DateTimeImmutable      $expires_at    End of the period (exclusive).
	 * @param DateTimeImmutable|null $paid_at       Payment of the order that started it.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $user_id,
		public readonly int $plan_id,
		public readonly string $source,
		public readonly int $order_id,
		public readonly int $order_item_id,
		public readonly string $status,
		public readonly DateTimeImmutable $starts_at,
		public readonly DateTimeImmutable $expires_at,
		public readonly ?DateTimeImmutable $paid_at,
	) {}

	/**
	 * Every status.
	 *
	 * @return string[]
	 */
	public static function statuses(): array {
		return array( self::ACTIVE, self::EXPIRED, self::REFUNDED, self::CANCELLED, self::ON_HOLD );
	}

	/**
	 * The moment a number of days later, in UTC: the end of a period that starts or is extended then.
	 *
	 * @param DateTimeImmutable $from Start.
	 * @param int               $days Days.
	 */
	public static function add_days( DateTimeImmutable $from, int $days ): DateTimeImmutable {
		return $from->setTimezone( new DateTimeZone( 'UTC' ) )->add( new DateInterval( 'P' . $days . 'D' ) );
	}
}
