<?php
/**
 * R10, R11: paid plan lines grant entitlements; fully refunded ones take them back.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Entitlement_Service;
use WP24\Helpdesk\Entitlements\Purchase;
use WP24\Helpdesk\Plans\Plan_Post_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Works on Order_Snapshot values only; the hooks that call it may fire in any order and any
 * number of times, and Entitlement_Service grants each order line once.
 */
final class Plan_Purchases {

	/**
	 * @param Entitlement_Service $entitlements The rules.
	 * @param Plan_Post_Type      $plans        Which plan a product sells.
	 */
	public function __construct( private Entitlement_Service $entitlements, private Plan_Post_Type $plans ) {}

	/**
	 * Grants one entitlement per paid plan line, from the paid date (not the order date).
	 *
	 * A guest order goes to the account with its billing email, or waits for one (see
	 * Entitlement_Service::claim_guest_purchases()).
	 *
	 * @param Order_Snapshot $order The order.
	 * @return Entitlement[] The entitlements granted or extended.
	 */
	public function order_paid( Order_Snapshot $order ): array {
		if ( ! $order->is_paid() ) {
			return array();
		}
		$user_id = $order->customer_id;
		if ( $user_id <= 0 && is_email( $order->billing_email ) ) {
			$user    = get_user_by( 'email', $order->billing_email );
			$user_id = $user ? (int) $user->ID : 0;
		}
		$granted = array();
		foreach ( $order->lines as $line ) {
			$plan = $this->plans->linked_to_product( $line->variation_id, $line->product_id );
			if ( null === $plan || $line->fully_refunded() ) {
				continue;
			}
			$granted[] = $this->entitlements->grant_for_purchase(
				new Purchase( $user_id, $plan->id, $order->order_id, $line->item_id, $order->paid_at, $order->billing_email )
			);
		}
		return $granted;
	}

	/**
	 * Takes back what fully refunded plan lines granted; a partial refund changes nothing.
	 *
	 * A refund made in WooCommerce has already happened, so it is applied even after the window;
	 * it is then logged as an override (R11).
	 *
	 * @param Order_Snapshot $order    The order after the refund.
	 * @param int            $actor_id Who refunded.
	 * @return array<int, string> The log event (`refund` or `refund_override`) by order item.
	 */
	public function order_refunded( Order_Snapshot $order, int $actor_id ): array {
		$events = array();
		foreach ( $order->lines as $line ) {
			$plan = $this->plans->linked_to_product( $line->variation_id, $line->product_id );
			if ( null === $plan || ( ! $line->fully_refunded() && 'refunded' !== $order->status ) ) {
				continue;
			}
			$before = $this->entitlements->for_order_item( $line->item_id );
			if ( null === $before['entitlement'] || '' !== $before['refunded'] ) {
				continue;
			}
			/* translators: %d: WooCommerce order number. */
			$this->entitlements->refund_order_item( $line->item_id, $actor_id, true, sprintf( __( 'Refunded in WooCommerce order #%d.', 'wp24-helpdesk' ), $order->order_id ) );
			$events[ $line->item_id ] = $this->entitlements->for_order_item( $line->item_id )['refunded'];
		}
		return $events;
	}
}
