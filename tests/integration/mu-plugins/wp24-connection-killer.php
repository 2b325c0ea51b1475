<?php
/**
 * Test-only must-use plugin: a database connection lost in the middle of a request. While the
 * autoloaded option `wp24hd_test_kill_connection` names a table, the first INSERT into it in a
 * request first has its own connection killed from a second connection (MariaDB only; SQLite has
 * no connection to lose), so wpdb meets "server has gone away" and reconnects, as it would after a
 * server restart.
 *
 * Reads the option from the loaded autoloaded options only, so it adds no query to any request.
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

add_filter(
	'query',
	static function ( $query ) {
		static $killed = false;
		$options = wp_cache_get( 'alloptions', 'options' );
		$table   = is_array( $options ) ? ( $options['wp24hd_test_kill_connection'] ?? '' ) : '';
		$db      = $GLOBALS['wpdb'];
		if ( $killed || ! is_string( $table ) || '' === $table || ! is_string( $query ) || ! preg_match( '/^\s*INSERT\b/i', $query ) || ! str_contains( $query, $table ) || ! $db->dbh instanceof mysqli ) {
			return $query;
		}
		$killed = true;
		$victim = (int) mysqli_thread_id( $db->dbh );
		$killer = new wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
		$killer->query( 'KILL CONNECTION ' . $victim ); // phpcs:ignore WordPress.DB
		// Wait until the server has dropped it, so the next statement meets a dead connection.
		for ( $i = 0; $i < 100 && $killer->get_var( $killer->prepare( 'SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %d', $victim ) ); $i++ ) { // phpcs:ignore WordPress.DB
			usleep( 20000 );
		}
		$killer->close();
		return $query;
	},
	20
);
