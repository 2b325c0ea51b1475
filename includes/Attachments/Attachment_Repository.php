<?php
/**
 * The attachment rows: which stored file belongs to which message.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments;

use WP24\Helpdesk\Schema\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * Rows of the attachments table (Attachments_Table), read as Attachment; the files themselves are
 * Attachment_Store's.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom table.
 */
final class Attachment_Repository {

	/**
	 * Records a stored file.
	 *
	 * @param array<string, int|string> $row Columns: ticket_id, message_id, file_name, stored_name, mime, size, uploaded_by, created_at.
	 * @return int|null The new ID, or null when the row could not be written.
	 */
	public function insert( array $row ): ?int {
		global $wpdb;
		return false === $wpdb->insert( Tables::attachments(), $row ) ? null : (int) $wpdb->insert_id;
	}

	/**
	 * How many files a ticket holds.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function count_for_ticket( int $ticket_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', Tables::attachments(), $ticket_id ) );
	}

	/**
	 * Attachments of the given messages, grouped by message ID.
	 *
	 * @param int[] $message_ids Messages.
	 * @return array<int, Attachment[]>
	 */
	public function for_messages( array $message_ids ): array {
		global $wpdb;
		if ( array() === $message_ids ) {
			return array();
		}
		$placeholders = implode( ',', array_fill( 0, count( $message_ids ), '%d' ) );
		$rows         = $wpdb->get_results(
			$wpdb->prepare( "SELECT * FROM %i WHERE message_id IN ({$placeholders}) ORDER BY id", array_merge( array( Tables::attachments() ), $message_ids ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			ARRAY_A
		);
		$grouped      = array();
		foreach ( $rows as $row ) {
			$grouped[ (int) $row['message_id'] ][] = Attachment::from_row( $row );
		}
		return $grouped;
	}

	/**
	 * One attachment of a ticket, or null.
	 *
	 * @param int $ticket_id     Ticket.
	 * @param int $attachment_id Attachment.
	 */
	public function find( int $ticket_id, int $attachment_id ): ?Attachment {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare( 'SELECT * FROM %i WHERE id = %d AND ticket_id = %d', Tables::attachments(), $attachment_id, $ticket_id ),
			ARRAY_A
		);
		return $row ? Attachment::from_row( $row ) : null;
	}

	/**
	 * The stored names of a ticket's files.
	 *
	 * @param int $ticket_id Ticket.
	 * @return string[]
	 */
	public function stored_names( int $ticket_id ): array {
		global $wpdb;
		return $wpdb->get_col( $wpdb->prepare( 'SELECT stored_name FROM %i WHERE ticket_id = %d', Tables::attachments(), $ticket_id ) );
	}

	/**
	 * Which of the given stored names a row records.
	 *
	 * @param string[] $names Stored names (not empty).
	 * @return string[]
	 */
	public function recorded( array $names ): array {
		global $wpdb;
		$placeholders = implode( ',', array_fill( 0, count( $names ), '%s' ) );
		return $wpdb->get_col(
			$wpdb->prepare( "SELECT stored_name FROM %i WHERE stored_name IN ({$placeholders})", array_merge( array( Tables::attachments() ), $names ) ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		);
	}

	/**
	 * Deletes a ticket's rows.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function delete_for_ticket( int $ticket_id ): void {
		global $wpdb;
		$wpdb->delete( Tables::attachments(), array( 'ticket_id' => $ticket_id ) );
	}
}
