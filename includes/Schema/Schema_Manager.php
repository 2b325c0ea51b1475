<?php
/**
 * Creates and upgrades the plugin's custom tables behind a stored schema version.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Runs `dbDelta` for every table definition when the stored version is behind.
 *
 * Checked on activation and on `admin_init`, so sites updated without re-activation
 * (automatic updates, multisite) are upgraded too.
 */
final class Schema_Manager {

	public const OPTION = 'wp24hd_schema_version';

	/** Bump when a table definition changes. */
	public const VERSION = 1;

	/**
	 * Adds the upgrade check.
	 */
	public function register(): void {
		add_action( 'admin_init', array( $this, 'maybe_upgrade' ) );
	}

	/**
	 * Whether the stored schema is behind the code.
	 */
	public function needs_upgrade(): bool {
		return (int) get_option( self::OPTION, 0 ) < self::VERSION;
	}

	/**
	 * Brings the tables up to date; cheap when they already are.
	 */
	public function maybe_upgrade(): void {
		if ( ! $this->needs_upgrade() ) {
			return;
		}
		$statements = $this->table_definitions();
		if ( array() !== $statements ) {
			require_once ABSPATH . 'wp-admin/includes/upgrade.php';
			dbDelta( $statements );
		}
		update_option( self::OPTION, self::VERSION, false );
	}

	/**
	 * The custom tables, in the form dbDelta expects.
	 *
	 * @return string[]
	 */
	public function table_definitions(): array {
		return array();
	}

	/**
	 * The table names the plugin owns (uninstall drops them).
	 *
	 * @return string[]
	 */
	public function table_names(): array {
		return array();
	}
}
