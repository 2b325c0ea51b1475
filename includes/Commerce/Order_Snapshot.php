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

	/** Statuses of a paid order (WooCommerce's `wc_get_is_paid_statuses()` defaults). */
	public const PAID_STATUSES = array( 'processing', 'completed' );

	/**
	 * @param int                    $order_id      Order.
	 * @param int                    $customer_id   Customer account, 0 for a guest order.
	 * @param string                 $billing_email Billing email.
	 * @param string                 $status        Status without the `wc-` prefix.
	 * @param DateTimeImmutable|null $paid_at       When it was paid (UTC), null when unpaid.
	 * @param int                    $quote_id      Helpdesk quote the order pays, or 0.
	 * @param Order_Line[]           $lines         Product lines.
	 */
	public function __construct(
		public readonly int $order_id,
		public readonly int $customer_id,
		public readonly string $billing_email,
		public readonly string $status,
		public readonly ?DateTimeImmutable $paid_at,
		public readonly int $quote_id,
		public readonly array $lines,
	) {}

	/**
	 * Whether the order is paid: a payment date and a paid status (cancelled and failed never are).
	 */
	public function is_paid(): bool {
		return null !== $this->paid_at && in_array( $this->status, self::PAID_STATUSES, true );
	}
}
