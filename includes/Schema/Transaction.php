<?php
/**
 * A database transaction around several writes, so a failed request leaves nothing half-written.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

use WP24\Helpdesk\Errors\Database_Unavailable;

defined( 'ABSPATH' ) || exit;

/**
 * Works on MySQL/MariaDB (InnoDB) and on the SQLite integration alike.
 *
 * One request, one unit: a run inside another joins it (MySQL would commit the outer one at a
 * second `START TRANSACTION`), so only the outermost run commits or rolls back; and what must
 * happen only once the writes are kept — emails — waits for that commit (after_commit()).
 *
 * A lost connection never answers success: after "server has gone away" wpdb reconnects and runs
 * the failed statement again on the new connection, outside the transaction. So the run keeps the
 * connection it began on, puts a connection made meanwhile into manual commit before wpdb re-runs
 * anything on it (wpdb applies `incompatible_sql_modes` on every connect), and when the connection
 * changed, or START TRANSACTION or COMMIT failed, rolls back and throws Database_Unavailable.
 * When the server stays away through wpdb's reconnect attempts (about five seconds), wpdb would
 * end the request with WordPress's "Error establishing a database connection" page (a 500); inside
 * a run that death is turned into Database_Unavailable too, so the caller still answers 503.
 * SQLite has no connection to lose.
 */
final class Transaction {

	/**
	 * Runs open on the stack; 0 outside any transaction.
	 *
	 * @var int
	 */
	private static int $depth = 0;

	/**
	 * The connection the open transaction began on (wpdb's `dbh`), held so it cannot be reused.
	 *
	 * @var mixed
	 */
	private static mixed $connection = null;

	/** The filters through which wp_die() picks its handler, one per kind of request. */
	private const DIE_HANDLERS = array( 'wp_die_handler', 'wp_die_ajax_handler', 'wp_die_json_handler', 'wp_die_jsonp_handler', 'wp_die_xmlrpc_handler', 'wp_die_xml_handler' );

	/**
	 * Callbacks waiting for the outermost commit.
	 *
	 * @var array<int, callable(): void>
	 */
	private static array $after_commit = array();

	/**
	 * Runs `$work`; commits when it returns, rolls back when it throws.
	 *
	 * @template T
	 * @param callable(): T $work The writes.
	 * @return T
	 * @throws Database_Unavailable When the connection was lost or the database refused to begin or commit.
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
		if ( false === $wpdb->query( 'START TRANSACTION' ) ) {
			self::release_new_connection( $wpdb->dbh, 'START TRANSACTION failed' );
			throw new Database_Unavailable();
		}
		// Taken after START: a connection wpdb had to remake for START itself is a sound beginning.
		$connection       = $wpdb->dbh;
		self::$depth      = 1;
		self::$connection = $connection;
		add_filter( 'incompatible_sql_modes', array( self::class, 'hold_new_connection' ) );
		foreach ( self::DIE_HANDLERS as $filter ) {
			add_filter( $filter, array( self::class, 'die_handler' ), PHP_INT_MAX );
		}
		try {
			$result = $work();
			if ( $wpdb->dbh !== $connection || false === $wpdb->query( 'COMMIT' ) || $wpdb->dbh !== $connection ) {
				throw new Database_Unavailable();
			}
		} catch ( \Throwable $e ) {
			try {
				$wpdb->query( 'ROLLBACK' );
			} catch ( Database_Unavailable $gone ) {
				// The server is still away: it ends the transaction itself.
				$e = $e instanceof Database_Unavailable ? $e : $gone;
			}
			self::$after_commit = array();
			if ( $e instanceof Database_Unavailable || $wpdb->dbh !== $connection ) {
				self::release_new_connection( $connection, $e->getMessage() );
				throw $e instanceof Database_Unavailable ? $e : new Database_Unavailable();
			}
			throw $e;
		} finally {
			remove_filter( 'incompatible_sql_modes', array( self::class, 'hold_new_connection' ) );
			foreach ( self::DIE_HANDLERS as $filter ) {
				remove_filter( $filter, array( self::class, 'die_handler' ), PHP_INT_MAX );
			}
			self::$depth      = 0;
			self::$connection = null;
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

	/**
	 * Inside a run, wp_die() for a database that could not be reached throws Database_Unavailable
	 * instead of printing WordPress's error page; any other wp_die() keeps its handler.
	 *
	 * Hooked only while a transaction is open.
	 *
	 * @param mixed $handler The handler wp_die() would call.
	 * @return callable
	 */
	public static function die_handler( $handler ) {
		return static function ( ...$args ) use ( $handler ) {
			global $wpdb;
			if ( self::$depth > 0 && ! $wpdb->dbh instanceof \mysqli ) {
				throw new Database_Unavailable();
			}
			return call_user_func_array( $handler, $args );
		};
	}

	/**
	 * On a connection wpdb made while a transaction was open, turns autocommit off before wpdb
	 * re-runs the failed statement there, so nothing written after the loss is kept.
	 *
	 * @internal Hooked to `incompatible_sql_modes` only while a transaction is open.
	 *
	 * @param mixed $modes SQL modes (returned untouched).
	 * @return mixed
	 */
	public static function hold_new_connection( $modes ) {
		global $wpdb;
		if ( self::$depth > 0 && $wpdb->dbh !== self::$connection && $wpdb->dbh instanceof \mysqli ) {
			mysqli_query( $wpdb->dbh, 'SET autocommit = 0' ); // phpcs:ignore WordPress.DB.RestrictedFunctions -- wpdb is mid-connect here.
		}
		return $modes;
	}

	/**
	 * After a lost connection: logs it and gives wpdb's new connection back its autocommit.
	 *
	 * @param mixed  $connection The connection the transaction began on.
	 * @param string $cause      What failed.
	 */
	private static function release_new_connection( $connection, string $cause ): void {
		global $wpdb;
		error_log( 'WP24 Helpdesk: the database connection was lost or refused inside a transaction; nothing was committed (' . $cause . ').' ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
		if ( $wpdb->dbh !== $connection && $wpdb->dbh instanceof \mysqli ) {
			mysqli_query( $wpdb->dbh, 'SET autocommit = 1' ); // phpcs:ignore WordPress.DB.RestrictedFunctions -- the rollback above ended its transaction.
		}
	}
}
