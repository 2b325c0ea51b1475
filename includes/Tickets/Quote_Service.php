<?php
/**
 * Quotes for one-shot work (R8): priced before work starts, accepted by the customer.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;
use WP24\Helpdesk\Commerce\Shop_Currencies;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Money\Money;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * A ticket has at most one live quote: sending a new one replaces a pending one.
 */
final class Quote_Service {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Storage.
	 * @param Lifecycle_Service $tickets    Status moves and thread notes.
	 */
	public function __construct( private Ticket_Repository $repository, private Lifecycle_Service $tickets ) {}

	/**
	 * A technician sends (or drafts) a quote.
	 *
	 * @param Ticket            $ticket       Ticket.
	 * @param int               $amount_cents Price in cents (> 0).
	 * @param string            $currency     ISO 4217.
	 * @param string            $conditions   Conditions, plain text.
	 * @param DateTimeImmutable $valid_until  Last moment it can be accepted.
	 * @param bool              $send         Send now (else keep as draft).
	 * @param int               $actor_id     Technician.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function create( Ticket $ticket, int $amount_cents, string $currency, string $conditions, DateTimeImmutable $valid_until, bool $send, int $actor_id ): Quote {
		if ( Ticket_Status::CLOSED === $ticket->status ) {
			throw Domain_Exception::conflict( 'wp24hd_ticket_closed', __( 'A closed ticket cannot receive a quote.', 'wp24-helpdesk' ) );
		}
		if ( $amount_cents <= 0 ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_amount', __( 'amount: the price must be greater than zero.', 'wp24-helpdesk' ) );
		}
		if ( ! Shop_Currencies::accepts( $currency ) ) {
			/* translators: %s: currency code. */
			throw Domain_Exception::invalid( 'wp24hd_invalid_currency', sprintf( __( 'currency: the shop cannot take payments in %s. Use a currency WooCommerce knows, such as EUR.', 'wp24-helpdesk' ), strtoupper( $currency ) ) );
		}
		if ( $valid_until <= $this->now() ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_validity', __( 'valid_until: the quote must be valid for some time from now.', 'wp24-helpdesk' ) );
		}
		$current = $this->repository->quotes()->latest( $ticket->id() );
		if ( null !== $current && Quote_Status::ACCEPTED === $current->status ) {
			throw Domain_Exception::conflict( 'wp24hd_quote_already_accepted', __( 'The customer already accepted a quote for this ticket.', 'wp24-helpdesk' ) );
		}
		$quote = Transaction::run(
			function () use ( $ticket, $amount_cents, $currency, $conditions, $valid_until, $send, $actor_id, $current ): Quote {
				if ( null !== $current && in_array( $current->status, array( Quote_Status::DRAFT, Quote_Status::SENT ), true ) ) {
					$this->repository->quotes()->update( $current->id, array( 'status' => Quote_Status::EXPIRED->value ) );
				}
				$quote = $this->repository->quotes()->insert(
					array(
						'ticket_id'    => $ticket->id(),
						'amount_cents' => $amount_cents,
						'currency'     => strtoupper( $currency ),
						'conditions'   => sanitize_textarea_field( $conditions ),
						'valid_until'  => Ticket_Repository::date( $valid_until ),
						'status'       => ( $send ? Quote_Status::SENT : Quote_Status::DRAFT )->value,
						'created_by'   => $actor_id,
						'sent_at'      => $send ? $this->repository->now() : null,
					)
				);
				if ( $send ) {
					$this->tickets->system_note(
						$ticket,
						sprintf(
							/* translators: 1: amount and currency, e.g. "350.00 EUR", 2: date. */
							__( 'Quote sent: %1$s, valid until %2$s. The work starts once you accept it.', 'wp24-helpdesk' ),
							( new Money( $amount_cents, $currency ) )->format(),
							// The day as the thread's times and the admin app write it (one date format per screen).
							wp_date( _x( 'l j F Y', 'day format', 'wp24-helpdesk' ), $valid_until->getTimestamp() )
						),
						false,
						$actor_id
					);
					if ( Ticket_Status::QUOTE_SENT !== $ticket->status ) {
						$this->tickets->move( $ticket, Ticket_Status::QUOTE_SENT, $actor_id );
					}
				}
				return $quote;
			}
		);
		if ( $send ) {
			/**
			 * Fires after a quote was sent to the customer, once committed.
			 *
			 * @since 0.2.0
			 *
			 * @param int $ticket_id Ticket.
			 * @param int $quote_id  Quote.
			 */
			Transaction::after_commit( static fn() => do_action( 'wp24hd_quote_sent', $ticket->id(), $quote->id ) );
		}
		return $quote;
	}

	/**
	 * The customer accepts or declines the sent quote; who, when and from where are stored.
	 *
	 * @param Ticket $ticket   Ticket.
	 * @param bool   $accept   Accept (else decline).
	 * @param int    $actor_id Customer (0 for a guest).
	 * @param string $ip       Client IP.
	 * @return Quote The quote as decided.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function decide( Ticket $ticket, bool $accept, int $actor_id, string $ip ): Quote {
		$quote = $this->repository->quotes()->latest( $ticket->id() );
		if ( null === $quote || Quote_Status::SENT !== $quote->status ) {
			throw Domain_Exception::conflict( 'wp24hd_no_pending_quote', __( 'There is no quote waiting for your answer.', 'wp24-helpdesk' ) );
		}
		if ( $quote->valid_until < $this->now() ) {
			$this->repository->quotes()->update( $quote->id, array( 'status' => Quote_Status::EXPIRED->value ) );
			throw Domain_Exception::conflict( 'wp24hd_quote_expired', __( 'This quote has expired. Reply to the ticket to ask for a new one.', 'wp24-helpdesk' ) );
		}
		$decided = Transaction::run(
			function () use ( $ticket, $accept, $actor_id, $ip, $quote ): Quote {
				$this->repository->quotes()->update(
					$quote->id,
					array(
						'status'     => ( $accept ? Quote_Status::ACCEPTED : Quote_Status::DECLINED )->value,
						'decided_by' => $actor_id,
						'decided_at' => $this->repository->now(),
						'decided_ip' => substr( $ip, 0, 45 ),
					)
				);
				if ( $accept ) {
					$this->tickets->system_note( $ticket, __( 'Quote accepted by the customer. The technicians can start the work.', 'wp24-helpdesk' ), false, $actor_id );
					$this->tickets->move( $ticket, Ticket_Status::OPEN, $actor_id );
				} else {
					$this->tickets->system_note( $ticket, __( 'Quote declined by the customer.', 'wp24-helpdesk' ), false, $actor_id );
					$this->tickets->move( $ticket, Ticket_Status::CLOSED, $actor_id, 'quote_declined' );
				}
				return $this->repository->quotes()->find( $quote->id ) ?? $quote;
			}
		);

		/**
		 * Fires after the customer accepted or declined a quote, once committed.
		 *
		 * @since 0.2.0
		 *
		 * @param int  $ticket_id Ticket.
		 * @param int  $quote_id  Quote.
		 * @param bool $accepted  Whether it was accepted.
		 */
		Transaction::after_commit( static fn() => do_action( 'wp24hd_quote_decided', $ticket->id(), $decided->id, $accept ) );

		return $decided;
	}

	/**
	 * Marks a sent quote expired at the end of its validity; returns its ticket, or null when the
	 * quote was no longer `sent` (accepted, declined or expired by another run).
	 *
	 * @param Quote $quote Quote as read by the job.
	 */
	public function expire( Quote $quote ): ?Ticket {
		return Transaction::run(
			function () use ( $quote ): ?Ticket {
				if ( ! $this->repository->quotes()->transition( $quote->id, Quote_Status::SENT, Quote_Status::EXPIRED ) ) {
					return null;
				}
				$ticket = $this->repository->find( $quote->ticket_id );
				if ( null !== $ticket ) {
					$this->tickets->system_note( $ticket, __( 'The quote expired without an answer. Reply to the ticket to ask for a new one.', 'wp24-helpdesk' ), false );
				}
				return $ticket;
			}
		);
	}

	/**
	 * The latest quote of a ticket, or null.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function latest( Ticket $ticket ): ?Quote {
		return $this->repository->quotes()->latest( $ticket->id() );
	}

	/**
	 * Now, UTC.
	 */
	private function now(): DateTimeImmutable {
		return $this->repository->clock()->now();
	}
}
