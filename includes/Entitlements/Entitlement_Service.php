<?php
/**
 * The plan-holding rules: 365 days from payment, renewals that stack, refunds, staff changes (R10–R12).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateInterval;
use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Plans\Plan;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Works on plain values only; WooCommerce reaches it through Purchase objects.
 */
final class Entitlement_Service {

	/** How staff reached the customer about a renewal. */
	public const CONTACT_CHANNELS = array( 'email', 'phone', 'whatsapp', 'in_person', 'other' );

	/** What came of a renewal contact. */
	public const CONTACT_OUTCOMES = array( 'renewing', 'thinking', 'not_renewing', 'no_answer', 'call_back' );

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Repository $repository Storage.
	 * @param Plan_Post_Type         $plans      Plan source.
	 * @param Clock                  $clock Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Entitlement_Repository $repository, private Plan_Post_Type $plans, private Clock $clock = new System_Clock() ) {}

	/**
	 * Grants (or extends) a plan for a paid order line; the same line never grants twice.
	 *
	 * While the customer holds the plan, the period is extended from its current expiry;
	 * otherwise a new period starts at the payment date (R10).
	 *
	 * @param Purchase $purchase The paid line.
	 */
	public function grant_for_purchase( Purchase $purchase ): Entitlement {
		$plan = $this->plan( $purchase->plan_id );
		$key  = self::purchase_key( 'grant', $purchase->order_id, $purchase->order_item_id );

		return Transaction::run(
			function () use ( $purchase, $plan, $key ): Entitlement {
				if ( ! $this->repository->claim_event(
					$key,
					array(
						'event'         => 'purchase',
						'order_id'      => $purchase->order_id,
						'order_item_id' => $purchase->order_item_id,
					)
				) ) {
					$existing = $this->repository->find( $this->repository->event_entitlement( $key ) );
					if ( null === $existing ) {
						throw Domain_Exception::conflict( 'wp24hd_grant_in_progress', __( 'This order line is already being processed.', 'wp24-helpdesk' ) );
					}
					return $existing;
				}

				// A guest purchase (no account yet) never stacks on another guest's plan.
				$current = $purchase->user_id > 0 ? ( $this->repository->active_for_user( $purchase->user_id, $plan->id, $purchase->paid_at )[0] ?? null ) : null;
				if ( null !== $current ) {
					$before      = $current->expires_at;
					$entitlement = $this->repository->update( $current->id, array( 'expires_at' => $this->add_days( $before, $plan->duration_days ) ) );
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
							'expires_at'     => $this->add_days( $purchase->paid_at, $plan->duration_days ),
							'paid_at'        => $purchase->paid_at,
						)
					);
					$event       = 'purchase';
				}
				$this->repository->complete_event(
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
	 * The plan the user holds at a moment, or null. With several, the one that lasts longest.
	 *
	 * @param int                    $user_id User.
	 * @param DateTimeImmutable|null $at      Moment; now by default.
	 */
	public function active_for_user( int $user_id, ?DateTimeImmutable $at = null ): ?Entitlement {
		if ( $user_id <= 0 ) {
			return null;
		}
		return $this->repository->active_for_user( $user_id, 0, $at ?? $this->now() )[0] ?? null;
	}

	/**
	 * Whether the customer may still ask for a refund of an entitlement (R11).
	 *
	 * Only purchases can be refunded, and only within the plan's window from the payment date.
	 *
	 * @param Entitlement            $entitlement Entitlement.
	 * @param DateTimeImmutable|null $at          Moment; now by default.
	 */
	public function refund_window_open( Entitlement $entitlement, ?DateTimeImmutable $at = null ): bool {
		$paid = $this->repository->last_payment( $entitlement->id ) ?? $entitlement->paid_at;
		if ( Entitlement::ACTIVE !== $entitlement->status || null === $paid ) {
			return false;
		}
		return $this->paid_within_window( $entitlement, $paid, $at ?? $this->now() );
	}

	/**
	 * Whether a payment is still inside the plan's refund window at a moment (R11).
	 *
	 * @param Entitlement       $entitlement Entitlement (for its plan).
	 * @param DateTimeImmutable $paid        Payment.
	 * @param DateTimeImmutable $at          Moment.
	 */
	private function paid_within_window( Entitlement $entitlement, DateTimeImmutable $paid, DateTimeImmutable $at ): bool {
		$plan  = $this->plans->find( $entitlement->plan_id );
		$hours = $plan ? $plan->refund_window_hours : 24;
		return $at < $paid->add( new DateInterval( 'PT' . $hours . 'H' ) );
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
		$grant       = $this->repository->event( self::purchase_key( 'grant', $order_id, $order_item_id ) );
		$entitlement = null === $grant ? null : $this->repository->find( (int) $grant['entitlement_id'] );
		if ( null === $entitlement || Entitlement::REFUNDED === $entitlement->status ) {
			return $entitlement;
		}
		$refund_key = self::purchase_key( 'refund', $order_id, $order_item_id );
		if ( null !== $this->repository->event( $refund_key ) ) {
			return $entitlement;
		}
		$paid   = empty( $grant['paid_at'] ) ? $entitlement->paid_at : new DateTimeImmutable( (string) $grant['paid_at'], new DateTimeZone( 'UTC' ) );
		$inside = null !== $paid && $this->paid_within_window( $entitlement, $paid, $this->now() );
		if ( ! $inside && ! $override ) {
			throw Domain_Exception::conflict( 'wp24hd_refund_window_closed', __( 'The refund window of this plan has closed.', 'wp24-helpdesk' ) );
		}
		$event = $inside ? 'refund' : 'refund_override';
		if ( 'renewal' !== $grant['event'] ) {
			return Transaction::run(
				function () use ( $entitlement, $actor_id, $event, $note, $refund_key, $order_id, $order_item_id ): Entitlement {
					if ( ! $this->repository->claim_event(
						$refund_key,
						array(
							'entitlement_id' => $entitlement->id,
							'event'          => $event,
							'actor_id'       => $actor_id,
							'order_id'       => $order_id,
							'order_item_id'  => $order_item_id,
							'note'           => $note,
						)
					) ) {
						return $entitlement;
					}
					return $this->repository->update( $entitlement->id, array( 'status' => Entitlement::REFUNDED ) );
				}
			);
		}
		// A refunded renewal takes back the year it added; the plan bought before stays.
		return Transaction::run(
			function () use ( $entitlement, $actor_id, $event, $note, $refund_key, $order_id, $order_item_id ): Entitlement {
				$plan  = $this->plan( $entitlement->plan_id );
				$after = $entitlement->expires_at->sub( new DateInterval( 'P' . $plan->duration_days . 'D' ) );
				if ( ! $this->repository->claim_event(
					$refund_key,
					array(
						'entitlement_id' => $entitlement->id,
						'event'          => $event,
						'actor_id'       => $actor_id,
						'order_id'       => $order_id,
						'order_item_id'  => $order_item_id,
						'expires_before' => $entitlement->expires_at,
						'expires_after'  => $after,
						'note'           => $note,
					)
				) ) {
					return $entitlement;
				}
				return $this->repository->update( $entitlement->id, array( 'expires_at' => $after ) );
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
		$grant       = $this->repository->event( self::purchase_key( 'grant', $order_id, $order_item_id ) );
		$entitlement = null === $grant ? null : $this->repository->find( (int) $grant['entitlement_id'] );
		$paid        = null === $grant || empty( $grant['paid_at'] ) ? $entitlement?->paid_at : new DateTimeImmutable( (string) $grant['paid_at'], new DateTimeZone( 'UTC' ) );
		$refund      = $this->repository->event( self::purchase_key( 'refund', $order_id, $order_item_id ) );
		return array(
			'granted'            => null === $grant ? '' : (string) $grant['event'],
			'entitlement'        => $entitlement,
			'refund_window_open' => null !== $entitlement && null !== $paid && $this->paid_within_window( $entitlement, $paid, $this->now() ),
			'refunded'           => null === $refund ? '' : (string) $refund['event'],
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
		$this->repository->claim_event(
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
		return $this->change_status( $entitlement, $status, 0, 'subscription_' . $status, $note );
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
			$this->repository->log(
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
	 * Ends an active entitlement whose period is over (R12); false when it was not active any more.
	 *
	 * @param Entitlement $entitlement Entitlement as read by the job.
	 */
	public function expire( Entitlement $entitlement ): bool {
		if ( ! $this->repository->transition( $entitlement->id, Entitlement::ACTIVE, Entitlement::EXPIRED ) ) {
			return false;
		}
		$this->repository->log(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => 'expired',
				'expires_before' => $entitlement->expires_at,
			)
		);
		return true;
	}

	/**
	 * Puts the entitlement in the renewal queue for its current period (R12); false when it already is.
	 *
	 * @param Entitlement $entitlement Entitlement as read by the job.
	 */
	public function enter_renewal_queue( Entitlement $entitlement ): bool {
		if ( ! $this->repository->claim_renewal_reminder( $entitlement ) ) {
			return false;
		}
		$this->repository->log(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => 'renewal_due',
				'expires_before' => $entitlement->expires_at,
			)
		);
		return true;
	}

	/**
	 * Staff record a renewal contact with the customer (R12): when, who, channel, outcome.
	 *
	 * @param int    $id       Entitlement.
	 * @param int    $actor_id Staff member.
	 * @param string $channel  One of CONTACT_CHANNELS.
	 * @param string $outcome  One of CONTACT_OUTCOMES.
	 * @param string $note     Free text.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function record_contact( int $id, int $actor_id, string $channel, string $outcome, string $note ): Entitlement {
		$entitlement = $this->existing( $id );
		if ( ! in_array( $channel, self::CONTACT_CHANNELS, true ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_channel', __( 'channel: choose email, phone, WhatsApp, in person or other.', 'wp24-helpdesk' ) );
		}
		if ( ! in_array( $outcome, self::CONTACT_OUTCOMES, true ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_outcome', __( 'outcome: not a known outcome.', 'wp24-helpdesk' ) );
		}
		$this->repository->log(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => 'contact',
				'actor_id'       => $actor_id,
				'channel'        => $channel,
				'outcome'        => $outcome,
				'note'           => mb_substr( sanitize_textarea_field( $note ), 0, 1000 ),
			)
		);
		return $entitlement;
	}

	/**
	 * Staff grant a plan by hand, starting now.
	 *
	 * @param int    $user_id  Customer.
	 * @param int    $plan_id  Plan.
	 * @param int    $days     Length; 0 for the plan's duration.
	 * @param int    $actor_id Staff member.
	 * @param string $reason   Why (kept in the log).
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function grant_by_staff( int $user_id, int $plan_id, int $days, int $actor_id, string $reason ): Entitlement {
		$plan = $this->plan( $plan_id );
		if ( ! get_userdata( $user_id ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_user', __( 'user_id: no user has this ID.', 'wp24-helpdesk' ) );
		}
		$this->require_reason( $reason );
		$now         = $this->now();
		$entitlement = $this->repository->insert(
			array(
				'user_id'    => $user_id,
				'plan_id'    => $plan->id,
				'source'     => Entitlement::SOURCE_STAFF,
				'status'     => Entitlement::ACTIVE,
				'starts_at'  => $now,
				'expires_at' => $this->add_days( $now, $days > 0 ? $days : $plan->duration_days ),
			)
		);
		$this->repository->log(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => 'staff_grant',
				'actor_id'       => $actor_id,
				'expires_after'  => $entitlement->expires_at,
				'note'           => $reason,
			)
		);
		return $entitlement;
	}

	/**
	 * Staff extend an entitlement by some days.
	 *
	 * @param int    $id       Entitlement.
	 * @param int    $days     Days to add (1–3650).
	 * @param int    $actor_id Staff member.
	 * @param string $reason   Why.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function extend( int $id, int $days, int $actor_id, string $reason ): Entitlement {
		$entitlement = $this->existing( $id );
		$this->require_reason( $reason );
		if ( $days < 1 || $days > 3650 ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_days', __( 'days: extend by 1 to 3650 days.', 'wp24-helpdesk' ) );
		}
		if ( in_array( $entitlement->status, array( Entitlement::REFUNDED, Entitlement::CANCELLED ), true ) ) {
			throw Domain_Exception::conflict( 'wp24hd_entitlement_ended', __( 'A refunded or revoked plan cannot be extended; grant a new one.', 'wp24-helpdesk' ) );
		}
		$updated = $this->repository->update(
			$id,
			array(
				'expires_at' => $this->add_days( max( $entitlement->expires_at, $this->now() ), $days ),
				'status'     => Entitlement::ACTIVE,
			)
		);
		$this->repository->log(
			array(
				'entitlement_id' => $id,
				'event'          => 'staff_extend',
				'actor_id'       => $actor_id,
				'expires_before' => $entitlement->expires_at,
				'expires_after'  => $updated->expires_at,
				'note'           => $reason,
			)
		);
		return $updated;
	}

	/**
	 * Staff revoke an entitlement.
	 *
	 * @param int    $id       Entitlement.
	 * @param int    $actor_id Staff member.
	 * @param string $reason   Why.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function revoke( int $id, int $actor_id, string $reason ): Entitlement {
		$entitlement = $this->existing( $id );
		$this->require_reason( $reason );
		if ( Entitlement::ACTIVE !== $entitlement->status ) {
			throw Domain_Exception::conflict( 'wp24hd_entitlement_not_active', __( 'Only an active plan can be revoked.', 'wp24-helpdesk' ) );
		}
		return $this->change_status( $entitlement, Entitlement::CANCELLED, $actor_id, 'staff_revoke', $reason );
	}

	/**
	 * An entitlement with its log, or a 404.
	 *
	 * @param int $id Entitlement.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function existing( int $id ): Entitlement {
		$entitlement = $this->repository->find( $id );
		if ( null === $entitlement ) {
			throw Domain_Exception::not_found( 'wp24hd_entitlement_not_found', __( 'No plan holding has this ID.', 'wp24-helpdesk' ) );
		}
		return $entitlement;
	}

	/**
	 * Moves a holding to another status and logs it.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @param string      $status      New status.
	 * @param int         $actor_id    Who.
	 * @param string      $event       Log event.
	 * @param string      $note        Why.
	 */
	private function change_status( Entitlement $entitlement, string $status, int $actor_id, string $event, string $note ): Entitlement {
		$updated = $this->repository->update( $entitlement->id, array( 'status' => $status ) );
		$this->repository->log(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => $event,
				'actor_id'       => $actor_id,
				'note'           => $note,
			)
		);
		return $updated;
	}

	/**
	 * A published or draft plan, or a 400.
	 *
	 * @param int $plan_id Plan.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	private function plan( int $plan_id ): Plan {
		$plan = $this->plans->find( $plan_id );
		if ( null === $plan ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_plan', __( 'plan_id: no plan has this ID.', 'wp24-helpdesk' ) );
		}
		return $plan;
	}

	/**
	 * Refuses a staff action without a reason.
	 *
	 * @param string $reason Reason given.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	private function require_reason( string $reason ): void {
		if ( '' === trim( $reason ) ) {
			throw Domain_Exception::invalid( 'wp24hd_reason_required', __( 'reason: say why, for the log.', 'wp24-helpdesk' ) );
		}
	}

	/**
	 * The moment a number of days later.
	 *
	 * @param DateTimeImmutable $from Start.
	 * @param int               $days Days.
	 */
	private function add_days( DateTimeImmutable $from, int $days ): DateTimeImmutable {
		return $from->setTimezone( new DateTimeZone( 'UTC' ) )->add( new DateInterval( 'P' . $days . 'D' ) );
	}

	/**
	 * Now, UTC.
	 */
	private function now(): DateTimeImmutable {
		return $this->clock->now();
	}
}
