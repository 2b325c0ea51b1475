<?php
/**
 * Test-only must-use plugin: drives a shop through WooCommerce's public API only, so the same
 * test code runs against the real WooCommerce (`npm run test:woocommerce`) and against the fake
 * (fakes/woocommerce.php), and records what WooCommerce did as a contract trace.
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

// phpcs:disable Generic.Files.OneObjectStructurePerFile -- one test driver.

/**
 * Shop actions as a shop owner, a customer or a gateway performs them, through WooCommerce's API.
 */
final class WP24_Shop {

	/** The hooks a trace records: every order status, payment and refund action. */
	public const TRACED = '/^woocommerce_(order_status_|payment_complete|pre_payment_complete|order_refunded$|refund_created$|order_fully_refunded$|order_partially_refunded$|new_order$)/';

	/**
	 * Creates a published virtual product (a plan sold as a service) and returns its ID.
	 *
	 * @param string $name         Name.
	 * @param string $price        Price.
	 * @param bool   $downloadable Virtual and downloadable: WooCommerce then needs no processing.
	 */
	public static function product( string $name, string $price, bool $downloadable = false ): int {
		$product = new WC_Product_Simple();
		$product->set_name( $name );
		$product->set_regular_price( $price );
		$product->set_virtual( true );
		$product->set_downloadable( $downloadable );
		$product->set_status( 'publish' );
		return (int) $product->save();
	}

	/**
	 * An order made by the shop in wp-admin (or by a test), pending, with product lines.
	 *
	 * @param int                   $customer_id Customer, 0 for a guest.
	 * @param array<int, int[]>     $lines       [ product ID, quantity ].
	 * @param array<string, string> $billing     email, payment_method.
	 */
	public static function order( int $customer_id, array $lines, array $billing = array() ): WC_Order {
		$order = wc_create_order( array( 'customer_id' => $customer_id ) );
		foreach ( $lines as $line ) {
			$order->add_product( wc_get_product( $line[0] ), $line[1] ?? 1 );
		}
		$email = $billing['email'] ?? ( $customer_id ? get_userdata( $customer_id )->user_email : 'guest@example.test' );
		$order->set_billing_email( $email );
		$order->set_payment_method( $billing['payment_method'] ?? 'bacs' );
		$order->calculate_totals( false );
		$order->save();
		return wc_get_order( $order->get_id() );
	}

	/**
	 * The order as WooCommerce reports it, for traces and assertions.
	 *
	 * @param int $order_id Order.
	 * @return array<string, mixed>
	 */
	public static function state( int $order_id ): array {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof WC_Order ) {
			return array( 'exists' => false );
		}
		return array(
			'status'        => $order->get_status(),
			'paid_date'     => null !== $order->get_date_paid(),
			'is_paid'       => $order->is_paid(),
			'needs_payment' => $order->needs_payment(),
			'total'         => wc_format_decimal( $order->get_total(), 2 ),
			'refunded'      => wc_format_decimal( $order->get_total_refunded(), 2 ),
			'currency'      => $order->get_currency(),
		);
	}

	/**
	 * Starts recording traced hooks (in this and later requests) from an empty trace.
	 */
	public static function trace_start(): void {
		update_option( 'wp24hd_test_trace', array(), false );
		WP24_Shop_Trace::listen();
	}

	/**
	 * The hooks recorded since trace_start(), and stops recording.
	 *
	 * @return array<int, array{hook: string, args: string[]}>
	 */
	public static function trace_stop(): array {
		WP24_Shop_Trace::flush();
		$events = get_option( 'wp24hd_test_trace', array() );
		delete_option( 'wp24hd_test_trace' );
		return is_array( $events ) ? $events : array();
	}
}

/**
 * Records the traced actions of one request and appends them to the trace at its end.
 */
final class WP24_Shop_Trace {

	/** @var array<int, array{hook: string, args: string[]}> */
	private static array $events = array();

	/** @var array<string, int> How often each action had run, to tell actions from filters. */
	private static array $seen = array();

	private static bool $listening = false;

	/**
	 * Listens to every hook while a trace is on.
	 */
	public static function listen(): void {
		if ( self::$listening || false === get_option( 'wp24hd_test_trace', false ) ) {
			return;
		}
		self::$listening = true;
		add_action( 'all', array( self::class, 'record' ), 10, 99 );
		register_shutdown_function( array( self::class, 'flush' ) );
	}

	/**
	 * Records one traced action with the types of its arguments.
	 *
	 * @param mixed ...$args Hook name, then its arguments.
	 */
	public static function record( ...$args ): void {
		$hook = (string) array_shift( $args );
		if ( ! preg_match( WP24_Shop::TRACED, $hook ) ) {
			return;
		}
		// do_action() counts a run before the `all` hook sees it; apply_filters() does not.
		$runs = did_action( $hook );
		if ( $runs <= ( self::$seen[ $hook ] ?? 0 ) ) {
			return;
		}
		self::$seen[ $hook ] = $runs;
		self::$events[]      = array(
			'hook' => $hook,
			'args' => array_map( array( self::class, 'type' ), $args ),
		);
	}

	/**
	 * The type of an argument, with WooCommerce's classes named by the class they extend.
	 *
	 * @param mixed $value Argument.
	 */
	public static function type( $value ): string {
		if ( $value instanceof WC_Order_Refund ) {
			return 'WC_Order_Refund';
		}
		if ( $value instanceof WC_Order ) {
			return 'WC_Order';
		}
		return is_object( $value ) ? get_class( $value ) : gettype( $value );
	}

	/**
	 * Appends this request's events to the stored trace.
	 */
	public static function flush(): void {
		if ( array() === self::$events ) {
			return;
		}
		$stored = get_option( 'wp24hd_test_trace', array() );
		update_option( 'wp24hd_test_trace', array_merge( is_array( $stored ) ? $stored : array(), self::$events ), false );
		self::$events = array();
	}
}

WP24_Shop_Trace::listen();

// The real WooCommerce gets a gateway that calls payment_complete(), as card gateways do.
add_filter(
	'woocommerce_payment_gateways',
	static function ( $gateways ) {
		if ( class_exists( 'WC_Payment_Gateway' ) ) {
			require_once __DIR__ . '/shop/wp24-instant-gateway.php';
			$gateways[] = 'WP24_Instant_Gateway';
		}
		return $gateways;
	}
);
