<?php
/**
 * The thin adapter that reads WooCommerce orders into plain values.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * The only reader of WooCommerce order objects. Uses the documented CRUD API alone
 * (`wc_get_order`, `get_items`, `get_date_paid`, `get_meta`…), so it works with HPOS
 * (custom order tables) and with posts storage alike; never `get_post_meta` on an order.
 *
 * The WooCommerce methods it calls are the ones the test fake declares
 * (tests/integration/mu-plugins/fakes/woocommerce.php): keep both in step.
 */
final class Order_Reader {

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/** Order meta linking an order to the helpdesk quote it pays. */
	public const QUOTE_META = '_wp24hd_quote_id';

	/** Payment states of an order (payment_state()). */
	public const ORDER_NEEDS_PAYMENT = 'needs_payment';
	public const ORDER_PAID          = 'paid';
	public const ORDER_UNDER_WAY     = 'under_way';
	public const ORDER_GONE          = 'gone';

	/**
	 * Where an order stands for paying it: WooCommerce says it needs payment (pending or failed,
	 * with a total), it is paid, it is gone (deleted, trashed, cancelled, refunded), or a payment
	 * is under way (on hold while a bank transfer arrives, a checkout draft, a status of another plugin).
	 *
	 * @param int $order_id Order.
	 */
	public function payment_state( int $order_id ): string {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order || $order->has_status( array( 'cancelled', 'refunded', 'trash' ) ) ) {
			return self::ORDER_GONE;
		}
		if ( $order->needs_payment() ) {
			return self::ORDER_NEEDS_PAYMENT;
		}
		return $order->is_paid() ? self::ORDER_PAID : self::ORDER_UNDER_WAY;
	}

	/**
	 * The order as plain values, or null when it is not an order (e.g. a refund object).
	 *
	 * @param int $order_id Order ID.
	 */
	public function read( int $order_id ): ?Order_Snapshot {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order ) {
			return null;
		}
		$lines = array();
		foreach ( $order->get_items( 'line_item' ) as $item ) {
			if ( ! $item instanceof \WC_Order_Item_Product ) {
				continue;
			}
			$item_id = (int) $item->get_id();
			$lines[] = new Order_Line(
				$item_id,
				(int) $item->get_product_id(),
				(int) $item->get_variation_id(),
				(int) $item->get_quantity(),
				(float) $item->get_total(),
				(float) $order->get_total_refunded_for_item( $item_id ),
				abs( (int) $order->get_qty_refunded_for_item( $item_id ) )
			);
		}
		$paid = $order->is_paid();
		return new Order_Snapshot(
			(int) $order->get_id(),
			(int) $order->get_customer_id(),
			(string) $order->get_billing_email(),
			(string) $order->get_status(),
			$paid,
			$this->paid_at( $order, $paid ),
			(int) $order->get_meta( self::QUOTE_META ),
			$lines
		);
	}

	/**
	 * When the order was paid. WooCommerce sets no paid date when the shop moves an order that
	 * needs no processing (fees only, virtual downloadable products) to Processing by hand, yet
	 * counts it as paid: the completion date, or else now (the status change being read), stands in.
	 *
	 * @param \WC_Order $order The order.
	 * @param bool      $paid  Whether WooCommerce counts it as paid.
	 */
	private function paid_at( \WC_Order $order, bool $paid ): ?DateTimeImmutable {
		$date = $order->get_date_paid() ?? ( $paid ? $order->get_date_completed() : null );
		if ( null !== $date ) {
			return ( new DateTimeImmutable( '@' . $date->getTimestamp() ) )->setTimezone( new DateTimeZone( 'UTC' ) );
		}
		return $paid ? $this->clock->now() : null;
	}
}
