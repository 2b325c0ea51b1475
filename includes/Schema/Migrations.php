<?php
/**
 * Data changes that go with a schema version, run once, in order, after dbDelta.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

use WP24\Helpdesk\Tickets\Search_Text;

defined( 'ABSPATH' ) || exit;

/**
 * Each step is keyed by the schema version that needs it and is safe to run twice.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- one-off data migrations on the plugin's tables.
 */
final class Migrations {

	/** Option naming how the ticket search reads: `fulltext` (MySQL/MariaDB index) or `like`. */
	public const SEARCH_INDEX_OPTION = 'wp24hd_search_index';

	/** Rows filled per statement by the search backfill. */
	private const SEARCH_BATCH = 500;

	/** Seconds a run may spend on the backfill: well inside the upgrade's 10-minute lease. */
	private const SEARCH_BUDGET = 6 * MINUTE_IN_SECONDS;

	/**
	 * Runs the steps newer than the stored version.
	 *
	 * @param int $from Schema version before the upgrade (0 on a fresh install).
	 * @return bool False when a step ran out of time: the version stays behind and the next run
	 *              goes on where this one stopped (every step is safe to run again).
	 */
	public static function run( int $from ): bool {
		if ( $from > 0 && $from < 6 ) {
			self::start_waiting_countdowns();
		}
		if ( $from > 0 && $from < 10 ) {
			self::key_purchases_by_order();
		}
		if ( $from < 14 ) {
			return self::index_search( microtime( true ) + self::SEARCH_BUDGET );
		}
		return true;
	}

	/**
	 * Whether the database is the SQLite of the Playground dev site, which has no FULLTEXT
	 * (its integration cannot run MATCH … AGAINST): the search then reads the same text by LIKE.
	 */
	public static function on_sqlite(): bool {
		return defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE;
	}

	/**
	 * Version 14 searches whole threads and the site address: builds each older ticket's search
	 * text (its fields and public messages in `search_text`, internal notes in `notes_text`), then
	 * adds the FULLTEXT indexes on MySQL and MariaDB: `search_text` for a customer's search,
	 * `search_staff` (both columns) for the technicians'. Tickets are filled by keyset batches of
	 * those still NULL, so an interrupted run loses nothing and a second run fills only what is left.
	 *
	 * @param float $until Time (microtime) after which the step stops and reports false.
	 */
	private static function index_search( float $until ): bool {
		global $wpdb;
		$tickets = Tables::tickets();
		$last    = 0;
		do {
			if ( microtime( true ) > $until ) {
				return false;
			}
			$rows = $wpdb->get_results(
				$wpdb->prepare( 'SELECT * FROM %i WHERE id > %d AND search_text IS NULL ORDER BY id ASC LIMIT %d', $tickets, $last, self::SEARCH_BATCH ),
				ARRAY_A
			);
			if ( array() === $rows ) {
				break;
			}
			$ids      = array_map( static fn( array $row ): int => (int) $row['id'], $rows );
			$list     = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
			$messages = array();
			foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT ticket_id, body, internal FROM %i WHERE ticket_id IN ({$list}) ORDER BY id ASC", Tables::messages(), ...$ids ), ARRAY_A ) as $message ) { // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the placeholders of a list are counted at run time.
				$messages[ (int) $message['ticket_id'] ][] = $message;
			}
			$public = array();
			$notes  = array();
			foreach ( $rows as $row ) {
				$document = Search_Text::document( $row, $messages[ (int) $row['id'] ] ?? array() );
				array_push( $public, (int) $row['id'], $document['search_text'] );
				array_push( $notes, (int) $row['id'], $document['notes_text'] );
				$last = (int) $row['id'];
			}
			$cases = implode( ' ', array_fill( 0, count( $ids ), 'WHEN %d THEN %s' ) );
			$sql   = "UPDATE %i SET search_text = CASE id {$cases} END, notes_text = CASE id {$cases} END WHERE id IN ({$list})";
			$wpdb->query( $wpdb->prepare( $sql, $tickets, ...$public, ...$notes, ...$ids ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber, WordPress.DB.PreparedSQL.NotPrepared -- placeholders only; those of a list are counted at run time.
			$full = count( $rows ) === self::SEARCH_BATCH;
		} while ( $full );
		if ( self::on_sqlite() ) {
			update_option( self::SEARCH_INDEX_OPTION, 'like', true );
			return true;
		}
		foreach ( array(
			'search_text'  => 'search_text',
			'search_staff' => 'search_text, notes_text',
		) as $name => $columns ) {
			// Added here, not in the dbDelta definitions, because SQLite has no FULLTEXT; looked up
			// first, so a second run adds nothing. A server that refuses (a MySQL before 5.6 has no
			// InnoDB FULLTEXT) keeps the LIKE search.
			if ( null === $wpdb->get_var( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name = %s', $tickets, $name ) )
				&& false === $wpdb->query( $wpdb->prepare( "ALTER TABLE %i ADD FULLTEXT KEY %i ({$columns})", $tickets, $name ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- column names from this method.
				update_option( self::SEARCH_INDEX_OPTION, 'like', true );
				return true;
			}
		}
		update_option( self::SEARCH_INDEX_OPTION, 'fulltext', true );
		return true;
	}

	/**
	 * Version 10 keys grants and refunds by site, order and line (`grant:{blog}:{order}:{item}`)
	 * instead of the bare line ID (`grant:order_item:{item}`), which another order could reuse. A
	 * refund row takes its order from the grant of the same line. Row by row, so it runs on every
	 * database WordPress runs on; a key already rewritten no longer matches.
	 */
	private static function key_purchases_by_order(): void {
		global $wpdb;
		$log    = Tables::entitlement_log();
		$blog   = get_current_blog_id();
		$rows   = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT id, event_key, order_id, order_item_id FROM %i WHERE event_key LIKE %s OR event_key LIKE %s ORDER BY id ASC',
				$log,
				$wpdb->esc_like( 'grant:order_item:' ) . '%',
				$wpdb->esc_like( 'refund:order_item:' ) . '%'
			),
			ARRAY_A
		);
		$orders = array();
		foreach ( $rows as $row ) {
			if ( str_starts_with( (string) $row['event_key'], 'grant:' ) ) {
				$orders[ (int) $row['order_item_id'] ] = (int) $row['order_id'];
			}
		}
		foreach ( $rows as $row ) {
			$kind  = strstr( (string) $row['event_key'], ':', true );
			$item  = (int) $row['order_item_id'];
			$order = (int) $row['order_id'] > 0 ? (int) $row['order_id'] : ( $orders[ $item ] ?? 0 );
			$wpdb->update(
				$log,
				array(
					'event_key' => sprintf( '%s:%d:%d:%d', $kind, $blog, $order, $item ),
					'order_id'  => $order,
				),
				array( 'id' => (int) $row['id'] )
			);
		}
	}

	/**
	 * Version 6 counts the auto-close time (R9) from `waiting_since`: tickets already waiting get
	 * the technician's last answer (or their last activity) as the start.
	 */
	private static function start_waiting_countdowns(): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET waiting_since = COALESCE(last_staff_reply_at, last_activity_at) WHERE status = %s AND waiting_since IS NULL',
				Tables::tickets(),
				'waiting_customer'
			)
		);
	}
}
