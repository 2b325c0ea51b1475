<?php
/**
 * One product line of a WooCommerce order, as plain values.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

defined( 'ABSPATH' ) || exit;

/**
 * Amounts as WooCommerce reports them; refunded amount and quantity as positive numbers.
 */
final class Order_Line {

	/**
	 * Constructor.
	 *
	 * @param int   $item_id            Order item ID (one grant per item).
	 * @param int   $product_id         Product.
	 * @param int   $variation_id       Variation, or 0.
	 * @param int   $quantity           Quantity bought.
	 * @param float $total              Line total after discounts, before tax.
	 * @param float $refunded_total     Amount refunded on this line.
	 * @param int   $refunded_quantity  Quantity refunded on this line.
	 */
	public function __construct(
		public readonly int $item_id,
		public readonly int $product_id,
		public readonly int $variation_id,
		public readonly int $quantity,
		public readonly float $total,
		public readonly float $refunded_total,
		public readonly int $refunded_quantity,
	) {}

	/**
	 * Whether the whole line was refunded (by amount, or by quantity for a free line).
	 */
	public function fully_refunded(): bool {
		if ( $this->total > 0 ) {
			return $this->refunded_total >= $this->total - 0.005;
		}
		return $this->quantity > 0 && $this->refunded_quantity >= $this->quantity;
	}
}
