<?php
/**
 * FAKE WooCommerce for tests — not WooCommerce.
 *
 * WooCommerce cannot be installed here (it is neither on npm nor in Debian), so the plugin's thin
 * adapters (includes/Commerce/Order_Reader.php, Order_Writer.php) are tested against this fake.
 * It declares exactly the WooCommerce functions, classes and methods those adapters and the
 * Commerce services call, with WooCommerce's documented names, signatures and return shapes
 * (e.g. get_total_refunded_for_item() positive, get_qty_refunded_for_item() negative), and
 * nothing else. The adapters are checked against real WooCommerce outside this repository.
 *
 * Orders live in the option `wp24hd_fake_wc_orders`. Tests drive it through the
 * WP24_Fake_WooCommerce helper and fire WooCommerce's hooks themselves, as WooCommerce would.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

// phpcs:disable Generic.Files.OneObjectStructurePerFile, Squiz.Commenting -- one fake, documented above.

/**
 * Test control of the fake: creating orders and refunds, reading what the plugin wrote.
 */
final class WP24_Fake_WooCommerce {

	/**
	 * Creates an order; `lines` are `[ product_id, quantity, total ]`; returns its ID.
	 *
	 * @param array<string, mixed> $args customer_id, billing_email, status, date_paid (Unix time or null), lines.
	 */
	public static function order( array $args ): int {
		$orders = self::all();
		$id     = self::next_id();
		$items  = array();
		foreach ( (array) ( $args['lines'] ?? array() ) as $line ) {
			$item_id           = self::next_id();
			$items[ $item_id ] = array(
				'type'         => 'line_item',
				'product_id'   => (int) $line[0],
				'variation_id' => (int) ( $line[3] ?? 0 ),
				'quantity'     => (int) $line[1],
				'total'        => (string) $line[2],
			);
		}
		$orders[ $id ] = array(
			'customer_id'   => (int) ( $args['customer_id'] ?? 0 ),
			'billing_email' => (string) ( $args['billing_email'] ?? '' ),
			'status'        => (string) ( $args['status'] ?? 'pending' ),
			'currency'      => 'EUR',
			'date_paid'     => $args['date_paid'] ?? null,
			'meta'          => array(),
			'items'         => $items,
			'refunds'       => array(),
			'notes'         => array(),
		);
		update_option( 'wp24hd_fake_wc_orders', $orders, false );
		return $id;
	}

	/**
	 * Changes stored fields of an order (status, date_paid, customer_id…).
	 *
	 * @param int                  $id      Order.
	 * @param array<string, mixed> $changes Fields.
	 */
	public static function set( int $id, array $changes ): void {
		$orders        = self::all();
		$orders[ $id ] = array_merge( $orders[ $id ], $changes );
		update_option( 'wp24hd_fake_wc_orders', $orders, false );
	}

	/**
	 * Records a refund of an amount and quantity on one line, as wc_create_refund() would.
	 *
	 * @param int   $order_id Order.
	 * @param int   $item_id  Line.
	 * @param float $amount   Amount refunded.
	 * @param int   $quantity Quantity refunded.
	 */
	public static function refund_item( int $order_id, int $item_id, float $amount, int $quantity ): void {
		$orders                                   = self::all();
		$orders[ $order_id ]['refunds'][ $item_id ] = array(
			'amount'   => $amount + ( $orders[ $order_id ]['refunds'][ $item_id ]['amount'] ?? 0 ),
			'quantity' => $quantity + ( $orders[ $order_id ]['refunds'][ $item_id ]['quantity'] ?? 0 ),
		);
		update_option( 'wp24hd_fake_wc_orders', $orders, false );
	}

	/**
	 * The stored order, for assertions.
	 *
	 * @param int $id Order.
	 * @return array<string, mixed>
	 */
	public static function get( int $id ): array {
		return self::all()[ $id ];
	}

	/**
	 * Every stored order.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function all(): array {
		return (array) get_option( 'wp24hd_fake_wc_orders', array() );
	}

	/**
	 * IDs for orders and items, from one counter as in WooCommerce's tables.
	 */
	private static function next_id(): int {
		$id = (int) get_option( 'wp24hd_fake_wc_next_id', 5000 ) + 1;
		update_option( 'wp24hd_fake_wc_next_id', $id, false );
		return $id;
	}
}

/** Fake of WooCommerce's WC_DateTime (a DateTime). */
class WC_DateTime extends DateTime {}

/** Fake of WC_Order_Item_Product: the getters the order reader calls. */
class WC_Order_Item_Product {
	public function __construct( private int $id, private array $data ) {}
	public function get_id() {
		return $this->id;
	}
	public function get_product_id() {
		return $this->data['product_id'];
	}
	public function get_variation_id() {
		return $this->data['variation_id'];
	}
	public function get_quantity() {
		return $this->data['quantity'];
	}
	public function get_total() {
		return $this->data['total'];
	}
}

/** Fake of WC_Order_Item_Fee: the setters the order writer calls. */
class WC_Order_Item_Fee {
	public array $data = array( 'type' => 'fee' );
	public function set_name( $name ) {
		$this->data['name'] = $name;
	}
	public function set_amount( $amount ) {
		$this->data['amount'] = $amount;
	}
	public function set_total( $total ) {
		$this->data['total'] = $total;
	}
	public function set_tax_status( $status ) {
		$this->data['tax_status'] = $status;
	}
}

/** Fake of WC_Order: the CRUD methods the adapters call. */
class WC_Order {
	public function __construct( private int $id, private array $data ) {}
	public function get_id() {
		return $this->id;
	}
	public function get_items( $types = 'line_item' ) {
		$items = array();
		foreach ( $this->data['items'] as $item_id => $item ) {
			if ( 'line_item' === $item['type'] && in_array( 'line_item', (array) $types, true ) ) {
				$items[ $item_id ] = new WC_Order_Item_Product( (int) $item_id, $item );
			}
		}
		return $items;
	}
	public function get_date_paid( $context = 'view' ) {
		return null === $this->data['date_paid'] ? null : new WC_DateTime( '@' . $this->data['date_paid'] );
	}
	public function get_customer_id( $context = 'view' ) {
		return $this->data['customer_id'];
	}
	public function get_billing_email( $context = 'view' ) {
		return $this->data['billing_email'];
	}
	public function get_status( $context = 'view' ) {
		return $this->data['status'];
	}
	public function get_meta( $key = '', $single = true, $context = 'view' ) {
		return $this->data['meta'][ $key ] ?? '';
	}
	public function get_total_refunded_for_item( $item_id, $item_type = 'line_item' ) {
		return $this->data['refunds'][ $item_id ]['amount'] ?? 0;
	}
	public function get_qty_refunded_for_item( $item_id, $item_type = 'line_item' ) {
		return -1 * ( $this->data['refunds'][ $item_id ]['quantity'] ?? 0 );
	}
	public function needs_payment() {
		return in_array( $this->data['status'], array( 'pending', 'failed' ), true );
	}
	public function get_checkout_payment_url( $on_checkout = false ) {
		return home_url( '/checkout/order-pay/' . $this->id . '/?pay_for_order=true&key=wc_order_fake' . $this->id );
	}
	public function add_order_note( $note, $is_customer_note = 0, $added_by_user = false ) {
		$this->data['notes'][] = $note;
		$this->save();
		return count( $this->data['notes'] );
	}
	public function add_item( $item ) {
		$this->data['items'][ 'new' . count( $this->data['items'] ) ] = $item->data;
	}
	public function set_currency( $currency ) {
		$this->data['currency'] = $currency;
	}
	public function set_billing_email( $email ) {
		$this->data['billing_email'] = $email;
	}
	public function update_meta_data( $key, $value, $meta_id = 0 ) {
		$this->data['meta'][ $key ] = $value;
	}
	public function calculate_totals( $and_taxes = true ) {
		$this->data['total'] = array_sum( array_map( static fn( $item ) => (float) $item['total'], $this->data['items'] ) );
		return $this->data['total'];
	}
	public function save() {
		$orders              = WP24_Fake_WooCommerce::all();
		$orders[ $this->id ] = $this->data;
		update_option( 'wp24hd_fake_wc_orders', $orders, false );
		return $this->id;
	}
}

/**
 * Fake of wc_get_order().
 *
 * @param mixed $the_order Order ID.
 * @return WC_Order|false
 */
function wc_get_order( $the_order = false ) {
	$data = WP24_Fake_WooCommerce::all()[ (int) $the_order ] ?? null;
	return null === $data ? false : new WC_Order( (int) $the_order, $data );
}

/**
 * Fake of wc_create_order().
 *
 * @param array<string, mixed> $args customer_id, status.
 * @return WC_Order
 */
function wc_create_order( $args = array() ) {
	$id = WP24_Fake_WooCommerce::order(
		array(
			'customer_id' => $args['customer_id'] ?? 0,
			'status'      => $args['status'] ?? 'pending',
		)
	);
	return wc_get_order( $id );
}

/**
 * Fake of wc_get_cart_url().
 */
function wc_get_cart_url() {
	return home_url( '/cart/' );
}

/**
 * Fake of wc_get_account_endpoint_url().
 *
 * @param string $endpoint Endpoint.
 */
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

// WooCommerce announces itself while plugins load, before plugins_loaded.
add_action( 'muplugins_loaded', static fn() => do_action( 'woocommerce_loaded' ) );
