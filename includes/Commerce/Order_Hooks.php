<?php
/**
 * Listens to WooCommerce's order hooks and hands plain order values to the rules.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use Throwable;

defined( 'ABSPATH' ) || exit;

/**
 * Paid: `woocommerce_payment_complete` (gateways) and the processing/completed status hooks
 * (manual methods such as bank transfer). They may all fire for one order, in any order; the
 * rules grant each line once. A failure never breaks the checkout: it is logged and noted on
 * the order for staff.
 */
final class Order_Hooks {

	/**
	 * @param Order_Reader   $reader    Reads orders.
	 * @param Order_Writer   $writer    Order notes.
	 * @param Plan_Purchases $purchases Plan rules.
	 * @param Quote_Payments $quotes    Quote payments.
	 */
	public function __construct(
		private Order_Reader $reader,
		private Order_Writer $writer,
		private Plan_Purchases $purchases,
		private Quote_Payments $quotes,
	) {}

	/**
	 * Adds the order hooks.
	 */
	public function register(): void {
		foreach ( array( 'woocommerce_payment_complete', 'woocommerce_order_status_processing', 'woocommerce_order_status_completed' ) as $hook ) {
			add_action( $hook, array( $this, 'paid' ), 20, 1 );
		}
		add_action( 'woocommerce_order_refunded', array( $this, 'refunded' ), 20, 1 );
		add_action( 'woocommerce_order_status_refunded', array( $this, 'refunded' ), 20, 1 );
	}

	/**
	 * An order was paid (or moved to a paid status).
	 *
	 * @param int|string $order_id Order.
	 */
	public function paid( $order_id ): void {
		$this->guarded(
			(int) $order_id,
			function ( Order_Snapshot $order ): void {
				$this->purchases->order_paid( $order );
				$this->quotes->order_paid( $order );
			}
		);
	}

	/**
	 * An order was refunded, in part or in full.
	 *
	 * @param int|string $order_id Order.
	 */
	public function refunded( $order_id ): void {
		$this->guarded(
			(int) $order_id,
			function ( Order_Snapshot $order ): void {
				foreach ( $this->purchases->order_refunded( $order, get_current_user_id() ) as $event ) {
					$this->writer->add_note(
						$order->order_id,
						'refund_override' === $event
							? __( 'WP24 Helpdesk: this refund came after the plan\'s 24-hour refund window. The plan was revoked and the refund is recorded as an override in its log.', 'wp24-helpdesk' )
							: __( 'WP24 Helpdesk: the plan bought with this order was revoked (refund within the 24-hour window).', 'wp24-helpdesk' )
					);
				}
			}
		);
	}

	/**
	 * Reads the order and runs the work; a failure is logged and noted on the order, never thrown
	 * into WooCommerce's payment flow.
	 *
	 * @param int                            $order_id Order.
	 * @param callable(Order_Snapshot): void $work     Work.
	 */
	private function guarded( int $order_id, callable $work ): void {
		try {
			$order = $this->reader->read( $order_id );
			if ( null !== $order ) {
				$work( $order );
			}
		} catch ( Throwable $error ) {
			error_log( sprintf( 'WP24 Helpdesk: order %d: %s', $order_id, $error->getMessage() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- must reach the site's log.
			$this->writer->add_note(
				$order_id,
				/* translators: %s: error message. */
				sprintf( __( 'WP24 Helpdesk could not process this order: %s. Check the customer\'s plan and grant it by hand if needed.', 'wp24-helpdesk' ), $error->getMessage() )
			);
		}
	}
}
