<?php
/**
 * Activation and deactivation: the work that must happen once, not on every request.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk;

use WP24\Helpdesk\Jobs\Job_Hooks;
use WP24\Helpdesk\Jobs\Job_Scheduler;
use WP24\Helpdesk\Plans\Default_Plans;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Schema\Schema_Manager;

defined( 'ABSPATH' ) || exit;

/**
 * Installs roles and tables on activation; keeps data on deactivation.
 *
 * Upgrades do not run activation hooks, so the schema is also checked on `admin_init` and
 * after an update by Schema_Manager; this class only makes the first activation immediate.
 */
final class Lifecycle {

	/**
	 * Runs on activation, for one site or every site of a network.
	 *
	 * @param bool $network_wide Whether the plugin is network-activated.
	 */
	public static function activate( bool $network_wide = false ): void {
		if ( is_multisite() && $network_wide ) {
			foreach ( get_sites(
				array(
					'fields' => 'ids',
					'number' => 0,
				)
			) as $site_id ) {
				switch_to_blog( (int) $site_id );
				self::activate_site();
				restore_current_blog();
			}
			return;
		}
		self::activate_site();
	}

	/**
	 * Runs on deactivation: clears scheduled jobs, keeps every piece of data.
	 */
	public static function deactivate(): void {
		Job_Scheduler::unschedule( self::cron_hooks() );
	}

	/**
	 * The cron hooks the plugin schedules; deactivation and uninstall clear them.
	 *
	 * @return string[]
	 */
	public static function cron_hooks(): array {
		return array_merge( array_keys( Job_Hooks::intervals() ), array( Schema_Manager::UPGRADE_HOOK ) );
	}

	/**
	 * Sets up one site.
	 */
	private static function activate_site(): void {
		Capabilities::install();
		( new Schema_Manager() )->maybe_upgrade();
		// The post type is registered on init, which may not have run for this site yet.
		( new Plan_Post_Type() )->register_post_type();
		Default_Plans::install();
		Job_Scheduler::schedule_hooks( Job_Hooks::intervals() );
		// The My Account "Support" endpoint needs fresh rewrite rules (flushed once on the next init).
		update_option( 'wp24hd_flush_rewrite_rules', 1, false );
		update_option( 'wp24hd_activated_version', WP24HD_VERSION, false );
		// Site Health gives new jobs time to run once before calling them late.
		update_option( 'wp24hd_activated_at', time(), false );
	}
}
