<?php
/**
 * Uninstall: removes the plugin's data only when the site owner asked for it.
 *
 * The switch is the `wp24hd_remove_data_on_uninstall` option (Settings, "Remove all
 * helpdesk data when the plugin is deleted"). Without it, tickets, plans and
 * entitlements stay in the database so a re-install finds them again.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/Autoloader.php';
\WP24\Helpdesk\Autoloader::register( 'WP24\\Helpdesk\\', __DIR__ . '/includes/' );

$wp24hd_sites = is_multisite() ? get_sites(
	array(
		'fields' => 'ids',
		'number' => 0,
	)
) : array( get_current_blog_id() );

foreach ( $wp24hd_sites as $wp24hd_site_id ) {
	if ( is_multisite() ) {
		switch_to_blog( (int) $wp24hd_site_id );
	}
	( new \WP24\Helpdesk\Uninstaller() )->run();
	if ( is_multisite() ) {
		restore_current_blog();
	}
}
