<?php
/**
 * Plugin Name:       WP24 Helpdesk
 * Description:       Support tickets, yearly maintenance plans and renewals for the Assistenza WP24 agency, enforcing its support terms.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            Assistenza WP24
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       wp24-helpdesk
 * Domain Path:       /languages
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

const WP24HD_VERSION = '0.1.0';
const WP24HD_FILE    = __FILE__;
const WP24HD_MIN_PHP = '8.1';
const WP24HD_MIN_WP  = '6.8';
define( 'WP24HD_DIR', plugin_dir_path( __FILE__ ) );
define( 'WP24HD_URL', plugin_dir_url( __FILE__ ) );

require_once WP24HD_DIR . 'includes/Autoloader.php';
\WP24\Helpdesk\Autoloader::register( 'WP24\\Helpdesk\\', WP24HD_DIR . 'includes/' );

register_activation_hook( __FILE__, array( \WP24\Helpdesk\Lifecycle::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( \WP24\Helpdesk\Lifecycle::class, 'deactivate' ) );

add_action(
	'plugins_loaded',
	static function (): void {
		$requirements = new \WP24\Helpdesk\Requirements( WP24HD_MIN_PHP, WP24HD_MIN_WP );
		if ( ! $requirements->met() ) {
			$requirements->register_notice();
			return;
		}
		\WP24\Helpdesk\Plugin::instance()->boot();
	}
);
