<?php
/**
 * Starts the WooCommerce services once WooCommerce has loaded; without it, none of them exist.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Entitlements\Purchase_Service;
use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Commerce\Rest\Quote_Payment_Controller;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Intake_Service;
use WP24\Helpdesk\Tickets\Lifecycle_Service;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Plans and staff-granted entitlements work without WooCommerce; buying, refunds, quote payments
 * and the My Account tab appear with it.
 */
final class Commerce_Integration {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader $entitlements Plan holdings.
	 * @param Purchase_Service   $purchases    Plans bought in the shop.
	 * @param Plan_Post_Type     $plans        Plans.
	 * @param Ticket_Repository  $tickets      Tickets and quotes.
	 * @param Lifecycle_Service  $lifecycle    Thread notes and status of paid quotes.
	 * @param Intake_Service     $intakes      Refund requests from the account tab.
	 * @param Ticket_Access      $access       Ticket visibility.
	 * @param Links              $links        Links.
	 * @param Settings_Calendar  $calendar     Business timezone (the account tab's dates).
	 */
	public function __construct(
		private Entitlement_Reader $entitlements,
		private Purchase_Service $purchases,
		private Plan_Post_Type $plans,
		private Ticket_Repository $tickets,
		private Lifecycle_Service $lifecycle,
		private Intake_Service $intakes,
		private Ticket_Access $access,
		private Links $links,
		private Settings_Calendar $calendar,
	) {}

	/**
	 * Declares compatibility and starts the services when WooCommerce is (or becomes) loaded.
	 */
	public function register(): void {
		( new Compatibility() )->register();
		// A guest's plans go to the account that registers with the order's email.
		add_action( 'user_register', array( $this, 'claim_guest_purchases' ) );
		if ( did_action( 'woocommerce_loaded' ) ) {
			$this->start();
		} else {
			add_action( 'woocommerce_loaded', array( $this, 'start' ) );
		}
	}

	/**
	 * Whether WooCommerce is active and loaded.
	 */
	public static function active(): bool {
		return did_action( 'woocommerce_loaded' ) > 0 && function_exists( 'wc_get_order' );
	}

	/**
	 * Creates and registers the WooCommerce services.
	 */
	public function start(): void {
		$reader    = new Order_Reader( $this->tickets->clock() );
		$writer    = new Order_Writer();
		$purchases = new Plan_Purchases( $this->purchases, $this->plans );
		$payments  = new Quote_Payments( $this->tickets, $this->lifecycle, $reader, $writer );
		$orders    = new Order_Hooks( $reader, $writer, $purchases, $payments );

		$services = array(
			$orders,
			new Account_Tab( $this->entitlements, $this->plans, $this->tickets, $this->intakes, $this->links, $this->calendar ),
			new Quote_Payment_Controller( $payments, $this->access ),
			new Sold_Individually( $this->plans ),
		);
		if ( Subscriptions::available() ) {
			$services[] = new Subscriptions( $this->purchases, $orders );
		}
		if ( is_admin() ) {
			$services[] = new Order_Plan_Box( $reader, $this->purchases, $this->plans );
			$services[] = new Product_Plan_Box( $this->plans );
		}
		foreach ( $services as $service ) {
			$service->register();
		}
	}

	/**
	 * Gives a new account the plans bought as a guest with its email.
	 *
	 * @param int $user_id New user.
	 */
	public function claim_guest_purchases( $user_id ): void {
		$user = get_userdata( (int) $user_id );
		if ( $user ) {
			$this->purchases->claim_guest_purchases( (int) $user_id, (string) $user->user_email );
		}
	}
}
