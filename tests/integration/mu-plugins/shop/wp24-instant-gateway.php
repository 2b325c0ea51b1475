<?php
/**
 * Test-only payment gateway for the real WooCommerce: takes the payment at once and calls
 * `payment_complete()`, as card gateways do (the offline gateways WooCommerce ships never call it).
 * Loaded by ../wp24-shop.php once WooCommerce's gateway class exists; the fake knows the same ID.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

/**
 * The `wp24_instant` gateway.
 */
final class WP24_Instant_Gateway extends WC_Payment_Gateway {

	/**
	 * Always on, for every order.
	 */
	public function __construct() {
		$this->id                 = 'wp24_instant';
		$this->method_title       = 'Instant test payment';
		$this->title              = 'Instant test payment';
		$this->method_description = 'Test only: pays at once through payment_complete().';
		$this->enabled            = 'yes';
		$this->supports           = array( 'products' );
	}

	/**
	 * Pays the order.
	 *
	 * @param int $order_id Order.
	 * @return array{result: string, redirect: string}
	 */
	public function process_payment( $order_id ) {
		$order = wc_get_order( $order_id );
		$order->payment_complete( 'wp24-' . $order_id );
		return array(
			'result'   => 'success',
			'redirect' => $this->get_return_url( $order ),
		);
	}
}
