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
 *
 * The plan table's buy link (`?add-to-cart=`) is also answered with a redirect to the cart once
 * the plan is in it (Post/Redirect/Get): reloading the cart then adds nothing, and following the
 * link again with the plan already in the cart says so instead of WooCommerce's error.
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
		add_filter( 'woocommerce_add_to_cart_redirect', array( $this, 'redirect' ), 20, 2 );
		add_filter( 'woocommerce_add_to_cart_validation', array( $this, 'validate' ), 20, 2 );
	}

	/**
	 * After a plan is added, the cart's own address: a reload of that page adds nothing.
	 *
	 * @param mixed $url     Where WooCommerce would go (empty: stay on the same address).
	 * @param mixed $product The product just added, or null.
	 */
	public function redirect( $url, $product = null ): string {
		if ( is_object( $product ) && $this->filter( false, $product ) && function_exists( 'wc_get_cart_url' ) ) {
			return (string) wc_get_cart_url();
		}
		return is_string( $url ) ? $url : '';
	}

	/**
	 * A plan already in the cart is not added again: a notice says so (not WooCommerce's error).
	 *
	 * @param mixed $passed     Whether WooCommerce lets the product be added.
	 * @param mixed $product_id The product.
	 */
	public function validate( $passed, $product_id = 0 ): bool {
		// The Store API (REST) answers its own `readonly_quantity` error; this is for the buy link.
		$rest = defined( 'REST_REQUEST' ) && REST_REQUEST;
		if ( $rest || ! $passed || ! function_exists( 'WC' ) || null === WC()->cart || null === $this->plans->linked_to_product( (int) $product_id ) ) {
			return (bool) $passed;
		}
		foreach ( WC()->cart->get_cart() as $item ) {
			if ( (int) ( $item['product_id'] ?? 0 ) === (int) $product_id ) {
				if ( function_exists( 'wc_add_notice' ) ) {
					wc_add_notice( __( 'This plan is already in your cart: one is all you need.', 'wp24-helpdesk' ), 'notice' );
				}
				return false;
			}
		}
		return true;
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
