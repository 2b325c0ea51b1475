<?php
/**
 * The only code that reads and writes tickets (messages: Message_Repository, quotes: Quote_Repository,
 * request keys: Request_Key_Repository, each reached through this one).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;
use DateTimeZone;
use RuntimeException;
use WP24\Helpdesk\Schema\Migrations;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Prepared SQL over the ticket tables; filters and sort keys are allow-listed here.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 * phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clauses hold placeholders only.
 */
final class Ticket_Repository {

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
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/**
	 * The quotes of its tickets, one repository per ticket repository: the queue primes the newest
	 * quotes of a page once, and every write through it empties that cache.
	 *
	 * @var Quote_Repository|null
	 */
	private ?Quote_Repository $quotes = null;

	/**
	 * The repository of the tickets' quotes, sharing this one's clock.
	 */
	public function quotes(): Quote_Repository {
		if ( null === $this->quotes ) {
			$this->quotes = new Quote_Repository( $this->clock );
		}
		return $this->quotes;
	}

	/**
	 * The idempotency keys of requests that open tickets or add messages, one per ticket
	 * repository, sharing this one's clock.
	 *
	 * @var Request_Key_Repository|null
	 */
	private ?Request_Key_Repository $request_keys = null;

	/**
	 * The idempotency keys of requests that open tickets or add messages, sharing this one's clock.
	 */
	public function request_keys(): Request_Key_Repository {
		return $this->request_keys ??= new Request_Key_Repository( $this->clock );
	}

	/**
	 * The messages of its tickets, one per ticket repository.
	 *
	 * @var Message_Repository|null
	 */
	private ?Message_Repository $messages = null;

	/**
	 * The threads of the tickets, sharing this one's clock.
	 */
	public function messages(): Message_Repository {
		return $this->messages ??= new Message_Repository( $this->clock );
	}

	/**
	 * Current time as stored (UTC), from the clock.
	 */
	public function now(): string {
		return self::date( $this->clock->now() );
	}

	/**
	 * The clock this repository reads "now" from, for the services built on it.
	 */
	public function clock(): Clock {
		return $this->clock;
	}

	/**
	 * A moment as stored (UTC `Y-m-d H:i:s`).
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	public static function date( DateTimeImmutable $moment ): string {
		return $moment->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}

	/**
	 * One ticket by ID.
	 *
	 * @param int $id Ticket.
	 */
	public function find( int $id ): ?Ticket {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::tickets(), $id ), ARRAY_A );
		return $row ? new Ticket( $row ) : null;
	}

	/**
	 * Inserts a ticket.
	 *
	 * @param array<string, mixed> $fields Columns.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function insert( array $fields ): Ticket {
		global $wpdb;
		$now    = $this->now();
		$fields = $fields + array(
			'search_text'      => Search_Text::ticket( $fields ),
			'notes_text'       => '',
			'coverage_reason'  => '',
			'created_at'       => $now,
			'updated_at'       => $now,
			'last_activity_at' => $now,
		);
		if ( false === $wpdb->insert( Tables::tickets(), $fields ) ) {
			throw new RuntimeException( 'Could not insert the ticket: ' . $wpdb->last_error );
		}
		return $this->find( (int) $wpdb->insert_id );
	}

	/**
	 * Updates a ticket.
	 *
	 * @param int                  $id     Ticket.
	 * @param array<string, mixed> $fields Columns.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function update( int $id, array $fields ): Ticket {
		global $wpdb;
		$fields['updated_at'] = $this->now();
		if ( false === $wpdb->update( Tables::tickets(), $fields, array( 'id' => $id ) ) ) {
			throw new RuntimeException( 'Could not update the ticket: ' . $wpdb->last_error );
		}
		$this->refresh_search_text( $id, $fields );
		return $this->find( $id );
	}

	/**
	 * Rewrites a ticket's search text when a column it is made of changed.
	 *
	 * @param int                  $id     Ticket.
	 * @param array<string, mixed> $fields Columns just written.
	 */
	private function refresh_search_text( int $id, array $fields ): void {
		if ( array() !== array_intersect_key( $fields, array_flip( Search_Text::TICKET_FIELDS ) ) ) {
			$this->rebuild_search_text( $id );
		}
	}

	/**
	 * Builds a ticket's search text again from its row and its whole thread (after an edit of its
	 * fields, or an erasure that rewrote messages).
	 *
	 * @param int $id Ticket.
	 */
	public function rebuild_search_text( int $id ): void {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::tickets(), $id ), ARRAY_A );
		if ( $row ) {
			$wpdb->update( Tables::tickets(), Search_Text::document( $row, $this->messages()->texts( $id ) ), array( 'id' => $id ) );
		}
	}

	/**
	 * Updates a ticket only if its stored status is still `$expected` (compare-and-set): true when
	 * this call changed the row, false when another request changed the status first.
	 *
	 * @param int                  $id       Ticket.
	 * @param string               $expected Status the caller read.
	 * @param array<string, mixed> $fields   Columns, the new status among them.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function update_if_status( int $id, string $expected, array $fields ): bool {
		global $wpdb;
		$fields['updated_at'] = $this->now();
		$changed              = $wpdb->update(
			Tables::tickets(),
			$fields,
			array(
				'id'     => $id,
				'status' => $expected,
			)
		);
		if ( false === $changed ) {
			throw new RuntimeException( 'Could not update the ticket: ' . $wpdb->last_error );
		}
		if ( 1 === (int) $changed ) {
			$this->refresh_search_text( $id, $fields );
		}
		return 1 === (int) $changed;
	}

	/**
	 * Whether a public reference is taken.
	 *
	 * @param string $reference Reference.
	 */
	public function reference_exists( string $reference ): bool {
		global $wpdb;
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i WHERE reference = %s', Tables::tickets(), $reference ) );
	}

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
		$due_before = ! empty( $filters['sla_breached'] ) ? $this->now() : (string) ( $filters['due_before'] ?? '' );
		if ( '' !== $due_before ) {
			// Through the (status, first_response_due) index.
			$open    = Ticket::open_statuses();
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
			'items' => array_map( static fn( array $row ): Ticket => new Ticket( $row ), $rows ),
			'total' => $total,
		);
	}

	/**
	 * The newest ticket and message IDs: where the live updates of the workspace stand.
	 *
	 * @return array{tickets: int, messages: int}
	 */
	public function latest_ids(): array {
		global $wpdb;
		return array(
			'tickets'  => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT MAX(id) FROM %i', Tables::tickets() ) ),
			'messages' => $this->messages()->latest_id(),
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

	/**
	 * Tickets waiting for the customer since `$cutoff` or earlier, oldest first (auto-close, R9).
	 *
	 * @param string $cutoff Stored time.
	 * @param int    $limit  Batch size.
	 * @return Ticket[]
	 */
	public function waiting_since_before( string $cutoff, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE status = %s AND waiting_since <= %s ORDER BY waiting_since ASC, id ASC LIMIT %d',
				Tables::tickets(),
				Ticket::STATUS_WAITING,
				$cutoff,
				$limit
			),
			ARRAY_A
		);
		return array_map( static fn( array $row ): Ticket => new Ticket( $row ), $rows );
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
	 * Tickets closed before `$cutoff` without a paid quote, oldest first (retention): a paid quote
	 * backs an invoice, which the law keeps for years, so its ticket stays.
	 *
	 * @param string $cutoff Stored time.
	 * @param int    $limit  Batch size.
	 * @return int[] Ticket IDs.
	 */
	public function closed_before_without_paid_quote( string $cutoff, int $limit ): array {
		global $wpdb;
		return array_map(
			'intval',
			$wpdb->get_col(
				$wpdb->prepare(
					'SELECT t.id FROM %i t WHERE t.status = %s AND t.closed_at < %s AND NOT EXISTS ( SELECT 1 FROM %i q WHERE q.ticket_id = t.id AND q.paid_at IS NOT NULL ) ORDER BY t.closed_at ASC, t.id ASC LIMIT %d',
					Tables::tickets(),
					Ticket::STATUS_CLOSED,
					$cutoff,
					Tables::quotes(),
					$limit
				)
			)
		);
	}

	/**
	 * Deletes a ticket's rows: the ticket, its messages, quotes and attachment records (the files
	 * themselves are `Attachment_Store`'s).
	 *
	 * @param int $id Ticket.
	 */
	public function delete( int $id ): void {
		global $wpdb;
		$wpdb->delete( Tables::attachments(), array( 'ticket_id' => $id ) );
		$this->messages()->delete_thread( $id );
		$wpdb->delete( Tables::quotes(), array( 'ticket_id' => $id ) );
		$wpdb->delete( Tables::tickets(), array( 'id' => $id ) );
	}

	/**
	 * Waiting tickets inside the reminder span (between the two cutoffs) not yet reminded.
	 *
	 * @param string $remind_cutoff Waiting since this or earlier.
	 * @param string $close_cutoff  But later than this (older ones are closed instead).
	 * @param int    $limit         Batch size.
	 * @return Ticket[]
	 */
	public function due_for_reminder( string $remind_cutoff, string $close_cutoff, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE status = %s AND waiting_since <= %s AND waiting_since > %s AND reminder_sent_at IS NULL ORDER BY waiting_since ASC, id ASC LIMIT %d',
				Tables::tickets(),
				Ticket::STATUS_WAITING,
				$remind_cutoff,
				$close_cutoff,
				$limit
			),
			ARRAY_A
		);
		return array_map( static fn( array $row ): Ticket => new Ticket( $row ), $rows );
	}

	/**
	 * Marks the reminder of the ticket's current waiting period as sent; false when it already was
	 * or the ticket moved on (the conditional update is the guard against double sends).
	 *
	 * @param Ticket $ticket Ticket as read by the job.
	 */
	public function claim_reminder( Ticket $ticket ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET reminder_sent_at = %s WHERE id = %d AND status = %s AND waiting_since = %s AND reminder_sent_at IS NULL',
				Tables::tickets(),
				$this->now(),
				$ticket->id(),
				Ticket::STATUS_WAITING,
				(string) $ticket->waiting_since
			)
		);
	}

	/**
	 * Closes a ticket only if it is still waiting since the time the job read; false otherwise.
	 *
	 * @param Ticket $ticket Ticket as read by the job.
	 * @param string $reason Close reason.
	 */
	public function close_if_still_waiting( Ticket $ticket, string $reason ): bool {
		global $wpdb;
		$now = $this->now();
		return 1 === (int) $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET status = %s, close_reason = %s, closed_at = %s, last_activity_at = %s, updated_at = %s WHERE id = %d AND status = %s AND waiting_since = %s',
				Tables::tickets(),
				Ticket::STATUS_CLOSED,
				$reason,
				$now,
				$now,
				$now,
				$ticket->id(),
				Ticket::STATUS_WAITING,
				(string) $ticket->waiting_since
			)
		);
	}
}
