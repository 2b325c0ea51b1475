<?php
/**
 * Constants WordPress and the plugin define at run time, for PHPStan's analysis only.
 *
 * @package WP24\Helpdesk
 */

define( 'ABSPATH', '/wordpress/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', '/wordpress/wp-content' );
define( 'WP_PLUGIN_DIR', '/wordpress/wp-content/plugins' );
define( 'WP24HD_FILE', '/wordpress/wp-content/plugins/wp24-helpdesk/plugin.php' );
define( 'WP24HD_VERSION', '0.0.0' );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'ARRAY_N', 'ARRAY_N' );
define( 'OBJECT', 'OBJECT' );
define( 'MINUTE_IN_SECONDS', 60 );
define( 'HOUR_IN_SECONDS', 3600 );
define( 'DAY_IN_SECONDS', 86400 );
define( 'WEEK_IN_SECONDS', 604800 );
define( 'YEAR_IN_SECONDS', 31536000 );
define( 'WP24HD_DIR', '/wordpress/wp-content/plugins/wp24-helpdesk/' );
define( 'WP24HD_URL', 'https://example.org/wp-content/plugins/wp24-helpdesk/' );
define( 'MB_IN_BYTES', 1048576 );
