<?php
/**
 * The emails about plans: renewal reminder, plan expired, and the staff digest of the renewal queue.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Time\Date_Format;

defined( 'ABSPATH' ) || exit;

/**
 * Customer emails name only the customer's own plan; the digest goes to staff alone.
 */
final class Renewal_Notifications {

	/**
	 * Constructor.
	 *
	 * @param Notifier          $notifier Delivery.
	 * @param Links             $links    Links.
	 * @param Plan_Post_Type    $plans    Plan names.
	 * @param Settings_Calendar $calendar Business timezone.
	 */
	public function __construct(
		private Notifier $notifier,
		private Links $links,
		private Plan_Post_Type $plans,
		private Settings_Calendar $calendar,
	) {}

	/**
	 * The reminder a month (the plan's notice) before expiry.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	public function renewal_reminder( Entitlement $entitlement ): bool {
		return $this->notifier->send(
			Notification_Types::RENEWAL_REMINDER,
			Recipient::user( $entitlement->user_id ),
			fn(): Email => new Email(
				Notification_Types::RENEWAL_REMINDER,
				/* translators: 1: plan name, 2: date. */
				sprintf( __( 'Your %1$s expires on %2$s', 'wp24-helpdesk' ), $this->plan_name( $entitlement ), $this->day( $entitlement ) ),
				__( 'Time to renew your maintenance plan', 'wp24-helpdesk' ),
				array(
					/* translators: 1: plan name, 2: date. */
					sprintf( __( 'Your %1$s covers your site until %2$s.', 'wp24-helpdesk' ), $this->plan_name( $entitlement ), $this->day( $entitlement ) ),
					__( 'Renew it before then and the new year starts when the current one ends: you lose no days. One of our technicians may also get in touch with you.', 'wp24-helpdesk' ),
				),
				__( 'Renew your plan', 'wp24-helpdesk' ),
				$this->links->plans()
			)
		);
	}

	/**
	 * The notice at expiry: from now on, requests are handled as without a plan.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	public function plan_expired( Entitlement $entitlement ): bool {
		return $this->notifier->send(
			Notification_Types::PLAN_EXPIRED,
			Recipient::user( $entitlement->user_id ),
			fn(): Email => new Email(
				Notification_Types::PLAN_EXPIRED,
				/* translators: %s: plan name. */
				sprintf( __( 'Your %s has expired', 'wp24-helpdesk' ), $this->plan_name( $entitlement ) ),
				__( 'Your maintenance plan has expired', 'wp24-helpdesk' ),
				array(
					/* translators: 1: plan name, 2: date. */
					sprintf( __( 'Your %1$s ended on %2$s.', 'wp24-helpdesk' ), $this->plan_name( $entitlement ), $this->day( $entitlement ) ),
					__( 'Until you renew, we can help you with one-shot interventions priced by a quote. Renew to get support under the plan again.', 'wp24-helpdesk' ),
				),
				__( 'Renew your plan', 'wp24-helpdesk' ),
				$this->links->plans()
			)
		);
	}

	/**
	 * Tells staff which plans entered the renewal queue in this run.
	 *
	 * @param Entitlement[] $entered Entitlements that entered the queue.
	 */
	public function staff_digest( array $entered ): bool {
		if ( array() === $entered ) {
			return false;
		}
		return $this->notifier->send(
			Notification_Types::STAFF_RENEWAL_DIGEST,
			$this->notifier->staff(),
			function () use ( $entered ): Email {
				$lines = array();
				foreach ( $entered as $entitlement ) {
					$user    = get_userdata( $entitlement->user_id );
					$lines[] = sprintf(
						/* translators: 1: customer name, 2: email, 3: plan name, 4: date. */
						__( '%1$s <%2$s>: %3$s, expires %4$s', 'wp24-helpdesk' ),
						$user ? $user->display_name : '#' . $entitlement->user_id,
						$user ? $user->user_email : '',
						$this->plan_name( $entitlement ),
						$this->day( $entitlement )
					);
				}
				$count = count( $entered );
				return new Email(
					Notification_Types::STAFF_RENEWAL_DIGEST,
					/* translators: %d: number of plans. */
					sprintf( _n( '%d plan to renew: contact the customer', '%d plans to renew: contact the customers', $count, 'wp24-helpdesk' ), $count ),
					__( 'New in the renewal queue', 'wp24-helpdesk' ),
					array_merge( $lines, array( __( 'Record each contact in the renewal queue.', 'wp24-helpdesk' ) ) ),
					__( 'Open the renewal queue', 'wp24-helpdesk' ),
					$this->links->renewal_queue()
				);
			}
		);
	}

	/**
	 * The plan's name, in the current language when it is one of the translatable default plans.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	private function plan_name( Entitlement $entitlement ): string {
		$plan = $this->plans->find( $entitlement->plan_id );
		return $plan ? $plan->name : __( 'maintenance plan', 'wp24-helpdesk' );
	}

	/**
	 * The last covered day (the period ends at the start of `expires_at`), in the business timezone.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 */
	private function day( Entitlement $entitlement ): string {
		return Date_Format::day( $entitlement->expires_at->getTimestamp() - 1, $this->calendar->timezone() );
	}
}
