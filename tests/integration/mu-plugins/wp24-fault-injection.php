<?php
/**
 * Test-only must-use plugin: a database that refuses some writes. While the autoloaded option
 * `wp24hd_test_fail_query` names a table, every INSERT, UPDATE or DELETE that names it is sent as
 * a write to a table that does not exist, so it fails the way a refused write does, on MariaDB and
 * on SQLite alike (both apply the `query` filter).
 *
 * Reads the option from the loaded autoloaded options only, so it adds no query to any request
 * (tests count queries).
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

add_filter(
	'query',
	static function ( $query ) {
		$options = wp_cache_get( 'alloptions', 'options' );
		$table   = is_array( $options ) ? ( $options['wp24hd_test_fail_query'] ?? '' ) : '';
		if ( ! is_string( $query ) || ! is_string( $table ) || '' === $table || ! preg_match( '/^\s*(INSERT|UPDATE|DELETE)\b/i', $query ) || ! str_contains( $query, $table ) ) {
			return $query;
		}
		return 'INSERT INTO wp24hd_test_refused_write (id) VALUES (1)';
	}
);
