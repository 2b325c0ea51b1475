<?php
/**
 * What staff do to plan holdings by hand: grant, extend, revoke, each with a reason in the log.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * The rules of the staff actions; who may take them is the REST route's permission check.
 */
final class Staff_Entitlement_Service {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader     $reader     Holdings and plans, or their 404/400.
	 * @param Entitlement_Repository $repository Storage.
	 * @param Clock                  $clock      Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Entitlement_Reader $reader, private Entitlement_Repository $repository, private Clock $clock = new System_Clock() ) {}

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
		$plan = $this->reader->plan( $plan_id );
		if ( ! get_userdata( $user_id ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_user', __( 'user_id: no user has this ID.', 'wp24-helpdesk' ) );
		}
		$this->require_reason( $reason );
		$now         = $this->clock->now();
		$entitlement = $this->repository->insert(
			array(
				'user_id'    => $user_id,
				'plan_id'    => $plan->id,
				'source'     => Entitlement::SOURCE_STAFF,
				'status'     => Entitlement::ACTIVE,
				'starts_at'  => $now,
				'expires_at' => Entitlement::add_days( $now, $days > 0 ? $days : $plan->duration_days ),
			)
		);
		$this->repository->log()->add(
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
		$entitlement = $this->reader->existing( $id );
		$this->require_reason( $reason );
		if ( $days < 1 || $days > 3650 ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_days', __( 'days: extend by 1 to 3650 days.', 'wp24-helpdesk' ) );
		}
		if ( in_array( $entitlement->status, array( Entitlement::REFUNDED, Entitlement::CANCELLED ), true ) ) {
			throw Domain_Exception::conflict( 'wp24hd_entitlement_ended', __( 'A refunded or revoked plan cannot be extended; grant a new one.', 'wp24-helpdesk' ) );
		}
		$expires = Entitlement::add_days( max( $entitlement->expires_at, $this->clock->now() ), $days );
		return $this->repository->update_logged(
			$id,
			array(
				'expires_at' => $expires,
				'status'     => Entitlement::ACTIVE,
			),
			array(
				'event'          => 'staff_extend',
				'actor_id'       => $actor_id,
				'expires_before' => $entitlement->expires_at,
				'expires_after'  => $expires,
				'note'           => $reason,
			)
		);
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
		$entitlement = $this->reader->existing( $id );
		$this->require_reason( $reason );
		if ( Entitlement::ACTIVE !== $entitlement->status ) {
			throw Domain_Exception::conflict( 'wp24hd_entitlement_not_active', __( 'Only an active plan can be revoked.', 'wp24-helpdesk' ) );
		}
		return $this->repository->update_logged(
			$id,
			array( 'status' => Entitlement::CANCELLED ),
			array(
				'event'    => 'staff_revoke',
				'actor_id' => $actor_id,
				'note'     => $reason,
			)
		);
	}

	/**
	 * Refuses a staff action without a reason.
	 *
	 * @param string $reason Reason given.
	 * @throws Domain_Exception When no reason was given.
	 */
	private function require_reason( string $reason ): void {
		if ( '' === trim( $reason ) ) {
			throw Domain_Exception::invalid( 'wp24hd_reason_required', __( 'reason: say why, for the log.', 'wp24-helpdesk' ) );
		}
	}
}
