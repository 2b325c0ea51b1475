<?php
/**
 * The only code that reads and writes the messages of ticket threads.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use RuntimeException;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Reached through Ticket_Repository::messages(), one per ticket repository: a message's words
 * join its ticket's search text as it is stored.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Message_Repository {

	/** The most messages a thread answers with. */
	private const THREAD_LIMIT = 1000;

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock ) {}

	/**
	 * Adds a message to a thread and returns its ID.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param int    $author_id Author (0 for a guest or the system).
	 * @param string $role      Message::ROLE_CUSTOMER, ROLE_TECHNICIAN or ROLE_SYSTEM.
	 * @param string $body      Sanitised body.
	 * @param bool   $internal  Staff-only note.
	 * @throws RuntimeException When the database refuses the write.
	 */
	public function add( int $ticket_id, int $author_id, string $role, string $body, bool $internal ): int {
		global $wpdb;
		$ok = $wpdb->insert(
			Tables::messages(),
			array(
				'ticket_id'   => $ticket_id,
				'author_id'   => $author_id,
				'author_role' => $role,
				'body'        => $body,
				'internal'    => $internal ? 1 : 0,
				'created_at'  => Ticket_Repository::date( $this->clock->now() ),
			)
		);
		if ( false === $ok ) {
			throw new RuntimeException( 'Could not insert the message: ' . $wpdb->last_error );
		}
		$id = (int) $wpdb->insert_id;
		// The thread's words join the ticket's search text (a ticket not yet filled by the schema 14
		// migration, still NULL, gets this message with the rest of its thread when it is).
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET %i = CONCAT(COALESCE(%i, %s), %s) WHERE id = %d AND search_text IS NOT NULL',
				Tables::tickets(),
				$internal ? 'notes_text' : 'search_text',
				$internal ? 'notes_text' : 'search_text',
				'',
				Search_Text::of( $body ),
				$ticket_id
			)
		);
		return $id;
	}

	/**
	 * A thread, oldest first.
	 *
	 * @param int  $ticket_id        Ticket.
	 * @param bool $include_internal Include staff-only notes.
	 * @return Message[]
	 */
	public function thread( int $ticket_id, bool $include_internal ): array {
		global $wpdb;
		$rows = $include_internal
			? $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE ticket_id = %d ORDER BY id ASC LIMIT %d', Tables::messages(), $ticket_id, self::THREAD_LIMIT ), ARRAY_A )
			: $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE ticket_id = %d AND internal = 0 ORDER BY id ASC LIMIT %d', Tables::messages(), $ticket_id, self::THREAD_LIMIT ), ARRAY_A );
		return array_map( array( Message::class, 'from_row' ), $rows );
	}

	/**
	 * The bodies of a whole thread with their internal flag, oldest first, for its search text.
	 *
	 * @param int $ticket_id Ticket.
	 * @return array<int, array{body: string, internal: string}>
	 */
	public function texts( int $ticket_id ): array {
		global $wpdb;
		return $wpdb->get_results( $wpdb->prepare( 'SELECT body, internal FROM %i WHERE ticket_id = %d ORDER BY id ASC', Tables::messages(), $ticket_id ), ARRAY_A );
	}

	/**
	 * Deletes a ticket's thread (with the ticket: Ticket_Repository::delete()).
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function delete_thread( int $ticket_id ): void {
		global $wpdb;
		$wpdb->delete( Tables::messages(), array( 'ticket_id' => $ticket_id ) );
	}

	/**
	 * The newest message ID: where the live updates of the workspace stand.
	 */
	public function latest_id(): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT MAX(id) FROM %i', Tables::messages() ) );
	}

	/**
	 * The tickets whose threads grew after a message ID (replies, notes, status changes).
	 *
	 * @param int $after Message ID.
	 * @param int $limit Most messages read.
	 * @return int[] Ticket IDs.
	 */
	public function ticket_ids_after( int $after, int $limit ): array {
		global $wpdb;
		$ids = $wpdb->get_col(
			$wpdb->prepare( 'SELECT ticket_id FROM %i WHERE id > %d ORDER BY id ASC LIMIT %d', Tables::messages(), $after, $limit )
		);
		return array_values( array_unique( array_map( 'intval', $ids ) ) );
	}
}
