<?php
/**
 * What the rest of the desk asks about plan holdings: the plan a customer holds now, one holding,
 * whether a refund may still be asked for (R10, R11).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateInterval;
use DateTimeImmutable;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Plans\Plan;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Reads only; the services that change holdings (purchases, staff, renewals) share it.
 */
final class Entitlement_Reader {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Repository $repository Storage.
	 * @param Plan_Post_Type         $plans      Plan source.
	 * @param Clock                  $clock      Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Entitlement_Repository $repository, private Plan_Post_Type $plans, private Clock $clock = new System_Clock() ) {}

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
		return $this->repository->active_for_user( $user_id, 0, $at ?? $this->clock->now() )[0] ?? null;
	}

	/**
	 * An entitlement, or a 404.
	 *
	 * @param int $id Entitlement.
	 * @throws Domain_Exception When no holding has this ID.
	 */
	public function existing( int $id ): Entitlement {
		$entitlement = $this->repository->find( $id );
		if ( null === $entitlement ) {
			throw Domain_Exception::not_found( 'wp24hd_entitlement_not_found', __( 'No plan holding has this ID.', 'wp24-helpdesk' ) );
		}
		return $entitlement;
	}

	/**
	 * A published or draft plan, or a 400.
	 *
	 * @param int $plan_id Plan.
	 * @throws Domain_Exception When no plan has this ID.
	 */
	public function plan( int $plan_id ): Plan {
		$plan = $this->plans->find( $plan_id );
		if ( null === $plan ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_plan', __( 'plan_id: no plan has this ID.', 'wp24-helpdesk' ) );
		}
		return $plan;
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
		$paid = $this->repository->purchase_events()->last_payment( $entitlement->id ) ?? $entitlement->paid_at;
		if ( Entitlement::ACTIVE !== $entitlement->status || null === $paid ) {
			return false;
		}
		return $this->paid_within_window( $entitlement, $paid, $at ?? $this->clock->now() );
	}

	/**
	 * Whether a payment is still inside the plan's refund window at a moment (R11).
	 *
	 * @param Entitlement       $entitlement Entitlement (for its plan).
	 * @param DateTimeImmutable $paid        Payment.
	 * @param DateTimeImmutable $at          Moment.
	 */
	public function paid_within_window( Entitlement $entitlement, DateTimeImmutable $paid, DateTimeImmutable $at ): bool {
		$plan  = $this->plans->find( $entitlement->plan_id );
		$hours = $plan ? $plan->refund_window_hours : 24;
		return $at < $paid->add( new DateInterval( 'PT' . $hours . 'H' ) );
	}
}
