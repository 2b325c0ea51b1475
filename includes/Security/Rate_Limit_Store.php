<?php
/**
 * Rate-limit counters in the options table, changed only by compare-and-set statements.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Security;

defined( 'ABSPATH' ) || exit;

/**
 * One row per limited client and action, `wp24hd_rl_<hash>` => `<window end, 10 digits>:<count>`,
 * not autoloaded and never read through the option API (so no cache can serve a stale count).
 *
 * Every write is a single statement that succeeds only on the value the caller read (an
 * `INSERT IGNORE` for a new row, an `UPDATE … WHERE option_value = %s` for an existing one), so
 * two requests can never both turn count 4 into count 5. The same SQL runs on MySQL/MariaDB and on
 * the SQLite integration.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- atomic counters need single statements the option API does not offer.
 */
final class Rate_Limit_Store {

	/** Prefix of the rows' option names. */
	public const PREFIX = 'wp24hd_rl_';

	/**
	 * The stored value of a counter, read from the database; null when there is none.
	 *
	 * @param string $name Option name.
	 */
	public function read( string $name ): ?string {
		global $wpdb;
		$value = $wpdb->get_var( $wpdb->prepare( 'SELECT option_value FROM %i WHERE option_name = %s', $wpdb->options, $name ) );
		return null === $value ? null : (string) $value;
	}

	/**
	 * Creates a counter; false when another request created it first.
	 *
	 * @param string $name  Option name.
	 * @param string $value First value.
	 */
	public function create( string $name, string $value ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( 'INSERT IGNORE INTO %i (option_name, option_value, autoload) VALUES (%s, %s, %s)', $wpdb->options, $name, $value, 'off' )
		);
	}

	/**
	 * Replaces a counter's value if it still holds `$expected`; false when another request changed it.
	 *
	 * @param string $name     Option name.
	 * @param string $expected Value read before.
	 * @param string $value    New value.
	 */
	public function swap( string $name, string $expected, string $value ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( 'UPDATE %i SET option_value = %s WHERE option_name = %s AND option_value = %s', $wpdb->options, $value, $name, $expected )
		);
	}

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
