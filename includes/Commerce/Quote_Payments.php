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
use WP24\Helpdesk\Tickets\Quote_Status;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Lifecycle_Service;
use WP24\Helpdesk\Tickets\Ticket_Status;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * A quote has at most one live order: it is reused while it needs payment, a payment under way
 * (on hold for a bank transfer, say) is waited for, and only a cancelled, refunded or deleted order
 * is replaced. Whichever order made for the quote is paid marks it paid, once.
 */
final class Quote_Payments {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Quotes.
	 * @param Lifecycle_Service $tickets    Thread notes and status.
	 * @param Order_Reader      $reader     WooCommerce orders, read.
	 * @param Order_Writer      $writer     WooCommerce orders, written.
	 */
	public function __construct( private Ticket_Repository $repository, private Lifecycle_Service $tickets, private Order_Reader $reader, private Order_Writer $writer ) {}

	/**
	 * The payment link for the ticket's accepted quote, creating its order when it has no live one.
	 *
	 * @param Ticket $ticket The ticket.
	 * @return array{order_id: int, payment_url: string}
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function payment_for( Ticket $ticket ): array {
		$quote = $this->repository->quotes()->latest( $ticket->id() );
		if ( null === $quote || Quote_Status::ACCEPTED !== $quote->status ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_not_accepted', __( 'Only an accepted quote can be paid.', 'wp24-helpdesk' ) );
		}
		$order_id = $quote->order_id;
		$state    = $order_id > 0 && ! $quote->is_paid() ? $this->reader->payment_state( $order_id ) : Order_Reader::ORDER_GONE;
		if ( Order_Reader::ORDER_PAID === $state ) {
			// Paid, but its hook never reached us (a failure, or the plugin was inactive): record it now.
			$paid = $this->reader->read( $order_id );
			if ( null !== $paid ) {
				$this->order_paid( $paid );
			}
			$quote = $this->repository->quotes()->find( $quote->id ) ?? $quote;
		}
		if ( $quote->is_paid() ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_paid', __( 'This quote is already paid. Thank you!', 'wp24-helpdesk' ) );
		}
		if ( Order_Reader::ORDER_NEEDS_PAYMENT === $state ) {
			return array(
				'order_id'    => $order_id,
				'payment_url' => $this->writer->payment_url( $order_id ),
			);
		}
		if ( Order_Reader::ORDER_UNDER_WAY === $state ) {
			/* translators: %d: WooCommerce order number. */
			throw Domain_Exception::conflict( 'wp24hd_quote_payment_under_way', sprintf( __( 'A payment for this quote is already under way (order #%d). It is confirmed as soon as the agency receives it.', 'wp24-helpdesk' ), $order_id ) );
		}
		$email = $ticket->is_guest() ? (string) $ticket->guest_email : (string) ( get_userdata( $ticket->customer_id() )->user_email ?? '' );
		$order = $this->writer->create_quote_order(
			$ticket->customer_id(),
			$email,
			/* translators: 1: ticket reference, 2: ticket subject. */
			sprintf( __( 'Quote for ticket %1$s: %2$s', 'wp24-helpdesk' ), $ticket->reference, $ticket->subject ),
			$quote->amount->cents / 100,
			$quote->amount->currency,
			$quote->id
		);
		try {
			$this->repository->quotes()->update( $quote->id, array( 'order_id' => $order['order_id'] ) );
		} catch ( \Throwable $error ) {
			$this->writer->delete( $order['order_id'] );
			throw $error;
		}
		/* translators: %d: WooCommerce order number. */
		$this->tickets->system_note( $ticket, sprintf( __( 'Payment order #%d created for the accepted quote.', 'wp24-helpdesk' ), $order['order_id'] ), true );
		return $order;
	}

	/**
	 * Records the payment of any order made for a quote, once; notes it and opens the ticket.
	 *
	 * @param Order_Snapshot $order The paid order.
	 */
	public function order_paid( Order_Snapshot $order ): void {
		if ( $order->quote_id <= 0 || ! $order->is_paid() ) {
			return;
		}
		$quote = $this->repository->quotes()->find( $order->quote_id );
		if ( null === $quote ) {
			return;
		}
		Transaction::run(
			function () use ( $order, $quote ): void {
				if ( ! $this->repository->quotes()->mark_paid( $quote->id, Ticket_Repository::date( $order->paid_at ), $order->order_id ) ) {
					return;
				}
				$ticket = $this->repository->find( $quote->ticket_id );
				if ( null === $ticket ) {
					return;
				}
				/* translators: %d: WooCommerce order number. */
				$this->tickets->system_note( $ticket, sprintf( __( 'Payment received for the quote (order #%d). Thank you!', 'wp24-helpdesk' ), $order->order_id ), false );
				if ( $quote->order_id > 0 && $quote->order_id !== $order->order_id ) {
					/* translators: 1: the paying order, 2: the quote's newer order. */
					$this->tickets->system_note( $ticket, sprintf( __( 'The quote was paid with order #%1$d, not with its newer order #%2$d: cancel that one in WooCommerce.', 'wp24-helpdesk' ), $order->order_id, $quote->order_id ), true );
				}
				if ( ! in_array( $ticket->status, array( Ticket_Status::OPEN, Ticket_Status::CLOSED ), true ) ) {
					$this->tickets->move( $ticket, Ticket_Status::OPEN, 0 );
				}
			}
		);
	}

	/**
	 * The order that paid a quote was set to Cancelled or Failed: the quote stays paid (the money
	 * question is the shop's) and staff are told in the thread, never silently.
	 *
	 * @param Order_Snapshot $order The order.
	 * @param string         $from  Its paid status before.
	 */
	public function order_cancelled( Order_Snapshot $order, string $from ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed -- the order hooks pass every handler the same arguments.
		if ( $order->quote_id <= 0 ) {
			return;
		}
		$quote  = $this->repository->quotes()->find( $order->quote_id );
		$ticket = null === $quote ? null : $this->repository->find( $quote->ticket_id );
		if ( null === $ticket || null === $quote || ! $quote->is_paid() || $quote->order_id !== $order->order_id ) {
			return;
		}
		/* translators: 1: WooCommerce order number, 2: order status. */
		$note = sprintf( __( 'The order that paid this quote (#%1$d) was set to %2$s in WooCommerce. The quote is still recorded as paid: check the payment before going on.', 'wp24-helpdesk' ), $order->order_id, $order->status );
		$this->tickets->system_note( $ticket, $note, true );
		$this->writer->add_note( $order->order_id, 'WP24 Helpdesk: ' . $note );
	}
}
