<?php
/**
 * A "Support" tab in WooCommerce's My Account: the customer's plan, their tickets, the refund request.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Intake;
use WP24\Helpdesk\Tickets\Ticket_Labels;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Intake_Service;
use WP24\Helpdesk\Tickets\Ticket_Type;
use WP24\Helpdesk\Time\Date_Format;

defined( 'ABSPATH' ) || exit;

/**
 * Rendered on the server with no JavaScript; the refund request is a plain form with a nonce,
 * offered only inside the refund window, and the intake rules check the window again (R11).
 */
final class Account_Tab {

	public const ENDPOINT = 'wp24-support';

	private const REFUND_ACTION = 'wp24hd_refund_request';

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader $entitlements Plans held.
	 * @param Plan_Post_Type     $plans        Plan names.
	 * @param Ticket_Repository  $tickets      The customer's tickets.
	 * @param Intake_Service     $service      Intake of the refund request.
	 * @param Links              $links        Ticket links.
	 * @param Settings_Calendar  $calendar     Business timezone.
	 */
	public function __construct(
		private Entitlement_Reader $entitlements,
		private Plan_Post_Type $plans,
		private Ticket_Repository $tickets,
		private Intake_Service $service,
		private Links $links,
		private Settings_Calendar $calendar,
	) {}

	/**
	 * Adds the endpoint, the menu entry, the content and the refund form handler.
	 */
	public function register(): void {
		add_filter( 'woocommerce_get_query_vars', array( $this, 'query_vars' ) );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'menu_items' ) );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'render' ) );
		add_action( 'template_redirect', array( $this, 'handle_refund_request' ) );
		add_action( 'init', array( $this, 'maybe_flush_rewrite_rules' ), 99 );
	}

	/**
	 * Registers the endpoint with WooCommerce, which adds its rewrite rule.
	 *
	 * @param array<string, string> $vars Query vars.
	 * @return array<string, string>
	 */
	public function query_vars( $vars ) {
		$vars[ self::ENDPOINT ] = self::ENDPOINT;
		return $vars;
	}

	/**
	 * Puts "Support" before "Log out".
	 *
	 * @param array<string, string> $items Menu items.
	 * @return array<string, string>
	 */
	public function menu_items( $items ) {
		$logout = isset( $items['customer-logout'] ) ? array( 'customer-logout' => $items['customer-logout'] ) : array();
		unset( $items['customer-logout'] );
		return $items + array( self::ENDPOINT => __( 'Support', 'wp24-helpdesk' ) ) + $logout;
	}

	/**
	 * Makes the new endpoint's URL work once after activation (rewrite rules are cached).
	 */
	public function maybe_flush_rewrite_rules(): void {
		if ( get_option( 'wp24hd_flush_rewrite_rules' ) ) {
			delete_option( 'wp24hd_flush_rewrite_rules' );
			flush_rewrite_rules( false );
		}
	}

	/**
	 * The tab's content for the logged-in customer.
	 */
	public function render(): void {
		$user_id = get_current_user_id();
		if ( $user_id <= 0 ) {
			return;
		}
		$timezone    = $this->calendar->timezone();
		$entitlement = $this->entitlements->active_for_user( $user_id );
		$plan        = $entitlement ? $this->plans->find( $entitlement->plan_id ) : null;

		echo '<section class="wp24hd-account">';
		$this->notice();
		echo '<h2>' . esc_html__( 'Your maintenance plan', 'wp24-helpdesk' ) . '</h2>';
		if ( null === $entitlement ) {
			echo '<p>' . esc_html__( 'You have no active plan. You can still ask for one-shot interventions, priced by a quote.', 'wp24-helpdesk' ) . ' <a href="' . esc_url( $this->links->plans() ) . '">' . esc_html__( 'See the plans', 'wp24-helpdesk' ) . '</a></p>';
		} else {
			$last_day = Date_Format::day( $entitlement->expires_at->getTimestamp() - 1, $timezone );
			echo '<p><strong>' . esc_html( $plan ? $plan->name : __( 'Maintenance plan', 'wp24-helpdesk' ) ) . '</strong></p>';
			/* translators: %s: date. */
			echo '<p>' . esc_html( sprintf( __( 'Active until %s. Renew before then and the new year starts when this one ends.', 'wp24-helpdesk' ), $last_day ) ) . ' <a href="' . esc_url( $this->links->plans() ) . '">' . esc_html__( 'Renew', 'wp24-helpdesk' ) . '</a></p>';
			if ( $this->entitlements->refund_window_open( $entitlement ) ) {
				$this->refund_form();
			}
		}

		echo '<h2>' . esc_html__( 'Your tickets', 'wp24-helpdesk' ) . '</h2>';
		$page = $this->tickets->queue()->search( array( 'customer_id' => $user_id ), 'last_activity', 'desc', 1, 10 );
		if ( array() === $page['items'] ) {
			echo '<p>' . esc_html__( 'No tickets yet.', 'wp24-helpdesk' ) . '</p>';
		} else {
			echo '<table class="shop_table shop_table_responsive"><thead><tr><th scope="col">' . esc_html__( 'Ticket', 'wp24-helpdesk' ) . '</th><th scope="col">' . esc_html__( 'Subject', 'wp24-helpdesk' ) . '</th><th scope="col">' . esc_html__( 'Status', 'wp24-helpdesk' ) . '</th></tr></thead><tbody>';
			foreach ( $page['items'] as $ticket ) {
				echo '<tr><td><a href="' . esc_url( $this->links->customer_ticket( $ticket ) ) . '">' . esc_html( (string) $ticket->reference ) . '</a></td><td>' . esc_html( (string) $ticket->subject ) . '</td><td>' . esc_html( Ticket_Labels::status( $ticket->status ) ) . '</td></tr>';
			}
			echo '</tbody></table>';
		}
		echo '<p><a class="button" href="' . esc_url( $this->links->new_ticket() ) . '">' . esc_html__( 'Open a new ticket', 'wp24-helpdesk' ) . '</a></p>';
		echo '</section>';
	}

	/**
	 * Opens a refund-request ticket from the form (POST with nonce, logged-in customer).
	 */
	public function handle_refund_request(): void {
		if ( ! isset( $_POST[ self::REFUND_ACTION ] ) || ! is_user_logged_in() ) {
			return;
		}
		check_admin_referer( self::REFUND_ACTION );
		$redirect = wc_get_account_endpoint_url( self::ENDPOINT );
		$reason   = sanitize_textarea_field( wp_unslash( (string) ( $_POST['wp24hd_refund_reason'] ?? '' ) ) );
		try {
			$this->service->intake(
				new Intake(
					get_current_user_id(),
					__( 'Refund request for my plan', 'wp24-helpdesk' ),
					'' !== $reason ? $reason : __( 'I ask for the refund of my plan within 24 hours of purchase.', 'wp24-helpdesk' ),
					Ticket_Type::REFUND,
					Ticket_Priority::NORMAL,
					'',
					'',
					! empty( $_POST['wp24hd_consent'] )
				)
			);
			$redirect = add_query_arg( 'wp24hd_refund', 'sent', $redirect );
		} catch ( Domain_Exception $error ) {
			$redirect = add_query_arg( 'wp24hd_refund', $error->error_code(), $redirect );
		}
		wp_safe_redirect( $redirect );
		exit;
	}

	/**
	 * The refund request form.
	 */
	private function refund_form(): void {
		echo '<form method="post" class="wp24hd-refund">';
		wp_nonce_field( self::REFUND_ACTION );
		echo '<p>' . esc_html__( 'You bought this plan less than 24 hours ago: you can still ask for a refund.', 'wp24-helpdesk' ) . '</p>';
		echo '<p><label for="wp24hd-refund-reason">' . esc_html__( 'Reason (optional)', 'wp24-helpdesk' ) . '</label><textarea id="wp24hd-refund-reason" name="wp24hd_refund_reason" rows="3" maxlength="2000"></textarea></p>';
		echo '<p><label><input type="checkbox" name="wp24hd_consent" value="1" required> ' . esc_html__( 'I agree to the processing of my personal data to handle this request, under EU Regulation 2016/679 (GDPR) and Italian Legislative Decree 196/2003.', 'wp24-helpdesk' ) . '</label>';
		$privacy = get_privacy_policy_url();
		if ( '' !== $privacy ) {
			echo ' <a href="' . esc_url( $privacy ) . '">' . esc_html__( 'Privacy policy', 'wp24-helpdesk' ) . '</a>';
		}
		echo '</p><p><button type="submit" class="button" name="' . esc_attr( self::REFUND_ACTION ) . '" value="1">' . esc_html__( 'Ask for a refund', 'wp24-helpdesk' ) . '</button></p></form>';
	}

	/**
	 * The outcome of a refund request, after the redirect.
	 */
	private function notice(): void {
		$outcome = isset( $_GET['wp24hd_refund'] ) ? sanitize_key( wp_unslash( $_GET['wp24hd_refund'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		if ( '' === $outcome ) {
			return;
		}
		$text = 'sent' === $outcome
			? __( 'We received your refund request and will confirm it by email.', 'wp24-helpdesk' )
			: ( 'wp24hd_refund_window_closed' === $outcome ? __( 'Plans can be refunded only within 24 hours of purchase.', 'wp24-helpdesk' ) : __( 'The request could not be sent. Please check the form and try again.', 'wp24-helpdesk' ) );
		echo '<p class="wp24hd-notice" role="status">' . esc_html( $text ) . '</p>';
	}
}
