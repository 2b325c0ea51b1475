<?php
/**
 * The only code that reads and writes tickets (messages: Message_Repository, quotes: Quote_Repository,
 * request keys: Request_Key_Repository, the queue's reads: Queue_Repository, each reached through
 * this one).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;
use DateTimeZone;
use RuntimeException;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Prepared SQL over the tickets table. About 380 lines, on purpose: every write to a ticket row
 * (insert, update, the compare-and-set updates the jobs and races rely on: claim a reminder, close
 * only if still waiting, change only from the expected status) keeps the row's search text
 * current, and that rule stays in one class with the writes it guards.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 * phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clauses hold placeholders only.
 */
final class Ticket_Repository {

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
	 * What the desk reads of many tickets at once (the queue's pages and search, live updates,
	 * recent customers), one per ticket repository.
	 *
	 * @var Queue_Repository|null
	 */
	private ?Queue_Repository $queue = null;

	/**
	 * The queue's reads, sharing this one's clock.
	 */
	public function queue(): Queue_Repository {
		return $this->queue ??= new Queue_Repository( $this->clock );
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
		return $row ? Ticket::from_row( $row ) : null;
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
	 * @param Ticket_Status        $expected Status the caller read.
	 * @param array<string, mixed> $fields   Columns, the new status among them.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function update_if_status( int $id, Ticket_Status $expected, array $fields ): bool {
		global $wpdb;
		$fields['updated_at'] = $this->now();
		$changed              = $wpdb->update(
			Tables::tickets(),
			$fields,
			array(
				'id'     => $id,
				'status' => $expected->value,
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
				Ticket_Status::WAITING->value,
				$cutoff,
				$limit
			),
			ARRAY_A
		);
		return array_map( static fn( array $row ): Ticket => Ticket::from_row( $row ), $rows );
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
					Ticket_Status::CLOSED->value,
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
				Ticket_Status::WAITING->value,
				$remind_cutoff,
				$close_cutoff,
				$limit
			),
			ARRAY_A
		);
		return array_map( static fn( array $row ): Ticket => Ticket::from_row( $row ), $rows );
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
				Ticket_Status::WAITING->value,
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
				Ticket_Status::CLOSED->value,
				$reason,
				$now,
				$now,
				$now,
				$ticket->id(),
				Ticket_Status::WAITING->value,
				(string) $ticket->waiting_since
			)
		);
	}
}
