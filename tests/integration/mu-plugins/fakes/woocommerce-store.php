<?php
/**
 * FAKE WooCommerce for tests — the storefront part: the gateways, the Store API's cart and checkout
 * routes, and the order-pay page, doing to orders what WooCommerce 11 does (see the traces
 * store-*.json and order-pay-*.json in tests/integration/commerce/traces/):
 *
 * - Store API checkout makes a `checkout-draft` order from the cart, moves it to pending with the
 *   chosen payment method, then runs the gateway.
 * - Cash on delivery: Processing (On hold with a downloadable item); its payment-complete status is
 *   Completed, so WooCommerce sets no paid date at Processing. Bank transfer and cheque: On hold.
 *   A free order, and the test gateway `wp24_instant`, call `payment_complete()`.
 * - A product sold individually cannot be added to a cart that holds it (`readonly_quantity`).
 *
 * Loaded by fakes/woocommerce.php.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

// phpcs:disable Squiz.Commenting -- part of the fake documented above.

/**
 * Runs a gateway's process_payment() on an order, as WooCommerce's gateways do.
 *
 * @param WC_Order $order   Order.
 * @param string   $gateway Payment method ID.
 */
function wp24_fake_wc_process_payment( WC_Order $order, string $gateway ): void {
	if ( 'wp24_instant' === $gateway || $order->get_total() <= 0 ) {
		$order->payment_complete( 'wp24_instant' === $gateway ? 'wp24-' . $order->get_id() : '' );
		return;
	}
	if ( 'cod' === $gateway ) {
		$order->update_status( $order->has_downloadable_item() ? 'on-hold' : 'processing', 'Payment to be made upon delivery.' );
		return;
	}
	$order->update_status( 'on-hold', 'Awaiting payment.' );
}

/** The gateways the fake shop has on. */
const WP24_FAKE_WC_GATEWAYS = array( 'cod', 'bacs', 'cheque', 'wp24_instant' );

// Cash on delivery counts as paid only once completed (WC_Gateway_COD::change_payment_complete_order_status).
add_filter(
	'woocommerce_payment_complete_order_status',
	static fn( $status, $order_id = 0, $order = false ) => $order && 'cod' === $order->get_payment_method() ? 'completed' : $status,
	10,
	3
);

/**
 * The cart of a Store API token.
 *
 * @param string $token Cart-Token.
 * @return array<int, int> Units by product.
 */
function wp24_fake_wc_cart( string $token ): array {
	return (array) ( get_option( 'wp24hd_fake_wc_carts', array() )[ $token ] ?? array() );
}

/**
 * Stores a cart.
 *
 * @param string          $token Cart-Token.
 * @param array<int, int> $cart  Units by product.
 */
function wp24_fake_wc_save_cart( string $token, array $cart ): void {
	$carts           = (array) get_option( 'wp24hd_fake_wc_carts', array() );
	$carts[ $token ] = $cart;
	update_option( 'wp24hd_fake_wc_carts', $carts, false );
}

/**
 * A Store API answer with the cart and the headers the block checkout reads.
 *
 * @param string $token  Cart-Token.
 * @param int    $status HTTP status.
 */
function wp24_fake_wc_cart_response( string $token, int $status = 200 ): WP_REST_Response {
	$items = array();
	foreach ( wp24_fake_wc_cart( $token ) as $id => $quantity ) {
		$items[] = array(
			'id'       => (int) $id,
			'quantity' => $quantity,
		);
	}
	$response = new WP_REST_Response( array( 'items' => $items ), $status );
	$response->header( 'Nonce', wp_create_nonce( 'wc_store_api' ) );
	$response->header( 'Cart-Token', $token );
	return $response;
}

add_action(
	'rest_api_init',
	static function () {
		$token = static fn( WP_REST_Request $request ) => (string) ( $request->get_header( 'cart_token' ) ?: wp_generate_password( 24, false ) );
		$nonce = static fn( WP_REST_Request $request ) => false !== wp_verify_nonce( (string) $request->get_header( 'nonce' ), 'wc_store_api' );
		// Public, as WooCommerce's Store API is: the cart belongs to its token.
		register_rest_route(
			'wc/store/v1',
			'/cart',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => static fn( WP_REST_Request $request ) => wp24_fake_wc_cart_response( $token( $request ) ),
			)
		);
		register_rest_route(
			'wc/store/v1',
			'/cart/add-item',
			array(
				'methods'             => 'POST',
				'permission_callback' => $nonce,
				'callback'            => static function ( WP_REST_Request $request ) use ( $token ) {
					$key     = $token( $request );
					$product = wc_get_product( (int) $request['id'] );
					if ( ! $product ) {
						return new WP_Error( 'woocommerce_rest_cart_invalid_product', 'This product cannot be added to the cart.', array( 'status' => 400 ) );
					}
					$cart = wp24_fake_wc_cart( $key );
					$id   = $product->get_id();
					if ( $product->is_sold_individually() ) {
						if ( isset( $cart[ $id ] ) ) {
							return new WP_Error( 'readonly_quantity', sprintf( 'The quantity of &quot;%s&quot; cannot be changed', $product->get_name() ), array( 'status' => 400 ) );
						}
						$cart[ $id ] = 1;
					} else {
						$cart[ $id ] = ( $cart[ $id ] ?? 0 ) + max( 1, (int) $request['quantity'] );
					}
					wp24_fake_wc_save_cart( $key, $cart );
					return wp24_fake_wc_cart_response( $key, 201 );
				},
			)
		);
		register_rest_route(
			'wc/store/v1',
			'/checkout',
			array(
				'methods'             => 'POST',
				'permission_callback' => $nonce,
				'callback'            => static function ( WP_REST_Request $request ) use ( $token ) {
					$key     = $token( $request );
					$gateway = (string) $request['payment_method'];
					$cart    = wp24_fake_wc_cart( $key );
					if ( ! in_array( $gateway, WP24_FAKE_WC_GATEWAYS, true ) || array() === $cart ) {
						return new WP_Error( 'woocommerce_rest_checkout_invalid_payment_method', 'The selected payment method is not available.', array( 'status' => 400 ) );
					}
					$order = new WC_Order();
					$order->set_customer_id( get_current_user_id() );
					foreach ( $cart as $id => $quantity ) {
						$order->add_product( wc_get_product( $id ), $quantity );
					}
					$order->set_billing_email( (string) ( $request['billing_address']['email'] ?? '' ) );
					$order->set_status( 'checkout-draft' );
					$order->calculate_totals( false );
					$order->save();
					$order->set_payment_method( $gateway );
					$order->set_status( 'pending' );
					$order->save();
					wp24_fake_wc_process_payment( $order, $gateway );
					wp24_fake_wc_save_cart( $key, array() );
					$order = wc_get_order( $order->get_id() );
					return new WP_REST_Response(
						array(
							'order_id' => $order->get_id(),
							'status'   => $order->get_status(),
						),
						200
					);
				},
			)
		);
	}
);

// The order-pay page: a form with the pay nonce, and its POST pays the order with a gateway.
add_action(
	'init',
	static function () {
		$path = (string) wp_parse_url( (string) ( $_SERVER['REQUEST_URI'] ?? '' ), PHP_URL_PATH ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- compared with a pattern only.
		if ( ! preg_match( '#/checkout/order-pay/(\d+)/?$#', $path, $match ) ) {
			return;
		}
		$order = wc_get_order( (int) $match[1] );
		// phpcs:ignore WordPress.Security.NonceVerification -- the key is the check, as in WooCommerce.
		if ( ! $order || ! hash_equals( (string) $order->get_order_key(), (string) ( $_GET['key'] ?? '' ) ) || get_current_user_id() !== (int) $order->get_customer_id() ) {
			status_header( 404 );
			exit;
		}
		if ( isset( $_POST['woocommerce_pay'] ) && $order->needs_payment() && wp_verify_nonce( (string) ( $_POST['woocommerce-pay-nonce'] ?? '' ), 'woocommerce-pay' ) ) {
			$gateway = sanitize_key( (string) ( $_POST['payment_method'] ?? '' ) );
			if ( in_array( $gateway, WP24_FAKE_WC_GATEWAYS, true ) ) {
				$order->set_payment_method( $gateway );
				$order->save();
				wp24_fake_wc_process_payment( $order, $gateway );
				wp_safe_redirect( home_url( '/checkout/order-received/' . $order->get_id() . '/' ) );
				exit;
			}
		}
		status_header( 200 );
		echo '<form method="post">';
		wp_nonce_field( 'woocommerce-pay', 'woocommerce-pay-nonce' );
		echo '<input type="hidden" name="woocommerce_pay" value="1" /></form>';
		exit;
	}
);
