<?php
/**
 * The only code that reads and writes quotes (R8).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use RuntimeException;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Prepared SQL over the quotes table; reached through Ticket_Repository::quotes().
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 * phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clauses hold placeholders only.
 */
final class Quote_Repository {

	/**
	 * Newest quote per ticket, read for a whole queue page at once; emptied by every quote write.
	 *
	 * @var array<int, Quote|null>
	 */
	private array $newest = array();

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/**
	 * Current time as stored (UTC), from the clock.
	 */
	private function now(): string {
		return Ticket_Repository::date( $this->clock->now() );
	}

	/**
	 * One quote by ID.
	 *
	 * @param int $id Quote.
	 */
	public function find( int $id ): ?Quote {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::quotes(), $id ), ARRAY_A );
		return $row ? Quote::from_row( $row ) : null;
	}

	/**
	 * The newest quote of a ticket.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function latest( int $ticket_id ): ?Quote {
		global $wpdb;
		if ( array_key_exists( $ticket_id, $this->newest ) ) {
			return $this->newest[ $ticket_id ];
		}
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE ticket_id = %d ORDER BY id DESC LIMIT 1', Tables::quotes(), $ticket_id ), ARRAY_A );
		return $row ? Quote::from_row( $row ) : null;
	}

	/**
	 * Reads the newest quote of many tickets in one query (a queue page), for latest().
	 *
	 * @param int[] $ticket_ids Tickets.
	 */
	public function prime_latest( array $ticket_ids ): void {
		global $wpdb;
		$ticket_ids = array_values( array_unique( array_map( 'intval', $ticket_ids ) ) );
		if ( array() === $ticket_ids ) {
			return;
		}
		$rows         = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE ticket_id IN (' . implode( ',', array_fill( 0, count( $ticket_ids ), '%d' ) ) . ') ORDER BY id ASC',
				array_merge( array( Tables::quotes() ), $ticket_ids )
			),
			ARRAY_A
		);
		$this->newest = array_fill_keys( $ticket_ids, null ) + $this->newest;
		foreach ( $rows as $row ) {
			$this->newest[ (int) $row['ticket_id'] ] = Quote::from_row( $row );
		}
	}

	/**
	 * Sent quotes whose validity ended before `$now`, oldest first.
	 *
	 * @param string $now   Stored time.
	 * @param int    $limit Batch size.
	 * @return Quote[]
	 */
	public function sent_expired_before( string $now, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare( 'SELECT * FROM %i WHERE status = %s AND valid_until < %s ORDER BY valid_until ASC, id ASC LIMIT %d', Tables::quotes(), Quote_Status::SENT->value, $now, $limit ),
			ARRAY_A
		);
		return array_map( array( Quote::class, 'from_row' ), $rows );
	}

	/**
	 * Every quote of a ticket, oldest first (the privacy export).
	 *
	 * @param int $ticket_id Ticket.
	 * @return Quote[]
	 */
	public function of_ticket( int $ticket_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE ticket_id = %d ORDER BY id', Tables::quotes(), $ticket_id ), ARRAY_A );
		return array_map( array( Quote::class, 'from_row' ), $rows );
	}

	/**
	 * Inserts a quote and returns it.
	 *
	 * @param array<string, mixed> $fields Columns.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function insert( array $fields ): Quote {
		$this->newest = array();
		global $wpdb;
		$now = $this->now();
		if ( false === $wpdb->insert(
			Tables::quotes(),
			$fields + array(
				'created_at' => $now,
				'updated_at' => $now,
			)
		) ) {
			throw new RuntimeException( 'Could not insert the quote: ' . $wpdb->last_error );
		}
		return $this->find( (int) $wpdb->insert_id ) ?? throw new RuntimeException( 'The quote just inserted cannot be read.' );
	}

	/**
	 * Updates a quote.
	 *
	 * @param int                  $id     Quote.
	 * @param array<string, mixed> $fields Columns.
	 */
	public function update( int $id, array $fields ): void {
		$this->newest = array();
		global $wpdb;
		$fields['updated_at'] = $this->now();
		$wpdb->update( Tables::quotes(), $fields, array( 'id' => $id ) );
	}

	/**
	 * Moves a quote from one status to another only if it is still in the first; false otherwise.
	 *
	 * @param int          $id   Quote.
	 * @param Quote_Status $from Expected status.
	 * @param Quote_Status $to   New status.
	 */
	public function transition( int $id, Quote_Status $from, Quote_Status $to ): bool {
		$this->newest = array();
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( 'UPDATE %i SET status = %s, updated_at = %s WHERE id = %d AND status = %s', Tables::quotes(), $to->value, $this->now(), $id, $from->value )
		);
	}

	/**
	 * Records a quote's payment once, with the order that paid it; false when it was already recorded.
	 *
	 * @param int    $id       Quote.
	 * @param string $paid_at  Stored time.
	 * @param int    $order_id The paying order.
	 */
	public function mark_paid( int $id, string $paid_at, int $order_id ): bool {
		$this->newest = array();
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( 'UPDATE %i SET paid_at = %s, order_id = %d, updated_at = %s WHERE id = %d AND paid_at IS NULL', Tables::quotes(), $paid_at, $order_id, $this->now(), $id )
		);
	}
}
