<?php
/**
 * The thin adapter that writes to WooCommerce: the pending order for a quote, order notes.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use RuntimeException;

defined( 'ABSPATH' ) || exit;

/**
 * Orders only through the CRUD API (`wc_create_order`, `add_item`, `update_meta_data` + `save`),
 * so HPOS and posts storage both work. The test fake declares exactly these methods.
 */
final class Order_Writer {

	/**
	 * Creates a pending order with one line for an accepted quote; returns its ID and payment link.
	 *
	 * @param int    $customer_id Customer account, 0 for a guest.
	 * @param string $email       Billing email.
	 * @param string $title       Line name.
	 * @param float  $amount      Amount.
	 * @param string $currency    ISO 4217 code.
	 * @param int    $quote_id    Helpdesk quote.
	 * @return array{order_id: int, payment_url: string}
	 */
	public function create_quote_order( int $customer_id, string $email, string $title, float $amount, string $currency, int $quote_id ): array {
		$order = wc_create_order(
			array(
				'customer_id' => $customer_id,
				'status'      => 'pending',
			)
		);
		if ( ! $order instanceof \WC_Order ) {
			throw new RuntimeException( 'WooCommerce could not create the order for quote ' . $quote_id );
		}
		$line = new \WC_Order_Item_Fee();
		$line->set_name( $title );
		$line->set_amount( (string) $amount );
		$line->set_total( (string) $amount );
		$line->set_tax_status( 'none' );
		$order->add_item( $line );
		$order->set_currency( $currency );
		if ( is_email( $email ) ) {
			$order->set_billing_email( $email );
		}
		$order->update_meta_data( Order_Reader::QUOTE_META, $quote_id );
		$order->calculate_totals( false );
		$order->save();
		return array(
			'order_id'    => (int) $order->get_id(),
			'payment_url' => (string) $order->get_checkout_payment_url(),
		);
	}

	/**
	 * The payment link of an order that still needs payment, or null.
	 *
	 * @param int $order_id Order.
	 */
	public function payment_url( int $order_id ): ?string {
		$order = wc_get_order( $order_id );
		return $order instanceof \WC_Order && $order->needs_payment() ? (string) $order->get_checkout_payment_url() : null;
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
