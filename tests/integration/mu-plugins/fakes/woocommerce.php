<?php
/**
 * FAKE WooCommerce for tests — not WooCommerce.
 *
 * WooCommerce cannot be installed in CI (it is neither on npm nor in Debian), so there the plugin's
 * thin adapters (includes/Commerce/) run against this fake. It models WooCommerce 11's order state
 * machine, not the plugin's wishes, and declares only the functions, classes and methods that the
 * adapters and the test driver (../wp24-shop.php) call, with WooCommerce's names and signatures:
 *
 * - `payment_complete()` works from pending, on-hold, failed and cancelled: it sets the paid date
 *   (once) and moves to processing, or to completed when the order needs no processing (only
 *   virtual downloadable products, or no product at all); otherwise it only fires
 *   `woocommerce_payment_complete_order_status_{status}`.
 * - A status set by hand (`set_status()`, `update_status()`) sets the paid date only on reaching
 *   the status a payment would have set, or completed past processing (`maybe_set_date_paid()`).
 * - Status hooks fire on save: `woocommerce_order_status_{to}`, `…_{from}_to_{to}`,
 *   `woocommerce_order_status_changed`.
 * - `needs_payment()` is pending or failed with a total above zero; `is_paid()` reads the
 *   filterable `wc_get_is_paid_statuses()`.
 * - `set_currency()` throws WC_Data_Exception for a code `get_woocommerce_currencies()` lacks.
 * - `wc_create_refund()` checks the amount, records negative lines, fires
 *   `woocommerce_order_partially_refunded` or `woocommerce_order_fully_refunded` (then moves the
 *   order to refunded), `woocommerce_refund_created` and `woocommerce_order_refunded`, with IDs.
 * - Saving a new order fails, as a database error makes WooCommerce's data store throw, when the
 *   option `wp24hd_fake_wc_fail_create` is set: `save()` throws and `wc_create_order()` answers a
 *   WP_Error, as WooCommerce's does.
 *
 * The storefront (gateways, Store API cart and checkout, the order-pay page) is in
 * woocommerce-store.php.
 *
 * tests/integration/commerce/contract.test.ts replays the traces recorded on the real WooCommerce
 * (tests/integration/commerce/traces/) against this fake and fails on any difference. Orders live in
 * the option `wp24hd_fake_wc_orders`, products in `wp24hd_fake_wc_products`.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

// phpcs:disable Generic.Files.OneObjectStructurePerFile, Squiz.Commenting -- one fake, documented above.

/**
 * Storage and ID counter of the fake.
 */
final class WP24_Fake_WooCommerce {

	/**
	 * A stored record.
	 *
	 * @param string $kind orders or products.
	 * @param int    $id   ID.
	 * @return array<string, mixed>|null
	 */
	public static function load( string $kind, int $id ): ?array {
		return self::all( $kind )[ $id ] ?? null;
	}

	/**
	 * Stores a record.
	 *
	 * @param string               $kind orders or products.
	 * @param int                  $id   ID.
	 * @param array<string, mixed> $data Data.
	 */
	public static function store( string $kind, int $id, ?array $data ): void {
		$all = self::all( $kind );
		if ( null === $data ) {
			unset( $all[ $id ] );
		} else {
			$all[ $id ] = $data;
		}
		update_option( 'wp24hd_fake_wc_' . $kind, $all, false );
	}

	/**
	 * Every stored record of a kind.
	 *
	 * @param string $kind orders or products.
	 * @return array<int, array<string, mixed>>
	 */
	public static function all( string $kind = 'orders' ): array {
		return (array) get_option( 'wp24hd_fake_wc_' . $kind, array() );
	}

	/**
	 * IDs for orders, refunds, items and products, from one counter as in WordPress's posts table.
	 */
	public static function next_id(): int {
		$id = (int) get_option( 'wp24hd_fake_wc_next_id', 5000 ) + 1;
		update_option( 'wp24hd_fake_wc_next_id', $id, false );
		return $id;
	}
}

class WC_Data_Exception extends Exception {
	public function __construct( protected string $error_code, string $message, protected int $http_status_code = 400, protected array $error_data = array() ) {
		parent::__construct( $message, $http_status_code );
	}
	public function getErrorCode() {
		return $this->error_code;
	}
}

class WC_DateTime extends DateTime {}

class WC_Product {
	protected int $id = 0;
	protected array $data = array(
		'name'              => '',
		'regular_price'     => '',
		'virtual'           => false,
		'downloadable'      => false,
		'status'            => 'publish',
		'sold_individually' => false,
	);
	public function __construct( $product = 0 ) {
		$stored = is_numeric( $product ) && $product > 0 ? WP24_Fake_WooCommerce::load( 'products', (int) $product ) : null;
		if ( null !== $stored ) {
			$this->id   = (int) $product;
			$this->data = $stored;
		}
	}
	public function get_id() {
		return $this->id;
	}
	public function get_parent_id( $context = 'view' ) {
		return 0;
	}
	public function get_name( $context = 'view' ) {
		return $this->data['name'];
	}
	public function set_name( $name ) {
		$this->data['name'] = $name;
	}
	public function set_regular_price( $price ) {
		$this->data['regular_price'] = wc_format_decimal( $price );
	}
	public function get_price( $context = 'view' ) {
		return $this->data['regular_price'];
	}
	public function set_virtual( $virtual ) {
		$this->data['virtual'] = (bool) $virtual;
	}
	public function is_virtual() {
		return $this->data['virtual'];
	}
	public function set_downloadable( $downloadable ) {
		$this->data['downloadable'] = (bool) $downloadable;
	}
	public function is_downloadable() {
		return $this->data['downloadable'];
	}
	public function set_status( $status ) {
		$this->data['status'] = $status;
	}
	public function set_sold_individually( $sold_individually ) {
		$this->data['sold_individually'] = (bool) $sold_individually;
	}
	public function get_sold_individually( $context = 'view' ) {
		return $this->data['sold_individually'];
	}
	public function is_sold_individually() {
		return (bool) apply_filters( 'woocommerce_is_sold_individually', $this->data['sold_individually'], $this );
	}
	public function is_type( $type ) {
		return in_array( 'simple', (array) $type, true );
	}
	public function save() {
		if ( 0 === $this->id ) {
			$this->id = WP24_Fake_WooCommerce::next_id();
		}
		WP24_Fake_WooCommerce::store( 'products', $this->id, $this->data );
		return $this->id;
	}
}

class WC_Product_Simple extends WC_Product {}

class WC_Order_Item_Product {
	public function __construct( private int $id, public array $data ) {}
	public function get_id() {
		return $this->id;
	}
	public function get_name( $context = 'view' ) {
		return $this->data['name'];
	}
	public function get_product_id( $context = 'view' ) {
		return $this->data['product_id'];
	}
	public function get_variation_id( $context = 'view' ) {
		return $this->data['variation_id'];
	}
	public function get_quantity( $context = 'view' ) {
		return $this->data['quantity'];
	}
	public function get_total( $context = 'view' ) {
		return $this->data['total'];
	}
	public function get_product() {
		return wc_get_product( $this->data['product_id'] );
	}
	public function is_type( $type ) {
		return in_array( 'line_item', (array) $type, true );
	}
}

class WC_Order_Item_Fee {
	public array $data = array(
		'type'  => 'fee',
		'name'  => '',
		'total' => '0',
	);
	public function set_name( $name ) {
		$this->data['name'] = $name;
	}
	public function set_amount( $amount ) {
		$this->data['amount'] = $amount;
	}
	public function set_total( $total ) {
		$this->data['total'] = wc_format_decimal( $total );
	}
	public function set_tax_status( $status ) {
		$this->data['tax_status'] = $status;
	}
	public function get_total( $context = 'view' ) {
		return $this->data['total'];
	}
	public function get_name( $context = 'view' ) {
		return $this->data['name'];
	}
}

class WC_Order_Refund {
	public function __construct( private int $id, private array $data ) {}
	public function get_id() {
		return $this->id;
	}
	public function get_amount( $context = 'view' ) {
		return $this->data['amount'];
	}
	public function get_parent_id( $context = 'view' ) {
		return $this->data['parent_id'];
	}
}

class WC_Order {
	private array $transition = array();
	private int $id;
	private array $data;

	public function __construct( $order = 0 ) {
		$stored     = is_numeric( $order ) && $order > 0 ? WP24_Fake_WooCommerce::load( 'orders', (int) $order ) : null;
		$this->id   = null === $stored ? 0 : (int) $order;
		$this->data = $stored ?? array(
			'customer_id'    => 0,
			'billing_email'  => '',
			'status'         => 'pending',
			'currency'       => get_option( 'woocommerce_currency', 'EUR' ),
			'payment_method' => '',
			'order_key'      => '',
			'date_paid'      => null,
			'date_completed' => null,
			'total'          => '0.00',
			'meta'           => array(),
			'items'          => array(),
			'refunds'        => array(),
			'notes'          => array(),
		);
	}

	public function get_id() {
		return $this->id;
	}
	public function get_order_key( $context = 'view' ) {
		return $this->data['order_key'];
	}
	public function get_customer_id( $context = 'view' ) {
		return $this->data['customer_id'];
	}
	public function set_customer_id( $id ) {
		$this->data['customer_id'] = (int) $id;
	}
	public function get_billing_email( $context = 'view' ) {
		return $this->data['billing_email'];
	}
	public function set_billing_email( $email ) {
		$this->data['billing_email'] = sanitize_email( $email );
	}
	public function get_payment_method( $context = 'view' ) {
		return $this->data['payment_method'];
	}
	public function set_payment_method( $method ) {
		$this->data['payment_method'] = (string) $method;
	}
	public function get_currency( $context = 'view' ) {
		return $this->data['currency'];
	}
	public function set_currency( $currency ) {
		if ( $currency && ! in_array( $currency, array_keys( get_woocommerce_currencies() ), true ) ) {
			throw new WC_Data_Exception( 'order_invalid_currency', 'Invalid currency code' );
		}
		$this->data['currency'] = $currency;
	}
	public function get_status( $context = 'view' ) {
		return $this->data['status'];
	}
	public function has_status( $status ) {
		return in_array( $this->data['status'], (array) $status, true );
	}
	public function get_total( $context = 'view' ) {
		return $this->data['total'];
	}
	public function get_date_paid( $context = 'view' ) {
		return null === $this->data['date_paid'] ? null : new WC_DateTime( '@' . $this->data['date_paid'] );
	}
	public function set_date_paid( $date = null ) {
		$this->data['date_paid'] = null === $date ? null : ( is_numeric( $date ) ? (int) $date : strtotime( (string) $date ) );
	}
	public function get_date_completed( $context = 'view' ) {
		return null === $this->data['date_completed'] ? null : new WC_DateTime( '@' . $this->data['date_completed'] );
	}
	public function get_meta( $key = '', $single = true, $context = 'view' ) {
		return $this->data['meta'][ $key ] ?? '';
	}
	public function update_meta_data( $key, $value, $meta_id = 0 ) {
		$this->data['meta'][ $key ] = $value;
	}

	public function get_items( $types = 'line_item' ) {
		$items = array();
		foreach ( $this->data['items'] as $item_id => $item ) {
			if ( ! in_array( $item['type'], (array) $types, true ) ) {
				continue;
			}
			if ( 'line_item' === $item['type'] ) {
				$items[ $item_id ] = new WC_Order_Item_Product( (int) $item_id, $item );
			} else {
				$items[ $item_id ]       = new WC_Order_Item_Fee();
				$items[ $item_id ]->data = $item;
			}
		}
		return $items;
	}
	public function add_product( $product, $qty = 1, $args = array() ) {
		$item_id                        = WP24_Fake_WooCommerce::next_id();
		$this->data['items'][ $item_id ] = array(
			'type'         => 'line_item',
			'name'         => $product->get_name(),
			'product_id'   => $product->get_id(),
			'variation_id' => 0,
			'quantity'     => (int) $qty,
			'total'        => wc_format_decimal( (float) $product->get_price() * (int) $qty ),
		);
		return $item_id;
	}
	public function add_item( $item ) {
		$this->data['items'][ WP24_Fake_WooCommerce::next_id() ] = $item->data;
	}
	public function calculate_totals( $and_taxes = true ) {
		$this->data['total'] = wc_format_decimal( array_sum( array_map( static fn( $item ) => (float) $item['total'], $this->data['items'] ) ), 2 );
		return $this->data['total'];
	}
	public function needs_processing() {
		foreach ( $this->get_items() as $item ) {
			$product = $item->get_product();
			if ( $product && ! ( $product->is_virtual() && $product->is_downloadable() ) ) {
				return true;
			}
		}
		return false;
	}
	public function has_downloadable_item() {
		foreach ( $this->get_items() as $item ) {
			$product = $item->get_product();
			if ( $product && $product->is_downloadable() ) {
				return true;
			}
		}
		return false;
	}
	public function needs_payment() {
		return $this->has_status( array( 'pending', 'failed' ) ) && $this->get_total() > 0;
	}
	public function is_paid() {
		return (bool) apply_filters( 'woocommerce_order_is_paid', $this->has_status( wc_get_is_paid_statuses() ), $this );
	}

	public function set_status( $new_status, $note = '', $manual_update = false ) {
		$new_status = str_starts_with( (string) $new_status, 'wc-' ) ? substr( (string) $new_status, 3 ) : (string) $new_status;
		$old_status = $this->data['status'];
		if ( $old_status === $new_status ) {
			return array(
				'from' => $old_status,
				'to'   => $new_status,
			);
		}
		$this->data['status'] = $new_status;
		if ( $this->id > 0 ) {
			$this->transition = array(
				'from' => $this->transition['from'] ?? $old_status,
				'to'   => $new_status,
			);
			$this->maybe_set_date_paid();
			if ( 'completed' === $new_status ) {
				$this->data['date_completed'] = time();
			}
		}
		return array(
			'from' => $old_status,
			'to'   => $new_status,
		);
	}
	private function payment_complete_status(): string {
		return (string) apply_filters( 'woocommerce_payment_complete_order_status', $this->needs_processing() ? 'processing' : 'completed', $this->id, $this );
	}
	private function maybe_set_date_paid() {
		if ( null !== $this->data['date_paid'] ) {
			return;
		}
		$paid_status = $this->payment_complete_status();
		if ( $this->has_status( $paid_status ) || ( 'processing' === $paid_status && $this->has_status( 'completed' ) ) ) {
			$this->data['date_paid'] = time();
		}
	}
	public function update_status( $new_status, $note = '', $manual = false ) {
		if ( ! $this->id ) {
			return false;
		}
		$this->set_status( $new_status, $note, $manual );
		$this->save();
		return true;
	}
	public function payment_complete( $transaction_id = '' ) {
		if ( ! $this->id ) {
			return false;
		}
		do_action( 'woocommerce_pre_payment_complete', $this->id, $transaction_id );
		if ( $this->has_status( array( 'on-hold', 'pending', 'failed', 'cancelled' ) ) ) {
			if ( null === $this->data['date_paid'] ) {
				$this->data['date_paid'] = time();
			}
			$this->set_status( $this->payment_complete_status() );
			$this->add_order_note( 'Payment complete.' );
			$this->save();
			do_action( 'woocommerce_payment_complete', $this->id, $transaction_id );
		} else {
			do_action( 'woocommerce_payment_complete_order_status_' . $this->get_status(), $this->id, $transaction_id );
		}
		return true;
	}

	public function get_refunds() {
		$refunds = array();
		foreach ( $this->data['refunds'] as $refund_id => $refund ) {
			$refunds[] = new WC_Order_Refund( (int) $refund_id, $refund + array( 'parent_id' => $this->id ) );
		}
		return $refunds;
	}
	public function get_total_refunded() {
		return array_sum( array_column( $this->data['refunds'], 'amount' ) );
	}
	public function get_remaining_refund_amount() {
		return wc_format_decimal( (float) $this->get_total() - $this->get_total_refunded(), 2 );
	}
	public function get_total_refunded_for_item( $item_id, $item_type = 'line_item' ) {
		$total = 0.0;
		foreach ( $this->data['refunds'] as $refund ) {
			$total += (float) ( $refund['lines'][ $item_id ]['total'] ?? 0 );
		}
		return round( $total, 2 );
	}
	public function get_qty_refunded_for_item( $item_id, $item_type = 'line_item' ) {
		$qty = 0;
		foreach ( $this->data['refunds'] as $refund ) {
			$qty -= (int) ( $refund['lines'][ $item_id ]['qty'] ?? 0 );
		}
		return $qty;
	}
	/** Called by wc_create_refund(). */
	public function wp24_add_refund( int $refund_id, array $refund ): void {
		$this->data['refunds'][ $refund_id ] = $refund;
	}

	public function get_checkout_payment_url( $on_checkout = false ) {
		return home_url( '/checkout/order-pay/' . $this->id . '/?pay_for_order=true&key=' . $this->data['order_key'] );
	}
	public function add_order_note( $note, $is_customer_note = 0, $added_by_user = false, $meta_data = array() ) {
		$this->data['notes'][] = $note;
		if ( $this->id > 0 ) {
			WP24_Fake_WooCommerce::store( 'orders', $this->id, $this->data );
		}
		return count( $this->data['notes'] );
	}
	/** The notes, oldest first; wc_get_order_notes() lists them newest first. */
	public function wp24_notes(): array {
		return $this->data['notes'];
	}

	public function save() {
		if ( 0 === $this->id && get_option( 'wp24hd_fake_wc_fail_create' ) ) {
			throw new Exception( 'Could not create order in the database.' );
		}
		if ( 0 === $this->id ) {
			$this->id                = WP24_Fake_WooCommerce::next_id();
			$this->data['order_key'] = 'wc_order_' . wp_generate_password( 13, false );
			WP24_Fake_WooCommerce::store( 'orders', $this->id, $this->data );
			do_action( 'woocommerce_new_order', $this->id, $this );
		} else {
			WP24_Fake_WooCommerce::store( 'orders', $this->id, $this->data );
		}
		$transition       = $this->transition;
		$this->transition = array();
		if ( array() !== $transition ) {
			wp24_fake_wc_action( 'woocommerce_order_status_' . $transition['to'], $this->id, $this, $transition );
			wp24_fake_wc_action( 'woocommerce_order_status_' . $transition['from'] . '_to_' . $transition['to'], $this->id, $this );
			do_action( 'woocommerce_order_status_changed', $this->id, $transition['from'], $transition['to'], $this );
		}
		return $this->id;
	}
	public function delete( $force_delete = false ) {
		WP24_Fake_WooCommerce::store( 'orders', $this->id, null );
		$this->id = 0;
		return true;
	}
}

/**
 * Fires an action; for the ones WooCommerce's emails listen to (WC_Emails' `woocommerce_email_actions`),
 * the email handler then fires `{action}_notification` with the arguments, as WooCommerce does.
 *
 * @param string $hook    Action.
 * @param mixed  ...$args Arguments.
 */
function wp24_fake_wc_action( string $hook, ...$args ): void {
	static $emails = array(
		'pending_to_processing',
		'pending_to_completed',
		'processing_to_cancelled',
		'pending_to_cancelled',
		'pending_to_failed',
		'pending_to_on-hold',
		'failed_to_processing',
		'failed_to_completed',
		'failed_to_on-hold',
		'cancelled_to_processing',
		'cancelled_to_completed',
		'cancelled_to_on-hold',
		'on-hold_to_processing',
		'on-hold_to_cancelled',
		'on-hold_to_failed',
		'completed',
		'failed',
	);
	$actions = array_merge( array_map( static fn( $action ) => 'woocommerce_order_status_' . $action, $emails ), array( 'woocommerce_order_fully_refunded', 'woocommerce_order_partially_refunded' ) );
	$wrapped = static function () use ( $hook, $args ) {
		do_action( $hook . '_notification', $args );
	};
	if ( in_array( $hook, $actions, true ) ) {
		add_action( $hook, $wrapped, 10, 0 );
	}
	do_action( $hook, ...$args );
	remove_action( $hook, $wrapped, 10 );
}

function wc_get_order( $the_order = false ) {
	$id = $the_order instanceof WC_Order ? $the_order->get_id() : (int) $the_order;
	return null === WP24_Fake_WooCommerce::load( 'orders', $id ) ? false : new WC_Order( $id );
}

function wc_get_orders( $args = array() ) {
	$ids = array_keys( WP24_Fake_WooCommerce::all( 'orders' ) );
	return 'ids' === ( $args['return'] ?? 'objects' ) ? $ids : array_map( 'wc_get_order', $ids );
}

function wc_get_order_notes( $args = array() ) {
	$order = wc_get_order( $args['order_id'] ?? 0 );
	$notes = array();
	foreach ( $order ? array_reverse( $order->wp24_notes() ) : array() as $note ) {
		$notes[] = (object) array( 'content' => $note );
	}
	return $notes;
}

function wc_get_product( $the_product = false ) {
	$id = (int) $the_product;
	return null === WP24_Fake_WooCommerce::load( 'products', $id ) ? null : new WC_Product_Simple( $id );
}

function wc_create_order( $args = array() ) {
	try {
		$order = new WC_Order();
		$order->set_customer_id( $args['customer_id'] ?? 0 );
		if ( isset( $args['status'] ) ) {
			$order->set_status( $args['status'] );
		}
		$order->save();
		return $order;
	} catch ( Exception $e ) {
		return new WP_Error( 'error', $e->getMessage() );
	}
}

function wc_create_refund( $args = array() ) {
	$args  = wp_parse_args(
		$args,
		array(
			'amount'     => 0,
			'reason'     => null,
			'order_id'   => 0,
			'line_items' => array(),
		)
	);
	$order = wc_get_order( $args['order_id'] );
	if ( ! $order ) {
		return new WP_Error( 'error', 'Invalid order ID.' );
	}
	$remaining = (float) $order->get_remaining_refund_amount();
	if ( 0 > $args['amount'] || (float) $args['amount'] > $remaining ) {
		return new WP_Error( 'error', 'Invalid refund amount.' );
	}
	$lines = array();
	foreach ( (array) $args['line_items'] as $item_id => $line ) {
		$lines[ (int) $item_id ] = array(
			'qty'   => (int) ( $line['qty'] ?? 0 ),
			'total' => (float) ( $line['refund_total'] ?? 0 ),
		);
	}
	$refund_id = WP24_Fake_WooCommerce::next_id();
	$order->wp24_add_refund(
		$refund_id,
		array(
			'amount' => (float) $args['amount'],
			'lines'  => $lines,
		)
	);
	$order->save();
	if ( $remaining - (float) $args['amount'] > 0 ) {
		wp24_fake_wc_action( 'woocommerce_order_partially_refunded', $order->get_id(), $refund_id );
	} else {
		wp24_fake_wc_action( 'woocommerce_order_fully_refunded', $order->get_id(), $refund_id );
		$order->update_status( 'refunded' );
	}
	do_action( 'woocommerce_refund_created', $refund_id, $args );
	do_action( 'woocommerce_order_refunded', $order->get_id(), $refund_id );
	return new WC_Order_Refund( $refund_id, array( 'amount' => $args['amount'], 'parent_id' => $order->get_id() ) );
}

function wc_get_is_paid_statuses() {
	return apply_filters( 'woocommerce_order_is_paid_statuses', array( 'processing', 'completed' ) );
}

function get_woocommerce_currencies() {
	return array(
		'EUR' => 'Euro',
		'GBP' => 'Pound sterling',
		'USD' => 'United States (US) dollar',
		'CHF' => 'Swiss franc',
	);
}

function get_woocommerce_currency() {
	return get_option( 'woocommerce_currency', 'EUR' );
}

function wc_format_decimal( $number, $dp = false, $trim_zeros = false ) {
	$number = (string) $number;
	if ( '' === $number ) {
		return '';
	}
	return false === $dp ? (string) (float) $number : number_format( (float) $number, (int) $dp, '.', '' );
}

function wc_get_cart_url() {
	return home_url( '/cart/' );
}

function wc_get_account_endpoint_url( $endpoint ) {
	return home_url( '/my-account/' . $endpoint . '/' );
}

if ( get_option( 'wp24hd_test_subscriptions_fake' ) ) {
	/** Fake marker class of WooCommerce Subscriptions. */
	class WC_Subscriptions {}

	/** Fake of WC_Subscription: the getters the plugin calls. */
	class WC_Subscription {
		public function __construct( private int $id, private int $parent_id ) {}
		public function get_id() {
			return $this->id;
		}
		public function get_parent_id( $context = 'view' ) {
			return $this->parent_id;
		}
	}
}

require __DIR__ . '/woocommerce-store.php';

// WooCommerce announces itself while plugins load, before plugins_loaded.
add_action( 'muplugins_loaded', static fn() => do_action( 'woocommerce_loaded' ) );
