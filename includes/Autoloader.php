<?php
/**
 * PSR-4 autoloader for the plugin's classes (Composer is not used).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk;

defined( 'ABSPATH' ) || exit;

/**
 * Maps `WP24\Helpdesk\Module\Class_Name` to `includes/Module/Class_Name.php`.
 */
final class Autoloader {

	/**
	 * Registers the autoloader for one namespace prefix and base directory.
	 *
	 * @param string $prefix   Namespace prefix with trailing backslash.
	 * @param string $base_dir Directory with trailing slash.
	 */
	public static function register( string $prefix, string $base_dir ): void {
		spl_autoload_register(
			static function ( string $class_name ) use ( $prefix, $base_dir ): void {
				if ( ! str_starts_with( $class_name, $prefix ) ) {
					return;
				}
				$relative = substr( $class_name, strlen( $prefix ) );
				$file     = $base_dir . str_replace( '\\', '/', $relative ) . '.php';
				if ( is_readable( $file ) ) {
					require_once $file;
				}
			}
		);
	}
}
