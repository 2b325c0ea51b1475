<?php
/**
 * Plan products are sold one at a time: one order buys one period (R10).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Plans\Plan_Post_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Through WooCommerce's own `woocommerce_is_sold_individually` filter, for every product a plan
 * links, whatever its "Sold individually" box says: the cart then holds one unit, and adding it
 * again (reloading the plan table's buy link, say) leaves that one unit. A renewal is another order.
 */
final class Sold_Individually {

	/**
	 * Constructor.
	 *
	 * @param Plan_Post_Type $plans Which products sell plans.
	 */
	public function __construct( private Plan_Post_Type $plans ) {}

	/**
	 * Adds the filter.
	 */
	public function register(): void {
		add_filter( 'woocommerce_is_sold_individually', array( $this, 'filter' ), 20, 2 );
	}

	/**
	 * True for a product (or a variation of one) that sells a plan.
	 *
	 * @param mixed $individually WooCommerce's value.
	 * @param mixed $product      The product.
	 */
	public function filter( $individually, $product ): bool {
		if ( $individually || ! is_object( $product ) || ! method_exists( $product, 'get_id' ) ) {
			return (bool) $individually;
		}
		$parent = method_exists( $product, 'get_parent_id' ) ? (int) $product->get_parent_id() : 0;
		return null !== $this->plans->linked_to_product( (int) $product->get_id(), $parent );
	}
}
