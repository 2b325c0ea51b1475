<?php
/**
 * R8: an accepted one-shot quote paid through WooCommerce.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Tickets\Quote_Service;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket_Service;

defined( 'ABSPATH' ) || exit;

/**
 * One pending order per quote, reused while unpaid; its payment moves the ticket on.
 */
final class Quote_Payments {

	/**
	 * @param Ticket_Repository $repository Quotes.
	 * @param Ticket_Service    $tickets    Thread notes and status.
	 * @param Order_Writer      $writer     WooCommerce orders.
	 */
	public function __construct( private Ticket_Repository $repository, private Ticket_Service $tickets, private Order_Writer $writer ) {}

	/**
	 * The payment link for the ticket's accepted quote, creating its order the first time.
	 *
	 * @param Ticket $ticket The ticket.
	 * @return array{order_id: int, payment_url: string}
	 */
	public function payment_for( Ticket $ticket ): array {
		$quote = $this->repository->latest_quote( $ticket->id() );
		if ( null === $quote || Quote_Service::ACCEPTED !== $quote['status'] ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_not_accepted', __( 'Only an accepted quote can be paid.', 'wp24-helpdesk' ) );
		}
		if ( ! empty( $quote['paid_at'] ) ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_paid', __( 'This quote is already paid. Thank you!', 'wp24-helpdesk' ) );
		}
		$order_id = (int) $quote['order_id'];
		if ( $order_id > 0 ) {
			$url = $this->writer->payment_url( $order_id );
			if ( null !== $url ) {
				return array(
					'order_id'    => $order_id,
					'payment_url' => $url,
				);
			}
		}
		$email = $ticket->is_guest() ? (string) $ticket->guest_email : (string) ( get_userdata( $ticket->customer_id() )->user_email ?? '' );
		$order = $this->writer->create_quote_order(
			$ticket->customer_id(),
			$email,
			/* translators: 1: ticket reference, 2: ticket subject. */
			sprintf( __( 'Quote for ticket %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
			(int) $quote['amount_cents'] / 100,
			(string) $quote['currency'],
			(int) $quote['id']
		);
		$this->repository->update_quote( (int) $quote['id'], array( 'order_id' => $order['order_id'] ) );
		/* translators: %d: WooCommerce order number. */
		$this->tickets->system_note( $ticket, sprintf( __( 'Payment order #%d created for the accepted quote.', 'wp24-helpdesk' ), $order['order_id'] ), true );
		return $order;
	}

	/**
	 * Records the payment of a quote's order once, notes it on the ticket and opens the ticket.
	 *
	 * @param Order_Snapshot $order The paid order.
	 */
	public function order_paid( Order_Snapshot $order ): void {
		if ( $order->quote_id <= 0 || ! $order->is_paid() ) {
			return;
		}
		$quote = $this->repository->find_quote( $order->quote_id );
		if ( null === $quote || (int) $quote['order_id'] !== $order->order_id ) {
			return;
		}
		Transaction::run(
			function () use ( $order, $quote ): void {
				if ( ! $this->repository->mark_quote_paid( (int) $quote['id'], Ticket_Repository::date( $order->paid_at ) ) ) {
					return;
				}
				$ticket = $this->repository->find( (int) $quote['ticket_id'] );
				if ( null === $ticket ) {
					return;
				}
				/* translators: %d: WooCommerce order number. */
				$this->tickets->system_note( $ticket, sprintf( __( 'Payment received for the quote (order #%d). Thank you!', 'wp24-helpdesk' ), $order->order_id ), false );
				if ( ! in_array( $ticket->status(), array( Ticket::STATUS_OPEN, Ticket::STATUS_CLOSED ), true ) ) {
					$this->tickets->move( $ticket, Ticket::STATUS_OPEN, 0 );
				}
			}
		);
	}
}
