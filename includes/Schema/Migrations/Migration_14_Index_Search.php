<?php
/**
 * Schema version 14: search over whole threads and the site address.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema\Migrations;

use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Tickets\Search_Text;
use WP24\Helpdesk\Tickets\Tables\Tickets_Table;

defined( 'ABSPATH' ) || exit;

/**
 * Builds each older ticket's search text (its fields and public messages in `search_text`,
 * internal notes in `notes_text`), then adds the FULLTEXT indexes on MySQL and MariaDB
 * (Tickets_Table) and records how the search reads. Tickets are filled by keyset batches of those
 * still NULL, so an interrupted run loses nothing and a second run fills only what is left.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- one-off data migration on the plugin's tables.
 */
final class Migration_14_Index_Search implements Migration {

	/** Option naming how the ticket search reads: `fulltext` (MySQL/MariaDB index) or `like`. */
	public const SEARCH_INDEX_OPTION = 'wp24hd_search_index';

	/** Rows filled per statement. */
	private const BATCH = 500;

	/**
	 * The last ticket filled: each batch reads past it (keyset), never the same rows twice.
	 *
	 * @var int
	 */
	private int $last = 0;

	/**
	 * Every upgrade before 14, and a fresh install (which records the search mode).
	 *
	 * @param int $from Stored version.
	 */
	public function applies_from( int $from ): bool {
		return $from < 14;
	}

	/**
	 * Fills the search text batch by batch until done or out of time, then indexes it.
	 *
	 * @param float $until Time (microtime) after which the step stops and reports false.
	 */
	public function run( float $until ): bool {
		do {
			if ( microtime( true ) > $until ) {
				return false;
			}
			$full = self::BATCH === $this->fill_batch();
		} while ( $full );
		$indexed = ( new Tickets_Table() )->add_fulltext_indexes();
		update_option( self::SEARCH_INDEX_OPTION, $indexed ? 'fulltext' : 'like', true );
		return true;
	}

	/**
	 * Fills the next batch of tickets whose search text is still NULL.
	 *
	 * @return int Tickets filled.
	 */
	private function fill_batch(): int {
		global $wpdb;
		$tickets = Tables::tickets();
		$rows    = $wpdb->get_results(
			$wpdb->prepare( 'SELECT * FROM %i WHERE id > %d AND search_text IS NULL ORDER BY id ASC LIMIT %d', $tickets, $this->last, self::BATCH ),
			ARRAY_A
		);
		if ( array() === $rows ) {
			return 0;
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
			$this->last = (int) $row['id'];
		}
		$cases = implode( ' ', array_fill( 0, count( $ids ), 'WHEN %d THEN %s' ) );
		$sql   = "UPDATE %i SET search_text = CASE id {$cases} END, notes_text = CASE id {$cases} END WHERE id IN ({$list})";
		$wpdb->query( $wpdb->prepare( $sql, $tickets, ...$public, ...$notes, ...$ids ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber, WordPress.DB.PreparedSQL.NotPrepared -- placeholders only; those of a list are counted at run time.
		return count( $rows );
	}
}
