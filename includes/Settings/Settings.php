<?php
/**
 * The helpdesk settings: one option, read with its defaults and changed only as its schema allows.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings;

use WP24\Helpdesk\Uninstaller;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Storage only: the schema is Settings_Schema, the checks and refusals Settings_Validator, the
 * business calendar Settings_Calendar (built once in Plugin.php and handed to those that need it).
 */
final class Settings {

	public const OPTION = 'wp24hd_settings';

	/**
	 * Every setting, stored values over defaults.
	 *
	 * @return array<string, mixed>
	 */
	public function all(): array {
		$stored   = get_option( self::OPTION, array() );
		$stored   = is_array( $stored ) ? $stored : array();
		$settings = array();
		foreach ( Settings_Schema::properties() as $key => $schema ) {
			$settings[ $key ] = $stored[ $key ] ?? $schema['default'];
		}
		// A switch added in a later version is on until the owner turns it off.
		$settings['notifications']            = array_merge( Settings_Schema::properties()['notifications']['default'], (array) $settings['notifications'] );
		$settings['remove_data_on_uninstall'] = (bool) get_option( Uninstaller::REMOVE_DATA_OPTION, false );
		return $settings;
	}

	/**
	 * Validates and saves a partial change; nothing is saved when any field is invalid.
	 *
	 * @param array<string, mixed> $changes Fields to change.
	 * @return array<string, mixed>|WP_Error The settings after the change, or the first problem found.
	 */
	public function update( array $changes ) {
		$changes = Settings_Validator::check( $changes );
		if ( is_wp_error( $changes ) ) {
			return $changes;
		}
		if ( isset( $changes['notifications'] ) ) {
			$changes['notifications'] = array_merge( $this->all()['notifications'], $changes['notifications'] );
		}
		if ( array_key_exists( 'remove_data_on_uninstall', $changes ) ) {
			update_option( Uninstaller::REMOVE_DATA_OPTION, (bool) $changes['remove_data_on_uninstall'], false );
			unset( $changes['remove_data_on_uninstall'] );
		}
		$stored = get_option( self::OPTION, array() );
		update_option( self::OPTION, array_merge( is_array( $stored ) ? $stored : array(), $changes ), false );
		return $this->all();
	}
}
