<?php
/**
 * What the helpdesk needs to know about a WooCommerce order, free of WooCommerce objects.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use DateTimeImmutable;

defined( 'ABSPATH' ) || exit;

/**
 * Built by Order_Reader; the rules in Plan_Purchases and Quote_Payments read only this.
 */
final class Order_Snapshot {

	/**
	 * Constructor.
	 *
	 * @param int                    $order_id      Order.
	 * @param int                    $customer_id   Customer account, 0 for a guest order.
	 * @param string                 $billing_email Billing email.
	 * @param string                 $status        Status without the `wc-` prefix.
	 * @param bool                   $paid          WooCommerce's own verdict (`WC_Order::is_paid()`:
	 *                                              a status in the filterable `wc_get_is_paid_statuses()`).
	 * @param DateTimeImmutable|null $paid_at       When it was paid (UTC): WooCommerce's paid date, or,
	 *                                              for an order WooCommerce counts as paid without one,
	 *                                              its completion date or the moment it was read.
	 * @param int                    $quote_id      Helpdesk quote the order pays, or 0.
	 * @param Order_Line[]           $lines         Product lines.
	 */
	public function __construct(
		public readonly int $order_id,
		public readonly int $customer_id,
		public readonly string $billing_email,
		public readonly string $status,
		public readonly bool $paid,
		public readonly ?DateTimeImmutable $paid_at,
		public readonly int $quote_id,
		public readonly array $lines,
	) {}

	/**
	 * Whether WooCommerce counts the order as paid (cancelled, failed and refunded never are).
	 */
	public function is_paid(): bool {
		return $this->paid && null !== $this->paid_at;
	}
}
