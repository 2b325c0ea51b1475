<?php
/**
 * Runs the data changes that go with a schema version, once, in order, after dbDelta.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

use WP24\Helpdesk\Schema\Migrations\Migration;
use WP24\Helpdesk\Schema\Migrations\Migration_10_Key_Purchases_By_Order;
use WP24\Helpdesk\Schema\Migrations\Migration_14_Index_Search;
use WP24\Helpdesk\Schema\Migrations\Migration_6_Start_Waiting_Countdowns;

defined( 'ABSPATH' ) || exit;

/**
 * The runner: each step (Migrations/Migration_<version>_*) says which stored versions need it.
 */
final class Migrations {

	/** Option naming how the ticket search reads: `fulltext` (MySQL/MariaDB index) or `like`. */
	public const SEARCH_INDEX_OPTION = Migration_14_Index_Search::SEARCH_INDEX_OPTION;

	/** Seconds a run may spend on its steps: well inside the upgrade's 10-minute lease. */
	private const BUDGET = 6 * MINUTE_IN_SECONDS;

	/**
	 * The steps, oldest version first.
	 *
	 * @return Migration[]
	 */
	public static function steps(): array {
		return array(
			new Migration_6_Start_Waiting_Countdowns(),
			new Migration_10_Key_Purchases_By_Order(),
			new Migration_14_Index_Search(),
		);
	}

	/**
	 * Runs the steps newer than the stored version.
	 *
	 * @param int $from Schema version before the upgrade (0 on a fresh install).
	 * @return bool False when a step ran out of time: the version stays behind and the next run
	 *              goes on where this one stopped (every step is safe to run again).
	 */
	public static function run( int $from ): bool {
		$until = microtime( true ) + self::BUDGET;
		foreach ( self::steps() as $step ) {
			if ( $step->applies_from( $from ) && ! $step->run( $until ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the database is the SQLite of the Playground dev site (no FULLTEXT there).
	 */
	public static function on_sqlite(): bool {
		return Table::on_sqlite();
	}
}
