<?php
/**
 * Schema version 6: the auto-close countdown starts from `waiting_since`.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema\Migrations;

use WP24\Helpdesk\Schema\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * Version 6 counts the auto-close time (R9) from `waiting_since`: tickets already waiting get
 * the technician's last answer (or their last activity) as the start.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- one-off data migration on the plugin's table.
 */
final class Migration_6_Start_Waiting_Countdowns implements Migration {

	/**
	 * Only sites that had tickets before version 6; a fresh install has none.
	 *
	 * @param int $from Stored version.
	 */
	public function applies_from( int $from ): bool {
		return $from > 0 && $from < 6;
	}

	/**
	 * One statement; a ticket already started no longer matches.
	 *
	 * @param float $until Unused: the step is one statement.
	 */
	public function run( float $until ): bool {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET waiting_since = COALESCE(last_staff_reply_at, last_activity_at) WHERE status = %s AND waiting_since IS NULL',
				Tables::tickets(),
				'waiting_customer'
			)
		);
		return true;
	}
}
