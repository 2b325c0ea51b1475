<?php
/**
 * A box on the WooCommerce order screen: the plan each line granted, and a warning before a
 * refund outside the refund window (R11).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Entitlements\Purchase_Service;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Time\Date_Format;

defined( 'ABSPATH' ) || exit;

/**
 * Added on both order screens (HPOS and posts) through OrderUtil, WooCommerce's public utility.
 */
final class Order_Plan_Box {

	/**
	 * Constructor.
	 *
	 * @param Order_Reader     $reader       Reads the order.
	 * @param Purchase_Service $entitlements What each line granted.
	 * @param Plan_Post_Type   $plans        Plan names.
	 */
	public function __construct( private Order_Reader $reader, private Purchase_Service $entitlements, private Plan_Post_Type $plans ) {}

	/**
	 * Adds the box hook.
	 */
	public function register(): void {
		add_action( 'add_meta_boxes', array( $this, 'add' ) );
	}

	/**
	 * Adds the box to the order screen.
	 */
	public function add(): void {
		$screen = class_exists( \Automattic\WooCommerce\Utilities\OrderUtil::class ) ? \Automattic\WooCommerce\Utilities\OrderUtil::get_order_admin_screen() : 'shop_order';
		add_meta_box( 'wp24hd-order-plan', __( 'Helpdesk plan', 'wp24-helpdesk' ), array( $this, 'render' ), $screen, 'side' );
	}

	/**
	 * The box: one paragraph per plan line.
	 *
	 * @param \WP_Post|\WC_Order|object $post_or_order The order (HPOS) or its post (legacy).
	 */
	public function render( $post_or_order ): void {
		$order_id = $post_or_order instanceof \WP_Post ? $post_or_order->ID : (int) $post_or_order->get_id();
		echo wp_kses_post( $this->html( $order_id ) );
	}

	/**
	 * The box's HTML for an order (empty when it sold no plan).
	 *
	 * @param int $order_id Order.
	 */
	public function html( int $order_id ): string {
		$order = $this->reader->read( $order_id );
		if ( null === $order ) {
			return '';
		}
		$html = '';
		foreach ( $order->lines as $line ) {
			$state = $this->entitlements->for_order_item( $order->order_id, $line->item_id );
			$held  = $state['entitlement'];
			if ( null === $held ) {
				continue;
			}
			$plan  = $this->plans->find( $held->plan_id );
			$html .= '<p><strong>' . esc_html( $plan ? $plan->name : '#' . $held->plan_id ) . '</strong>: ' . esc_html( $held->status ) . ', '
				/* translators: %s: date. */
				. esc_html( sprintf( __( 'until %s', 'wp24-helpdesk' ), Date_Format::day( $held->expires_at->getTimestamp() - 1 ) ) ) . '</p>';
			if ( 'renewal' === $state['granted'] && '' !== $state['refunded'] ) {
				$html .= '<p>' . esc_html__( 'This order renewed the plan; its refund took back the period it added.', 'wp24-helpdesk' ) . '</p>';
			}
			if ( 'refund_override' === $state['refunded'] ) {
				$html .= '<p class="wp24hd-warning"><strong>' . esc_html__( 'Refunded after the 24-hour window: recorded as an override.', 'wp24-helpdesk' ) . '</strong></p>';
			} elseif ( '' === $state['refunded'] && ! $state['refund_window_open'] ) {
				$html .= '<div class="notice notice-warning inline"><p>' . esc_html__( 'The 24-hour refund window of the terms has closed. A refund now is an exception: it revokes the plan and is recorded as an override in the plan\'s log.', 'wp24-helpdesk' ) . '</p></div>';
			}
		}
		return $html;
	}
}
