<?php
/**
 * The helpdesk settings option, registered with WordPress.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Declares the option to WordPress (register_setting), so that whoever writes it — the settings
 * route, WP-CLI's `wp option update`, another plugin — passes the checks the settings screen
 * applies. It stays out of /wp/v2/settings: the plugin's own route has the finer capability and
 * the messages that name each field.
 */
final class Settings_Registration {

	public const GROUP = 'wp24hd';

	/**
	 * Hooks the registration.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_setting' ) );
	}

	/**
	 * Registers the option with its type and sanitizer.
	 */
	public function register_setting(): void {
		register_setting(
			self::GROUP,
			Settings::OPTION,
			array(
				'type'              => 'object',
				'label'             => __( 'Helpdesk settings', 'wp24-helpdesk' ),
				'description'       => __( 'Business hours, channels, emails and the other settings of the helpdesk.', 'wp24-helpdesk' ),
				'sanitize_callback' => array( $this, 'sanitize' ),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Checks what a write changes against what is stored, as the settings route does: the fields
	 * that differ pass Settings_Validator; when one fails (or the value is not an object), the
	 * stored settings stay. Unchanged fields are not checked again, so a rule that depends on
	 * something else (the slowest plan's target) never refuses a write that does not touch it.
	 *
	 * @param mixed $value Value being written.
	 * @return array<string, mixed> The value to store.
	 */
	public function sanitize( $value ): array {
		$stored = get_option( Settings::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		if ( ! is_array( $value ) ) {
			return $stored;
		}
		$changes = array_filter(
			$value,
			static fn( $field, $key ) => ! array_key_exists( $key, $stored ) || $stored[ $key ] !== $field,
			ARRAY_FILTER_USE_BOTH
		);
		$checked = Settings_Validator::check( $changes );
		if ( is_wp_error( $checked ) ) {
			return $stored;
		}
		return array_merge( $value, $checked );
	}
}
