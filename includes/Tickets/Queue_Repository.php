<?php
/**
 * What the desk reads of many tickets at once: the queue's filtered and sorted pages with their
 * search, the tickets opened since a point (live updates), the customers whose tickets moved last.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Schema\Migrations;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Prepared SQL over the tickets table; filters and sort keys are allow-listed here. Reached
 * through Ticket_Repository::queue().
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 * phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clauses hold placeholders only.
 */
final class Queue_Repository {

	/** Sort keys the queue may ask for, mapped to columns. */
	public const SORTS = array(
		'last_activity'      => 'last_activity_at',
		'created'            => 'created_at',
		'first_response_due' => 'first_response_due',
		'priority'           => 'priority',
		'waiting_since'      => 'waiting_since',
	);

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read (a first answer overdue).
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/**
	 * A filtered, sorted page of tickets.
	 *
	 * @param array<string, mixed> $filters  status[], priority, type, coverage, assignee_id, plan_id, customer_id, search, sla_breached.
	 * @param string               $sort     Key of SORTS.
	 * @param string               $order    asc or desc.
	 * @param int                  $page     Page from 1.
	 * @param int                  $per_page Rows per page.
	 * @return array{items: Ticket[], total: int}
	 */
	public function search( array $filters, string $sort, string $order, int $page, int $per_page ): array {
		global $wpdb;
		$where = array( '1=1' );
		$args  = array();
		if ( ! empty( $filters['status'] ) ) {
			$statuses = (array) $filters['status'];
			$where[]  = 'status IN (' . implode( ',', array_fill( 0, count( $statuses ), '%s' ) ) . ')';
			$args     = array_merge( $args, $statuses );
		}
		foreach ( array(
			'priority'    => '%s',
			'type'        => '%s',
			'coverage'    => '%s',
			'assignee_id' => '%d',
			'plan_id'     => '%d',
			'customer_id' => '%d',
		) as $column => $placeholder ) {
			if ( isset( $filters[ $column ] ) && '' !== $filters[ $column ] ) {
				$where[] = "{$column} = {$placeholder}";
				$args[]  = $filters[ $column ];
			}
		}
		if ( ! empty( $filters['search'] ) ) {
			list( $clause, $clause_args ) = $this->search_clause( (string) $filters['search'], ! empty( $filters['include_internal'] ) );
			$where[]                      = $clause;
			array_push( $args, ...$clause_args );
		}
		$due_before = ! empty( $filters['sla_breached'] ) ? Ticket_Repository::date( $this->clock->now() ) : (string) ( $filters['due_before'] ?? '' );
		if ( '' !== $due_before ) {
			// Through the (status, first_response_due) index.
			$open    = Ticket_Status::values( ...Ticket_Status::open() );
			$where[] = 'status IN (' . implode( ',', array_fill( 0, count( $open ), '%s' ) ) . ') AND first_response_due < %s AND first_response_at IS NULL';
			array_push( $args, ...$open );
			$args[] = $due_before;
		}
		$clause    = implode( ' AND ', $where );
		$column    = self::SORTS[ $sort ] ?? 'last_activity_at';
		$direction = 'asc' === strtolower( $order ) ? 'ASC' : 'DESC';
		$total     = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE {$clause}", array_merge( array( Tables::tickets() ), $args ) ) );
		$rows      = $wpdb->get_results(
			$wpdb->prepare( // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the placeholders of a list are counted at run time.
				"SELECT * FROM %i WHERE {$clause} ORDER BY {$column} {$direction}, id {$direction} LIMIT %d OFFSET %d",
				array_merge( array( Tables::tickets() ), $args, array( $per_page, ( $page - 1 ) * $per_page ) )
			),
			ARRAY_A
		);
		return array(
			'items' => array_map( static fn( array $row ): Ticket => Ticket::from_row( $row ), $rows ),
			'total' => $total,
		);
	}

	/**
	 * Tickets opened after a ticket ID, oldest first (read by primary key).
	 *
	 * @param int $after Ticket ID.
	 * @param int $limit Most rows.
	 * @return array<int, array{id: int, reference: string, subject: string, priority: string}>
	 */
	public function tickets_after( int $after, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare( 'SELECT id, reference, subject, priority FROM %i WHERE id > %d ORDER BY id ASC LIMIT %d', Tables::tickets(), $after, $limit ),
			ARRAY_A
		);
		return array_map(
			static fn( array $row ): array => array(
				'id'        => (int) $row['id'],
				'reference' => (string) $row['reference'],
				'subject'   => (string) $row['subject'],
				'priority'  => (string) $row['priority'],
			),
			$rows
		);
	}

	/**
	 * The registered customers whose tickets moved last, most recent first (the customers screen
	 * lists them before any search).
	 *
	 * @param int $limit Most customers.
	 * @return int[] User IDs.
	 */
	public function recent_customer_ids( int $limit ): array {
		global $wpdb;
		return array_map(
			'intval',
			$wpdb->get_col(
				$wpdb->prepare(
					'SELECT customer_id FROM %i WHERE customer_id > 0 GROUP BY customer_id ORDER BY MAX(last_activity_at) DESC, customer_id DESC LIMIT %d',
					Tables::tickets(),
					$limit
				)
			)
		);
	}

	/**
	 * The WHERE clause a search adds, with its values.
	 *
	 * A ticket matches when every word starts a word of its search text: its fields (subject,
	 * reference, guest name and email, site address) and its whole thread; internal notes count
	 * only for staff. MySQL and MariaDB read a FULLTEXT index (boolean mode, `+word*`): `search_text`
	 * for a customer, `search_staff` (with the notes) for staff. SQLite (the Playground dev site)
	 * reads the same columns with `LIKE '% word%'`, which gives the same answers without an index.
	 * A search with no word of three letters or more matches the old way, as a part of the
	 * subject, reference or guest email.
	 *
	 * @param string $search           What was typed.
	 * @param bool   $include_internal Whether internal notes are searched (staff only).
	 * @return array{0: string, 1: array<int, string>} Clause and its values.
	 */
	private function search_clause( string $search, bool $include_internal ): array {
		global $wpdb;
		$words = Search_Text::words( $search );
		if ( array() === $words ) {
			$like = '%' . $wpdb->esc_like( $search ) . '%';
			return array( '(subject LIKE %s OR reference LIKE %s OR guest_email LIKE %s)', array( $like, $like, $like ) );
		}
		if ( 'fulltext' === get_option( Migrations::SEARCH_INDEX_OPTION ) ) {
			// The column list names the index: it must be exactly one index's columns.
			$columns = $include_internal ? 'search_text, notes_text' : 'search_text';
			return array( "MATCH ({$columns}) AGAINST (%s IN BOOLEAN MODE)", array( Search_Text::boolean_query( $words ) ) );
		}
		$clauses = array();
		$args    = array();
		foreach ( $words as $word ) {
			$like      = '% ' . $wpdb->esc_like( $word ) . '%';
			$clauses[] = $include_internal ? '(search_text LIKE %s OR notes_text LIKE %s)' : 'search_text LIKE %s';
			array_push( $args, ...( $include_internal ? array( $like, $like ) : array( $like ) ) );
		}
		return array( '(' . implode( ' AND ', $clauses ) . ')', $args );
	}
}
