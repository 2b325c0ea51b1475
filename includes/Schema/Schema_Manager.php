<?php
/**
 * Creates and upgrades the plugin's custom tables behind a stored schema version.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * Runs `dbDelta` for every table class (Tables::tables()) and then the migrations when the stored
 * version is behind.
 *
 * Checked on activation, on `admin_init`, and on the first cron run after the plugin is updated:
 * an automatic update opens no wp-admin page, and customers may use the form for days before
 * anyone does.
 */
final class Schema_Manager {

	public const OPTION = 'wp24hd_schema_version';

	/** One-off cron event that upgrades the tables with the updated code. */
	public const UPGRADE_HOOK = 'wp24hd_upgrade_schema';

	/** Bump when a table definition changes. */
	public const VERSION = 14;

	/** Seconds an upgrade's lease lasts: longer than a job's, as a migration is one step. */
	private const UPGRADE_LEASE = 10 * MINUTE_IN_SECONDS;

	/**
	 * Adds the upgrade checks.
	 */
	public function register(): void {
		add_action( 'admin_init', array( $this, 'maybe_upgrade' ) );
		add_action( 'upgrader_process_complete', array( $this, 'schedule_upgrade_after_update' ), 10, 2 );
		add_action( self::UPGRADE_HOOK, array( $this, 'maybe_upgrade' ) );
	}

	/**
	 * When this plugin has just been updated, asks for an upgrade on the next cron run.
	 *
	 * The update runs in a request that still holds the old code in memory, so the new tables
	 * cannot be made here; the next request loads the new code and runs the event.
	 *
	 * @param mixed $upgrader The upgrader (unused).
	 * @param mixed $options  What was upgraded: type, action, and plugin or plugins.
	 */
	public function schedule_upgrade_after_update( $upgrader, $options ): void {
		$options = is_array( $options ) ? $options : array();
		if ( 'plugin' !== ( $options['type'] ?? '' ) || 'update' !== ( $options['action'] ?? '' ) ) {
			return;
		}
		// Bulk updates name `plugins`; a single update from the plugin screen names `plugin`.
		$updated = array_merge( (array) ( $options['plugins'] ?? array() ), (array) ( $options['plugin'] ?? array() ) );
		if ( in_array( plugin_basename( WP24HD_FILE ), $updated, true ) && ! wp_next_scheduled( self::UPGRADE_HOOK ) ) {
			wp_schedule_single_event( time(), self::UPGRADE_HOOK );
		}
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
		// Two requests may start the upgrade at once: one takes the lease, the other leaves the
		// upgrade to it. A crashed upgrade blocks the next only until its lease expires.
		$lease = Job_Lock::acquire( 'schema_upgrade', self::UPGRADE_LEASE );
		if ( null === $lease ) {
			return;
		}
		try {
			// The run that held the lease before may have finished the upgrade in the meantime.
			wp_cache_delete( self::OPTION, 'options' );
			wp_cache_delete( 'notoptions', 'options' );
			if ( ! $this->needs_upgrade() ) {
				return;
			}
			$from       = (int) get_option( self::OPTION, 0 );
			$statements = $this->table_definitions();
			if ( array() !== $statements ) {
				require_once ABSPATH . 'wp-admin/includes/upgrade.php';
				dbDelta( $statements );
			}
			// A migration that ran out of time leaves the version behind: the next run goes on.
			if ( Migrations::run( $from ) ) {
				update_option( self::OPTION, self::VERSION, false );
			}
		} finally {
			$lease->release();
		}
	}

	/**
	 * The custom tables, in the form dbDelta expects: each table class gives its own.
	 *
	 * @return string[]
	 */
	public function table_definitions(): array {
		return array_map( static fn( Table $table ): string => $table->definition(), Tables::tables() );
	}

	/**
	 * The table names the plugin owns.
	 *
	 * @return string[]
	 */
	public function table_names(): array {
		return Tables::all();
	}
}
