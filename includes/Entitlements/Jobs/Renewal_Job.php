<?php
/**
 * R12: plans near expiry enter the renewal queue with one reminder; plans past expiry end.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Jobs;

use DateInterval;
use DateTimeImmutable;
use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Entitlements\Renewal_Repository;
use WP24\Helpdesk\Entitlements\Renewal_Service;
use WP24\Helpdesk\Notifications\Renewal_Notifications;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Jobs\Batch_Job;
use WP24\Helpdesk\Jobs\Job;
use WP24\Helpdesk\Jobs\Job_Hooks;
use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * The reminder is keyed on the period's expiry, so a renewed plan is reminded again next year
 * and a rerun the same day reminds nobody twice.
 */
final class Renewal_Job implements Job {

	use Batch_Job;

	private const HOOK = Job_Hooks::RENEWALS;

	private const BATCH = 50;

	/** Notice when a plan no longer exists. */
	private const DEFAULT_NOTICE_DAYS = 30;

	/**
	 * Constructor.
	 *
	 * @param Renewal_Repository    $repository    Indexed queries over entitlements.
	 * @param Entitlement_Reader    $entitlements  Whether the customer still holds a plan.
	 * @param Renewal_Service       $renewals      Expiry and queue rules.
	 * @param Plan_Post_Type        $plans         Each plan's notice.
	 * @param Renewal_Notifications $notifications Reminder, expiry notice, digest.
	 */
	public function __construct(
		private Renewal_Repository $repository,
		private Entitlement_Reader $entitlements,
		private Renewal_Service $renewals,
		private Plan_Post_Type $plans,
		private Renewal_Notifications $notifications,
	) {}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Plan renewals and expiry', 'wp24-helpdesk' );
	}

	/**
	 * {@inheritDoc}
	 *
	 * @param DateTimeImmutable $now         The moment to act for.
	 * @param int               $max_batches Batches this run may take.
	 * @param Job_Lock|null     $lease       The run's lease, renewed before each batch.
	 */
	public function run( DateTimeImmutable $now, int $max_batches, ?Job_Lock $lease = null ): bool {
		$batches = 0;
		do {
			if ( ! self::next_batch( $batches, $max_batches, $lease ) ) {
				return false;
			}
			$ended = $this->repository->active_ended_by( $now, self::BATCH );
			foreach ( $ended as $entitlement ) {
				// A customer who already holds another active plan renewed: no "expired" email.
				if ( $this->renewals->expire( $entitlement ) && null === $this->entitlements->active_for_user( $entitlement->user_id, $now ) ) {
					$this->notifications->plan_expired( $entitlement );
				}
			}
		} while ( self::full_batch( $ended ) );

		$notices = $this->notice_days();
		$until   = $now->add( new DateInterval( 'P' . max( $notices ) . 'D' ) );
		$cursor  = array( '0000-00-00 00:00:00', 0 );
		$entered = array();
		do {
			if ( ! self::next_batch( $batches, $max_batches, $lease ) ) {
				$this->notifications->staff_digest( $entered );
				return false;
			}
			$candidates = $this->repository->renewal_candidates( $now, $until, $cursor, self::BATCH );
			foreach ( $candidates as $entitlement ) {
				$cursor = array( $entitlement->expires_at->format( 'Y-m-d H:i:s' ), $entitlement->id );
				$notice = $notices[ $entitlement->plan_id ] ?? self::DEFAULT_NOTICE_DAYS;
				if ( $entitlement->expires_at > $now->add( new DateInterval( 'P' . $notice . 'D' ) ) ) {
					continue;
				}
				if ( $this->renewals->enter_renewal_queue( $entitlement ) ) {
					$this->notifications->renewal_reminder( $entitlement );
					$entered[] = $entitlement;
				}
			}
		} while ( self::full_batch( $candidates ) );

		$this->notifications->staff_digest( $entered );
		return true;
	}

	/**
	 * Each plan's renewal notice in days, by plan ID (at least the default, for plans since deleted).
	 *
	 * @return array<int, int>
	 */
	private function notice_days(): array {
		$notices = array( 0 => self::DEFAULT_NOTICE_DAYS );
		foreach ( $this->plans->published() as $plan ) {
			$notices[ $plan->id ] = $plan->renewal_notice_days;
		}
		return $notices;
	}
}
