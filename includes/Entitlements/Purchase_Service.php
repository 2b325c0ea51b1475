<?php
/**
 * Plans bought in the shop: 365 days from payment, renewals that stack, refunds within the window,
 * order changes, subscriptions and guest purchases (R10, R11).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateInterval;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Works on plain values only; WooCommerce reaches it through Purchase objects. Each order line
 * grants, refunds and is flagged once (Purchase_Event_Repository's keys); a little over 250 lines
 * because every step of a line's life reads the events the others wrote.
 */
final class Purchase_Service {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader     $reader     Plans and the refund window.
	 * @param Entitlement_Repository $repository Storage.
	 * @param Clock                  $clock      Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Entitlement_Reader $reader, private Entitlement_Repository $repository, private Clock $clock = new System_Clock() ) {}

	/**
	 * Grants (or extends) a plan for a paid order line; the same line never grants twice.
	 *
	 * While the customer holds the plan, the period is extended from its current expiry;
	 * otherwise a new period starts at the payment date (R10).
	 *
	 * @param Purchase $purchase The paid line.
	 * @throws Domain_Exception When another request is granting the same line.
	 */
	public function grant_for_purchase( Purchase $purchase ): Entitlement {
		$plan   = $this->reader->plan( $purchase->plan_id );
		$key    = self::purchase_key( 'grant', $purchase->order_id, $purchase->order_item_id );
		$events = $this->repository->purchase_events();

		return Transaction::run(
			function () use ( $purchase, $plan, $key, $events ): Entitlement {
				if ( ! $events->claim(
					$key,
					array(
						'event'         => 'purchase',
						'order_id'      => $purchase->order_id,
						'order_item_id' => $purchase->order_item_id,
					)
				) ) {
					$existing = $this->repository->find( $events->entitlement_of( $key ) );
					if ( null === $existing ) {
						throw Domain_Exception::conflict( 'wp24hd_grant_in_progress', __( 'This order line is already being processed.', 'wp24-helpdesk' ) );
					}
					return $existing;
				}

				// A guest purchase (no account yet) never stacks on another guest's plan.
				$current = $purchase->user_id > 0 ? ( $this->repository->active_for_user( $purchase->user_id, $plan->id, $purchase->paid_at )[0] ?? null ) : null;
				if ( null !== $current ) {
					$before      = $current->expires_at;
					$entitlement = $this->repository->update( $current->id, array( 'expires_at' => Entitlement::add_days( $before, $plan->duration_days ) ) );
					$event       = 'renewal';
				} else {
					$before      = null;
					$entitlement = $this->repository->insert(
						array(
							'user_id'        => $purchase->user_id,
							'customer_email' => $purchase->user_id > 0 ? '' : sanitize_email( $purchase->email ),
							'plan_id'        => $plan->id,
							'source'         => Entitlement::SOURCE_ORDER,
							'order_id'       => $purchase->order_id,
							'order_item_id'  => $purchase->order_item_id,
							'status'         => Entitlement::ACTIVE,
							'starts_at'      => $purchase->paid_at,
							'expires_at'     => Entitlement::add_days( $purchase->paid_at, $plan->duration_days ),
							'paid_at'        => $purchase->paid_at,
						)
					);
					$event       = 'purchase';
				}
				$events->complete(
					$key,
					array(
						'entitlement_id' => $entitlement->id,
						'event'          => $event,
						'expires_before' => $before,
						'expires_after'  => $entitlement->expires_at,
						'paid_at'        => $purchase->paid_at,
					)
				);
				return $entitlement;
			}
		);
	}

	/**
	 * The idempotency key of what happened to one order line: site, order and line together, since
	 * line IDs restart when a shop's order tables are recreated and each site of a network counts
	 * its own orders.
	 *
	 * @param string $event    `grant` or `refund`.
	 * @param int    $order_id Order.
	 * @param int    $item_id  Order line.
	 */
	public static function purchase_key( string $event, int $order_id, int $item_id ): string {
		return sprintf( '%s:%d:%d:%d', $event, get_current_blog_id(), $order_id, $item_id );
	}

	/**
	 * Revokes the entitlement granted by a fully refunded order line (R11).
	 *
	 * A refund after the window needs `$override`, and is logged as such.
	 *
	 * @param int    $order_id      Order of the refunded line.
	 * @param int    $order_item_id Refunded line.
	 * @param int    $actor_id      Who refunded.
	 * @param bool   $override      Staff accepted a refund outside the window.
	 * @param string $note          Why.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function refund_order_item( int $order_id, int $order_item_id, int $actor_id, bool $override = false, string $note = '' ): ?Entitlement {
		$events      = $this->repository->purchase_events();
		$grant       = $events->find( self::purchase_key( 'grant', $order_id, $order_item_id ) );
		$entitlement = null === $grant ? null : $this->repository->find( $grant->entitlement_id );
		$refund_key  = self::purchase_key( 'refund', $order_id, $order_item_id );
		if ( null === $entitlement || Entitlement::REFUNDED === $entitlement->status || null !== $events->find( $refund_key ) ) {
			return $entitlement;
		}
		$inside = $this->inside_window( $grant, $entitlement );
		if ( ! $inside && ! $override ) {
			throw Domain_Exception::conflict( 'wp24hd_refund_window_closed', __( 'The refund window of this plan has closed.', 'wp24-helpdesk' ) );
		}
		$claim   = array(
			'entitlement_id' => $entitlement->id,
			'event'          => $inside ? 'refund' : 'refund_override',
			'actor_id'       => $actor_id,
			'order_id'       => $order_id,
			'order_item_id'  => $order_item_id,
			'note'           => $note,
		);
		$renewal = $grant->is_renewal();
		return Transaction::run(
			function () use ( $entitlement, $events, $refund_key, $claim, $renewal ): Entitlement {
				$change = array( 'status' => Entitlement::REFUNDED );
				if ( $renewal ) {
					// A refunded renewal takes back the year it added; the plan bought before stays.
					$after  = $entitlement->expires_at->sub( new DateInterval( 'P' . $this->reader->plan( $entitlement->plan_id )->duration_days . 'D' ) );
					$claim += array(
						'expires_before' => $entitlement->expires_at,
						'expires_after'  => $after,
					);
					$change = array( 'expires_at' => $after );
				}
				return $events->claim( $refund_key, $claim ) ? $this->repository->update( $entitlement->id, $change ) : $entitlement;
			}
		);
	}

	/**
	 * Whether an order line was refunded and the refund was outside the window (for the order screen).
	 *
	 * @param int $order_id      Order.
	 * @param int $order_item_id Order line.
	 * @return array{entitlement: Entitlement|null, refund_window_open: bool, refunded: string, granted: string} Refund event, or ''; grant event (`purchase`, `renewal`), or ''.
	 */
	public function for_order_item( int $order_id, int $order_item_id ): array {
		$events      = $this->repository->purchase_events();
		$grant       = $events->find( self::purchase_key( 'grant', $order_id, $order_item_id ) );
		$entitlement = null === $grant ? null : $this->repository->find( $grant->entitlement_id );
		$refund      = $events->find( self::purchase_key( 'refund', $order_id, $order_item_id ) );
		return array(
			'granted'            => null === $grant ? '' : $grant->event,
			'entitlement'        => $entitlement,
			'refund_window_open' => null !== $entitlement && $this->inside_window( $grant, $entitlement ),
			'refunded'           => null === $refund ? '' : $refund->event,
		);
	}

	/**
	 * Records, once, that the order behind a purchase was cancelled or failed after the refund
	 * window while the plan was kept, so the plan's log tells staff (R11 allows no refund then).
	 *
	 * @param Entitlement $entitlement   The plan held.
	 * @param int         $order_id      Order.
	 * @param int         $order_item_id Order line.
	 * @param int         $actor_id      Who changed the order.
	 * @param string      $status        The order's new status.
	 */
	public function flag_order_change( Entitlement $entitlement, int $order_id, int $order_item_id, int $actor_id, string $status ): void {
		$this->repository->purchase_events()->claim(
			self::purchase_key( 'order_' . $status, $order_id, $order_item_id ),
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => 'order_cancelled',
				'actor_id'       => $actor_id,
				'order_id'       => $order_id,
				'order_item_id'  => $order_item_id,
				/* translators: 1: WooCommerce order number, 2: order status. */
				'note'           => sprintf( __( 'WooCommerce order #%1$d was set to %2$s after the refund window; the plan was kept.', 'wp24-helpdesk' ), $order_id, $status ),
			)
		);
	}

	/**
	 * Follows a subscription's status on the entitlement its first order granted (WooCommerce
	 * Subscriptions): on hold suspends it, active restores it, cancelled and expired end it.
	 *
	 * @param int    $order_id Parent order of the subscription.
	 * @param string $status   Entitlement status.
	 * @param string $note     What happened, for the log.
	 * @return Entitlement|null The entitlement, or null when the order granted none.
	 */
	public function follow_subscription( int $order_id, string $status, string $note ): ?Entitlement {
		$entitlement = $this->repository->for_order( $order_id );
		if ( null === $entitlement || $entitlement->status === $status || Entitlement::REFUNDED === $entitlement->status ) {
			return $entitlement;
		}
		return $this->repository->update_logged(
			$entitlement->id,
			array( 'status' => $status ),
			array(
				'event'    => 'subscription_' . $status,
				'actor_id' => 0,
				'note'     => $note,
			)
		);
	}

	/**
	 * Gives the plans bought as a guest with this email to the account that now has it.
	 *
	 * @param int    $user_id New account.
	 * @param string $email   Its email.
	 * @return int How many plans it claimed.
	 */
	public function claim_guest_purchases( int $user_id, string $email ): int {
		$email = sanitize_email( $email );
		if ( $user_id <= 0 || ! is_email( $email ) ) {
			return 0;
		}
		$claimed = $this->repository->claim_guest_entitlements( $user_id, $email );
		foreach ( $claimed as $id ) {
			$this->repository->log()->add(
				array(
					'entitlement_id' => $id,
					'event'          => 'claimed',
					'actor_id'       => $user_id,
				)
			);
		}
		return count( $claimed );
	}

	/**
	 * Whether the payment behind a grant is still inside the refund window now (R11).
	 *
	 * @param Purchase_Event|null $grant       The grant's event, when the line granted.
	 * @param Entitlement         $entitlement What it granted.
	 */
	private function inside_window( ?Purchase_Event $grant, Entitlement $entitlement ): bool {
		$paid = $grant->paid_at ?? $entitlement->paid_at;
		return null !== $paid && $this->reader->paid_within_window( $entitlement, $paid, $this->clock->now() );
	}
}
