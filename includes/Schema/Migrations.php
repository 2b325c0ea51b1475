<?php
/**
 * Data changes that go with a schema version, run once, in order, after dbDelta.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Each step is keyed by the schema version that needs it and is safe to run twice.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- one-off data migrations on the plugin's tables.
 */
final class Migrations {

	/**
	 * Runs the steps newer than the stored version.
	 *
	 * @param int $from Schema version before the upgrade (0 on a fresh install).
	 */
	public static function run( int $from ): void {
		if ( $from > 0 && $from < 6 ) {
			self::start_waiting_countdowns();
		}
	}

	/**
	 * Version 6 counts the auto-close time (R9) from `waiting_since`: tickets already waiting get
	 * the technician's last answer (or their last activity) as the start.
	 */
	private static function start_waiting_countdowns(): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET waiting_since = COALESCE(last_staff_reply_at, last_activity_at) WHERE status = %s AND waiting_since IS NULL',
				Tables::tickets(),
				'waiting_customer'
			)
		);
	}
}
