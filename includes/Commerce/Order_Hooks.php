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
 * Paid is WooCommerce's own verdict (`WC_Order::is_paid()`, whose statuses shops may filter),
 * read on `woocommerce_payment_complete` (gateways) and on every status change (offline methods
 * such as bank transfer, cash on delivery or cheque, confirmed by hand). They may all fire for one
 * order, in any order; the rules grant each line once. A paid order later set to Cancelled or
 * Failed, and refunds, go to their own rules. A failure never breaks the checkout: it is logged
 * and noted on the order for staff.
 */
final class Order_Hooks {

	/**
	 * Constructor.
	 *
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
		add_action( 'woocommerce_payment_complete', array( $this, 'paid' ), 20, 1 );
		add_action( 'woocommerce_order_status_changed', array( $this, 'status_changed' ), 20, 3 );
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
				if ( ! $order->is_paid() ) {
					return;
				}
				$this->note_all( $order->order_id, $this->purchases->order_paid( $order ) );
				$this->quotes->order_paid( $order );
			}
		);
	}

	/**
	 * An order changed status: paid ones grant; a paid order set to Cancelled or Failed is
	 * handled by the refund-window rules.
	 *
	 * @param int|string $order_id Order.
	 * @param string     $from     Status before, without `wc-`.
	 * @param string     $to       Status after.
	 */
	public function status_changed( $order_id, $from, $to ): void {
		if ( in_array( $to, array( 'cancelled', 'failed' ), true ) && in_array( $from, (array) wc_get_is_paid_statuses(), true ) ) {
			$this->guarded(
				(int) $order_id,
				function ( Order_Snapshot $order ) use ( $from ): void {
					$this->note_all( $order->order_id, $this->purchases->order_cancelled( $order, $from, get_current_user_id() ) );
					$this->quotes->order_cancelled( $order, $from );
				}
			);
			return;
		}
		$this->paid( $order_id );
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
				$this->note_all( $order->order_id, $this->purchases->order_refunded( $order, get_current_user_id() ) );
			}
		);
	}

	/**
	 * Adds what the rules did to the order's notes, so the order screen tells staff.
	 *
	 * @param int      $order_id Order.
	 * @param string[] $notes    Plain-text notes.
	 */
	private function note_all( int $order_id, array $notes ): void {
		foreach ( $notes as $note ) {
			$this->writer->add_note( $order_id, $note );
		}
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
