<?php
/**
 * The only code that reads and writes request idempotency keys.
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
 * A key is claimed before the write it guards and bound to what the write stored, in the same
 * transaction (Intake_Service, Reply_Service); reached through Ticket_Repository::request_keys().
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 * phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clauses hold placeholders only.
 */
final class Request_Key_Repository {

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
	 * Claims an idempotency key for the running transaction; false when a committed request holds it.
	 *
	 * A parallel request with the same key waits on the unique index until this transaction ends,
	 * then claims it (this one rolled back) or finds it taken (this one committed).
	 *
	 * @param string $key_hash     Idempotency_Key::$hash.
	 * @param string $request_hash Idempotency_Key::$request_hash.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function claim( string $key_hash, string $request_hash = '' ): bool {
		global $wpdb;
		$inserted = $wpdb->query(
			$wpdb->prepare( 'INSERT IGNORE INTO %i (key_hash, request_hash, ticket_id, message_id, created_at) VALUES (%s, %s, 0, 0, %s)', Tables::request_keys(), $key_hash, $request_hash, $this->now() )
		);
		if ( false === $inserted ) {
			throw new RuntimeException( 'Could not claim the idempotency key: ' . $wpdb->last_error );
		}
		return 1 === (int) $inserted;
	}

	/**
	 * Binds a claimed idempotency key to what its request stored.
	 *
	 * @param string $key_hash   Idempotency_Key::$hash.
	 * @param int    $ticket_id  Ticket opened or replied to.
	 * @param int    $message_id Message stored.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function bind( string $key_hash, int $ticket_id, int $message_id ): void {
		global $wpdb;
		$updated = $wpdb->update(
			Tables::request_keys(),
			array(
				'ticket_id'  => $ticket_id,
				'message_id' => $message_id,
			),
			array( 'key_hash' => $key_hash )
		);
		if ( false === $updated ) {
			throw new RuntimeException( 'Could not bind the idempotency key: ' . $wpdb->last_error );
		}
	}

	/**
	 * What the request that used an idempotency key stored, or null.
	 *
	 * @param string $key_hash Idempotency_Key::$hash.
	 * @return array{ticket_id: int, message_id: int, request_hash: string}|null
	 */
	public function find( string $key_hash ): ?array {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare( 'SELECT ticket_id, message_id, request_hash FROM %i WHERE key_hash = %s AND ticket_id > 0', Tables::request_keys(), $key_hash ),
			ARRAY_A
		);
		return $row ? array(
			'ticket_id'    => (int) $row['ticket_id'],
			'message_id'   => (int) $row['message_id'],
			'request_hash' => (string) $row['request_hash'],
		) : null;
	}

	/**
	 * Deletes up to `$limit` idempotency keys claimed before a moment, oldest first; returns how many.
	 *
	 * @param string $before A moment as stored (UTC).
	 * @param int    $limit  Keys per call.
	 */
	public function prune( string $before, int $limit ): int {
		global $wpdb;
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE created_at < %s ORDER BY created_at, id LIMIT %d', Tables::request_keys(), $before, $limit ) ) );
		if ( array() === $ids ) {
			return 0;
		}
		$placeholders = implode( ', ', array_fill( 0, count( $ids ), '%d' ) );
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE id IN ({$placeholders})", Tables::request_keys(), ...$ids ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the placeholders of a list are counted at run time.
	}
}
