<?php
/**
 * Checks the PHP and WordPress versions before the plugin boots.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk;

defined( 'ABSPATH' ) || exit;

/**
 * Shows an admin notice instead of a fatal error on an unsupported site.
 */
final class Requirements {

	/**
	 * Constructor.
	 *
	 * @param string $min_php Minimum PHP version.
	 * @param string $min_wp  Minimum WordPress version.
	 */
	public function __construct( private string $min_php, private string $min_wp ) {}

	/**
	 * Whether this site can run the plugin.
	 */
	public function met(): bool {
		return version_compare( PHP_VERSION, $this->min_php, '>=' )
			&& version_compare( (string) get_bloginfo( 'version' ), $this->min_wp, '>=' );
	}

	/**
	 * Explains to administrators why the plugin is inactive.
	 */
	public function register_notice(): void {
		add_action(
			'admin_notices',
			function (): void {
				if ( ! current_user_can( 'activate_plugins' ) ) {
					return;
				}
				printf(
					'<div class="notice notice-error"><p>%s</p></div>',
					esc_html(
						sprintf(
							/* translators: 1: minimum PHP version, 2: minimum WordPress version. */
							__( 'WP24 Helpdesk needs PHP %1$s and WordPress %2$s or newer. It stays inactive until the site is updated.', 'wp24-helpdesk' ),
							$this->min_php,
							$this->min_wp
						)
					)
				);
			}
		);
	}
}
