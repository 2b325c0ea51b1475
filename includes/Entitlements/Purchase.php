<?php
/**
 * A paid order line for a plan, as plain values (the WooCommerce adapter builds these).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;

defined( 'ABSPATH' ) || exit;

/**
 * What the entitlement rules need to know about a purchase, free of WooCommerce objects.
 */
final class Purchase {

	/**
	 * Constructor.
	 *
	 * @param int               $user_id       Customer.
	 * @param int               $plan_id       Plan bought.
	 * @param int               $order_id      Order.
	 * @param int               $order_item_id Line item (one grant per item).
	 * @param DateTimeImmutable $paid_at       Payment date: the period starts here (R10).
	 * @param string            $email         Billing email: for a guest order (user 0), the account
	 *                                         that later registers with it claims the plan.
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly int $plan_id,
		public readonly int $order_id,
		public readonly int $order_item_id,
		public readonly DateTimeImmutable $paid_at,
		public readonly string $email = '',
	) {}
}
