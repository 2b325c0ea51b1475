<?php
/**
 * Rate-limit counters in the options table, changed only by compare-and-set statements.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Security;

use WP24\Helpdesk\Schema\Option_Rows;

defined( 'ABSPATH' ) || exit;

/**
 * One row per limited client and action, `wp24hd_rl_<hash>` => `<window end, 10 digits>:<count>`,
 * never read through the option API. Every write succeeds only on the value the caller read
 * (Option_Rows), so two requests can never both turn count 4 into count 5.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- the sweep is one statement the option API does not offer.
 */
final class Rate_Limit_Repository extends Option_Rows {

	/** Prefix of the rows' option names. */
	public const PREFIX = 'wp24hd_rl_';

	/**
	 * Deletes the counters whose window ended before `$now`; returns how many.
	 *
	 * Values start with the window's end in ten digits, so comparing them as text compares the times.
	 *
	 * @param int $now Unix time.
	 */
	public function sweep( int $now ): int {
		global $wpdb;
		return (int) $wpdb->query(
			$wpdb->prepare(
				'DELETE FROM %i WHERE option_name LIKE %s AND option_value < %s',
				$wpdb->options,
				$wpdb->esc_like( self::PREFIX ) . '%',
				sprintf( '%010d', $now )
			)
		);
	}
}
