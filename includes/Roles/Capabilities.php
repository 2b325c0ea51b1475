<?php
/**
 * The technician role and the plugin's capabilities.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Roles;

defined( 'ABSPATH' ) || exit;

/**
 * Capabilities are granted to the `wp24hd_technician` role and to administrators.
 */
final class Capabilities {

	public const ROLE = 'wp24hd_technician';

	/** Work the ticket queue: read every ticket, reply, change status. */
	public const MANAGE_TICKETS = 'wp24hd_manage_tickets';

	/** Edit plans and grant, extend or revoke entitlements. */
	public const MANAGE_PLANS = 'wp24hd_manage_plans';

	/** Change the helpdesk settings (hours, channels, notifications). */
	public const MANAGE_SETTINGS = 'wp24hd_manage_settings';

	/**
	 * Capabilities a technician holds.
	 *
	 * @return array<string, bool>
	 */
	public static function technician_caps(): array {
		return array(
			'read'               => true,
			'upload_files'       => true,
			self::MANAGE_TICKETS => true,
			self::MANAGE_PLANS   => true,
		);
	}

	/**
	 * Every capability the plugin defines.
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::MANAGE_TICKETS, self::MANAGE_PLANS, self::MANAGE_SETTINGS );
	}

	/**
	 * Adds the role and grants administrators every capability; safe to run again.
	 */
	public static function install(): void {
		$role = get_role( self::ROLE );
		if ( null === $role ) {
			add_role( self::ROLE, __( 'Helpdesk technician', 'wp24-helpdesk' ), self::technician_caps() );
		} else {
			foreach ( self::technician_caps() as $cap => $grant ) {
				$role->add_cap( $cap, $grant );
			}
		}
		$admin = get_role( 'administrator' );
		if ( null !== $admin ) {
			foreach ( self::all() as $cap ) {
				$admin->add_cap( $cap );
			}
		}
	}

	/**
	 * Removes the role and the capabilities from every role (uninstall only).
	 */
	public static function uninstall(): void {
		remove_role( self::ROLE );
		foreach ( wp_roles()->role_objects as $role ) {
			foreach ( self::all() as $cap ) {
				$role->remove_cap( $cap );
			}
		}
	}
}
