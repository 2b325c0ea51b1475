<?php
/**
 * A database transaction around several writes, so a failed request leaves nothing half-written.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Works on MySQL/MariaDB (InnoDB) and on the SQLite integration alike.
 */
final class Transaction {

	/**
	 * Runs `$work`; commits when it returns, rolls back when it throws.
	 *
	 * @template T
	 * @param callable(): T $work The writes.
	 * @return T
	 */
	public static function run( callable $work ) {
		global $wpdb;
		$wpdb->query( 'START TRANSACTION' );
		try {
			$result = $work();
			$wpdb->query( 'COMMIT' );
			return $result;
		} catch ( \Throwable $e ) {
			$wpdb->query( 'ROLLBACK' );
			throw $e;
		}
	}
}
