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
 *
 * One request, one unit: a run inside another joins it (MySQL would commit the outer one at a
 * second `START TRANSACTION`), so only the outermost run commits or rolls back; and what must
 * happen only once the writes are kept — emails — waits for that commit (after_commit()).
 */
final class Transaction {

	/** Runs open on the stack; 0 outside any transaction. */
	private static int $depth = 0;

	/** @var array<int, callable(): void> Callbacks waiting for the outermost commit. */
	private static array $after_commit = array();

	/**
	 * Runs `$work`; commits when it returns, rolls back when it throws.
	 *
	 * @template T
	 * @param callable(): T $work The writes.
	 * @return T
	 */
	public static function run( callable $work ) {
		global $wpdb;
		if ( self::$depth > 0 ) {
			// The outermost run owns the transaction: a failure here rolls it all back there.
			++self::$depth;
			try {
				return $work();
			} finally {
				--self::$depth;
			}
		}
		$wpdb->query( 'START TRANSACTION' );
		self::$depth = 1;
		try {
			$result = $work();
			$wpdb->query( 'COMMIT' );
		} catch ( \Throwable $e ) {
			$wpdb->query( 'ROLLBACK' );
			self::$after_commit = array();
			throw $e;
		} finally {
			self::$depth = 0;
		}
		$callbacks          = self::$after_commit;
		self::$after_commit = array();
		foreach ( $callbacks as $callback ) {
			$callback();
		}
		return $result;
	}

	/**
	 * Runs `$callback` once the writes around it are committed: at once outside a transaction,
	 * never when the transaction rolls back.
	 *
	 * @param callable(): void $callback What to do, e.g. fire the action that sends an email.
	 */
	public static function after_commit( callable $callback ): void {
		if ( 0 === self::$depth ) {
			$callback();
			return;
		}
		self::$after_commit[] = $callback;
	}
}
