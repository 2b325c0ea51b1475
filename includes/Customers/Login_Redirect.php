<?php
/**
 * Where people land after signing in: customers on My tickets, technicians on the Helpdesk.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Customers;

use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Roles\Capabilities;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress sends everyone to wp-admin after signing in, which for a customer is the profile
 * screen. A sign-in that was going somewhere (a `redirect_to` other than wp-admin itself) keeps
 * going there; otherwise a technician lands on the Helpdesk screen and a customer on the My
 * tickets page (when the settings name one). Site administrators keep WordPress's dashboard.
 * WooCommerce's own login form has its own filter and is left to WooCommerce.
 */
final class Login_Redirect {

	/**
	 * Constructor.
	 *
	 * @param Links $links The My tickets page.
	 */
	public function __construct( private Links $links ) {}

	/**
	 * Adds the filter.
	 */
	public function register(): void {
		add_filter( 'login_redirect', array( $this, 'redirect' ), 10, 3 );
	}

	/**
	 * The address to go to after signing in.
	 *
	 * @param string           $redirect_to The address WordPress chose.
	 * @param string           $requested   The `redirect_to` the sign-in asked for ('' when none).
	 * @param WP_User|WP_Error $user        Who signed in, or why signing in failed.
	 */
	public function redirect( $redirect_to, $requested, $user ): string {
		$redirect_to = (string) $redirect_to;
		if ( ! $user instanceof WP_User || ! $user->exists() ) {
			return $redirect_to;
		}
		$requested = (string) $requested;
		if ( '' !== $requested && ! self::is_admin_home( $requested ) ) {
			// They were going somewhere: take them there.
			return $redirect_to;
		}
		if ( user_can( $user, 'manage_options' ) ) {
			return $redirect_to;
		}
		if ( user_can( $user, Capabilities::MANAGE_TICKETS ) ) {
			return admin_url( 'admin.php?page=wp24-helpdesk' );
		}
		return $this->links->configured_tickets_page() ?? $redirect_to;
	}

	/**
	 * Whether an address is wp-admin's front door (what wp-login.php asks for by default).
	 *
	 * @param string $url Address.
	 */
	private static function is_admin_home( string $url ): bool {
		$path = static fn( string $address ): string => untrailingslashit( (string) wp_parse_url( $address, PHP_URL_PATH ) );
		return $path( $url ) === $path( admin_url() ) || $path( $url ) === $path( admin_url( 'index.php' ) );
	}
}
