<?php
/**
 * Rows of the options table changed by compare-and-set statements.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * The statements the option API does not offer: create a row only if none exists (`INSERT
 * IGNORE`, atomic on the unique option name) and replace a value only if it is still the one
 * read. Rows are not autoloaded and are read past the options cache, so no cache serves a stale
 * value. The same SQL runs on MySQL/MariaDB and on the SQLite integration. Each repository of such
 * rows (rate-limit counters, job leases) extends this class.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- conditional writes have no core API.
 */
abstract class Option_Rows {

	/**
	 * The stored value of a row, read from the database; null when there is none.
	 *
	 * @param string $name Option name.
	 */
	public function read( string $name ): ?string {
		global $wpdb;
		$value = $wpdb->get_var( $wpdb->prepare( 'SELECT option_value FROM %i WHERE option_name = %s', $wpdb->options, $name ) );
		return null === $value ? null : (string) $value;
	}

	/**
	 * Creates a row; false when another request created it first.
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
	 * Replaces a row's value if it still holds `$expected`; false when another request changed it.
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
}
