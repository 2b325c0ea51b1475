<?php
/**
 * R10, R11: paid plan lines grant entitlements; refunds and cancellations take them back.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Purchase_Service;
use WP24\Helpdesk\Entitlements\Purchase;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Time\Date_Format;

defined( 'ABSPATH' ) || exit;

/**
 * Works on Order_Snapshot values only; the hooks that call it may fire in any order and any
 * number of times, and Purchase_Service grants each order line once. Each method returns the
 * order notes that say what it did (only for what changed), for Order_Hooks to write.
 */
final class Plan_Purchases {

	/**
	 * Constructor.
	 *
	 * @param Purchase_Service $entitlements The rules.
	 * @param Plan_Post_Type   $plans        Which plan a product sells.
	 */
	public function __construct( private Purchase_Service $entitlements, private Plan_Post_Type $plans ) {}

	/**
	 * Grants one entitlement period per paid plan line, from the paid date (not the order date).
	 *
	 * A guest order goes to the account with its billing email, or waits for one (see
	 * Purchase_Service::claim_guest_purchases()). Plan products are sold one at a time
	 * (Sold_Individually); a line with more units (an order made by hand in wp-admin) still grants
	 * one period, and its note tells staff to refund the rest.
	 *
	 * @param Order_Snapshot $order The order.
	 * @return string[] Order notes.
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
		$notes = array();
		foreach ( $order->lines as $line ) {
			$plan = $this->plans->linked_to_product( $line->variation_id, $line->product_id );
			if ( null === $plan || $line->fully_refunded() || '' !== $this->entitlements->for_order_item( $order->order_id, $line->item_id )['granted'] ) {
				continue;
			}
			$held    = $this->entitlements->grant_for_purchase(
				new Purchase( $user_id, $plan->id, $order->order_id, $line->item_id, $order->paid_at, $order->billing_email )
			);
			$until   = $this->date( $held );
			$notes[] = 'renewal' === $this->entitlements->for_order_item( $order->order_id, $line->item_id )['granted']
				/* translators: 1: plan name, 2: date. */
				? sprintf( __( 'WP24 Helpdesk: %1$s renewed for one more period; it now ends on %2$s.', 'wp24-helpdesk' ), $plan->name, $until )
				/* translators: 1: plan name, 2: date. */
				: sprintf( __( 'WP24 Helpdesk: %1$s granted until %2$s.', 'wp24-helpdesk' ), $plan->name, $until );
			if ( $line->quantity > 1 ) {
				/* translators: 1: number of units, 2: plan name. */
				$notes[] = sprintf( __( 'WP24 Helpdesk: this order has %1$d units of %2$s, but one order grants one period. Refund the extra units, or grant the extra time by hand in Helpdesk → Customers.', 'wp24-helpdesk' ), $line->quantity, $plan->name );
			}
		}
		return $notes;
	}

	/**
	 * Takes back what fully refunded plan lines granted; a partial refund changes nothing.
	 *
	 * A refund made in WooCommerce has already happened, so it is applied even after the window;
	 * it is then logged as an override (R11). A refunded renewal takes back only the period it added.
	 *
	 * @param Order_Snapshot $order    The order after the refund.
	 * @param int            $actor_id Who refunded.
	 * @return string[] Order notes.
	 */
	public function order_refunded( Order_Snapshot $order, int $actor_id ): array {
		$notes = array();
		foreach ( $this->plan_lines( $order ) as $line ) {
			if ( ! $line->fully_refunded() && 'refunded' !== $order->status ) {
				continue;
			}
			/* translators: %d: WooCommerce order number. */
			$held = $this->take_back( $order, $line, $actor_id, true, sprintf( __( 'Refunded in WooCommerce order #%d.', 'wp24-helpdesk' ), $order->order_id ) );
			if ( null === $held ) {
				continue;
			}
			$state   = $this->entitlements->for_order_item( $order->order_id, $line->item_id );
			$late    = 'refund_override' === $state['refunded'];
			$notes[] = 'renewal' === $state['granted']
				? sprintf(
					/* translators: %s: date. */
					$late ? __( 'WP24 Helpdesk: this refund came after the 24-hour refund window, so it is recorded as an override. The period this renewal added was taken back; the plan now ends on %s.', 'wp24-helpdesk' ) : __( 'WP24 Helpdesk: the period this renewal added was taken back (refund within the 24-hour window); the plan now ends on %s.', 'wp24-helpdesk' ),
					$this->date( $held )
				)
				: ( $late
					? __( 'WP24 Helpdesk: this refund came after the plan\'s 24-hour refund window. The plan was revoked and the refund is recorded as an override in its log.', 'wp24-helpdesk' )
					: __( 'WP24 Helpdesk: the plan bought with this order was revoked (refund within the 24-hour window).', 'wp24-helpdesk' ) );
		}
		return $notes;
	}

	/**
	 * A paid order set to Cancelled or Failed: inside the refund window the plan is taken back as
	 * a refund would take it; after it the plan stays (the terms allow no refund) and staff are told.
	 *
	 * @param Order_Snapshot $order    The order.
	 * @param string         $from     Its paid status before.
	 * @param int            $actor_id Who changed the status.
	 * @return string[] Order notes.
	 */
	public function order_cancelled( Order_Snapshot $order, string $from, int $actor_id ): array {
		$notes = array();
		foreach ( $this->plan_lines( $order ) as $line ) {
			$state = $this->entitlements->for_order_item( $order->order_id, $line->item_id );
			if ( null === $state['entitlement'] || '' !== $state['refunded'] ) {
				continue;
			}
			if ( ! $state['refund_window_open'] ) {
				$this->entitlements->flag_order_change( $state['entitlement'], $order->order_id, $line->item_id, $actor_id, $order->status );
				/* translators: 1: order status, 2: date. */
				$notes[] = sprintf( __( 'WP24 Helpdesk: this paid order was set to %1$s after the 24-hour refund window, so the plan was kept (until %2$s). If the customer should lose it, revoke it in Helpdesk → Customers.', 'wp24-helpdesk' ), $order->status, $this->date( $state['entitlement'] ) );
				continue;
			}
			/* translators: 1: WooCommerce order number, 2: order status. */
			$held    = $this->take_back( $order, $line, $actor_id, false, sprintf( __( 'WooCommerce order #%1$d set to %2$s.', 'wp24-helpdesk' ), $order->order_id, $order->status ) );
			$notes[] = 'renewal' === $state['granted']
				/* translators: 1: order status, 2: date. */
				? sprintf( __( 'WP24 Helpdesk: this paid order was set to %1$s within the 24-hour refund window: the period it added was taken back; the plan now ends on %2$s.', 'wp24-helpdesk' ), $order->status, null === $held ? '' : $this->date( $held ) )
				/* translators: %s: order status. */
				: sprintf( __( 'WP24 Helpdesk: this paid order was set to %s within the 24-hour refund window: the plan it granted was revoked.', 'wp24-helpdesk' ), $order->status );
		}
		return $notes;
	}

	/**
	 * The order's lines that sell a plan.
	 *
	 * @param Order_Snapshot $order The order.
	 * @return Order_Line[]
	 */
	private function plan_lines( Order_Snapshot $order ): array {
		return array_values( array_filter( $order->lines, fn( Order_Line $line ) => null !== $this->plans->linked_to_product( $line->variation_id, $line->product_id ) ) );
	}

	/**
	 * Takes back what one line granted, once; null when it granted nothing or was already taken back.
	 *
	 * @param Order_Snapshot $order    The order.
	 * @param Order_Line     $line     The line.
	 * @param int            $actor_id Who.
	 * @param bool           $override Accept it after the window.
	 * @param string         $note     Why, for the log.
	 */
	private function take_back( Order_Snapshot $order, Order_Line $line, int $actor_id, bool $override, string $note ): ?Entitlement {
		$before = $this->entitlements->for_order_item( $order->order_id, $line->item_id );
		if ( null === $before['entitlement'] || '' !== $before['refunded'] ) {
			return null;
		}
		try {
			return $this->entitlements->refund_order_item( $order->order_id, $line->item_id, $actor_id, $override, $note );
		} catch ( Domain_Exception $closed ) {
			return null;
		}
	}

	/**
	 * The last day of an entitlement, in the site's date format.
	 *
	 * @param Entitlement $held Entitlement.
	 */
	private function date( Entitlement $held ): string {
		return Date_Format::day( $held->expires_at->getTimestamp() - 1 );
	}
}
