<?php
/**
 * The thin adapter that writes to WooCommerce: the pending order for a quote, order notes.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use RuntimeException;
use WP24\Helpdesk\Errors\Domain_Exception;
use Throwable;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Orders only through the CRUD API (`new WC_Order`, `add_item`, `update_meta_data` + `save`), so
 * HPOS and posts storage both work.
 */
final class Order_Writer {

	/**
	 * Creates a pending order with one fee line for an accepted quote; returns its ID and payment link.
	 *
	 * The order is built in memory and saved once, so WooCommerce refusing a value (an unknown
	 * currency, say) leaves nothing behind; a failure after the save deletes the order.
	 *
	 * @param int    $customer_id Customer account, 0 for a guest.
	 * @param string $email       Billing email.
	 * @param string $title       Line name.
	 * @param float  $amount      Amount.
	 * @param string $currency    ISO 4217 code.
	 * @param int    $quote_id    Helpdesk quote.
	 * @return array{order_id: int, payment_url: string}
	 * @throws RuntimeException When the database refuses the write.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function create_quote_order( int $customer_id, string $email, string $title, float $amount, string $currency, int $quote_id ): array {
		$order = null;
		try {
			$order = new \WC_Order();
			$order->set_customer_id( $customer_id );
			$order->set_currency( $currency );
			if ( is_email( $email ) ) {
				$order->set_billing_email( $email );
			}
			$line = new \WC_Order_Item_Fee();
			$line->set_name( $title );
			$line->set_amount( (string) $amount );
			$line->set_total( (string) $amount );
			$line->set_tax_status( 'none' );
			$order->add_item( $line );
			$order->update_meta_data( Order_Reader::QUOTE_META, (string) $quote_id );
			$order->calculate_totals( false );
			$order->set_status( 'pending' );
			$order->save();
			if ( $order->get_id() <= 0 ) {
				throw new RuntimeException( 'WooCommerce did not save the order.' );
			}
			return array(
				'order_id'    => (int) $order->get_id(),
				'payment_url' => (string) $order->get_checkout_payment_url(),
			);
		} catch ( Throwable $error ) {
			if ( null !== $order && $order->get_id() > 0 ) {
				$order->delete( true );
			}
			if ( $error instanceof \WC_Data_Exception ) {
				/* translators: %s: WooCommerce's message. */
				throw Domain_Exception::conflict( 'wp24hd_order_refused', sprintf( __( 'WooCommerce refused the payment order: %s', 'wp24-helpdesk' ), $error->getMessage() ) );
			}
			throw new RuntimeException( sprintf( 'WooCommerce could not create the order for quote %d: %s', $quote_id, $error->getMessage() ), 0, $error );
		}
	}

	/**
	 * The payment link of an order.
	 *
	 * @param int $order_id Order.
	 */
	public function payment_url( int $order_id ): string {
		$order = wc_get_order( $order_id );
		return $order instanceof \WC_Order ? (string) $order->get_checkout_payment_url() : '';
	}

	/**
	 * Deletes an order the plugin just made and could not link (never a customer's order).
	 *
	 * @param int $order_id Order.
	 */
	public function delete( int $order_id ): void {
		$order = wc_get_order( $order_id );
		if ( $order instanceof \WC_Order ) {
			$order->delete( true );
		}
	}

	/**
	 * Adds a private note to an order (shown to staff in the order screen).
	 *
	 * @param int    $order_id Order.
	 * @param string $note     Plain text.
	 */
	public function add_note( int $order_id, string $note ): void {
		$order = wc_get_order( $order_id );
		if ( $order instanceof \WC_Order ) {
			$order->add_order_note( $note );
		}
	}
}
