<?php
/**
 * Loads the plugin's classes for PHPUnit without WordPress: only classes that need none are tested here.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

define( 'ABSPATH', __DIR__ . '/' );

require_once dirname( __DIR__, 2 ) . '/includes/Autoloader.php';
\WP24\Helpdesk\Autoloader::register( 'WP24\\Helpdesk\\', dirname( __DIR__, 2 ) . '/includes/' );

if ( ! function_exists( 'wp_json_encode' ) ) {
	/**
	 * WordPress's JSON encoder, as far as these classes use it.
	 *
	 * @param mixed $value Value.
	 * @return string|false
	 */
	function wp_json_encode( $value ) {
		return json_encode( $value );
	}
}

if ( ! function_exists( '__' ) ) {
	/**
	 * WordPress's translation, untranslated: the REST schemas' descriptions call it.
	 *
	 * @param string $text Text.
	 */
	function __( string $text ): string {
		return $text;
	}
}
