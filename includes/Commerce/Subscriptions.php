<?php
/**
 * WooCommerce Subscriptions: subscription status and renewal payments drive the entitlement.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Purchase_Service;

defined( 'ABSPATH' ) || exit;

/**
 * Registered only when the extension is active. A renewal order is paid like any order (its
 * plan line extends the plan from its expiry); status changes follow on the entitlement
 * granted by the subscription's first (parent) order.
 */
final class Subscriptions {

	/** Subscription status → entitlement status. */
	private const STATUSES = array(
		'active'    => Entitlement::ACTIVE,
		'on-hold'   => Entitlement::ON_HOLD,
		'cancelled' => Entitlement::CANCELLED,
		'expired'   => Entitlement::EXPIRED,
	);

	/**
	 * Constructor.
	 *
	 * @param Purchase_Service $entitlements The rules.
	 * @param Order_Hooks      $orders       Paid orders.
	 */
	public function __construct( private Purchase_Service $entitlements, private Order_Hooks $orders ) {}

	/**
	 * Whether WooCommerce Subscriptions is active.
	 */
	public static function available(): bool {
		return class_exists( 'WC_Subscriptions' ) || function_exists( 'wcs_get_subscription' );
	}

	/**
	 * Adds the subscription hooks.
	 */
	public function register(): void {
		add_action( 'woocommerce_subscription_status_updated', array( $this, 'status_updated' ), 20, 3 );
		add_action( 'woocommerce_subscription_renewal_payment_complete', array( $this, 'renewal_paid' ), 20, 2 );
	}

	/**
	 * A subscription changed status.
	 *
	 * @param \WC_Subscription|object $subscription Subscription.
	 * @param string                  $new_status   New status.
	 * @param string                  $old_status   Previous status.
	 */
	public function status_updated( $subscription, $new_status, $old_status ): void {
		$status = self::STATUSES[ (string) $new_status ] ?? null;
		if ( null === $status ) {
			return;
		}
		$this->entitlements->follow_subscription(
			(int) $subscription->get_parent_id(),
			$status,
			/* translators: 1: subscription number, 2: old status, 3: new status. */
			sprintf( __( 'Subscription #%1$d went from %2$s to %3$s.', 'wp24-helpdesk' ), (int) $subscription->get_id(), (string) $old_status, (string) $new_status )
		);
	}

	/**
	 * A renewal order was paid: it extends the plan like a renewal purchase.
	 *
	 * @param \WC_Subscription|object $subscription Subscription.
	 * @param \WC_Order|object        $last_order   The renewal order.
	 */
	public function renewal_paid( $subscription, $last_order ): void {
		$this->orders->paid( (int) $last_order->get_id() );
	}
}
