<?php
/**
 * Counts over the tickets table for the queue's figures.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Schema\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * Aggregate reads over indexed columns: only the open tickets (an index range), never the closed
 * years behind them, and the last days' answered ones. Times are in the database's form (UTC).
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Ticket_Stats_Repository {

	/**
	 * Counts over the open tickets.
	 *
	 * @param string $tonight When today ends in the business timezone.
	 * @param string $now     Now.
	 * @return array{open: int, urgent: int, breaching_today: int, breached: int, waiting_customer: int}
	 */
	public function open_counts( string $tonight, string $now ): array {
		global $wpdb;
		$open   = Ticket_Status::values( ...Ticket_Status::open() );
		$counts = $wpdb->get_row(
			$wpdb->prepare( // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the placeholders of a list are counted at run time.
				'SELECT
					SUM(CASE WHEN status IN (%s, %s) THEN 1 ELSE 0 END) AS open_count,
					SUM(CASE WHEN priority = %s THEN 1 ELSE 0 END) AS urgent,
					SUM(CASE WHEN first_response_at IS NULL AND first_response_due < %s THEN 1 ELSE 0 END) AS breaching_today,
					SUM(CASE WHEN first_response_at IS NULL AND first_response_due < %s THEN 1 ELSE 0 END) AS breached,
					SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) AS waiting
				FROM %i WHERE status IN (' . implode( ',', array_fill( 0, count( $open ), '%s' ) ) . ')',
				Ticket_Status::NEW->value,
				Ticket_Status::OPEN->value,
				Ticket_Priority::URGENT->value,
				$tonight,
				$now,
				Ticket_Status::WAITING->value,
				Tables::tickets(),
				...$open
			),
			ARRAY_A
		);
		return array(
			'open'             => (int) ( $counts['open_count'] ?? 0 ),
			'urgent'           => (int) ( $counts['urgent'] ?? 0 ),
			'breaching_today'  => (int) ( $counts['breaching_today'] ?? 0 ),
			'breached'         => (int) ( $counts['breached'] ?? 0 ),
			'waiting_customer' => (int) ( $counts['waiting'] ?? 0 ),
		);
	}

	/**
	 * Tickets the auto-close job closed since a time.
	 *
	 * @param string $since Start.
	 */
	public function auto_closed_since( string $since ): int {
		global $wpdb;
		return (int) $wpdb->get_var(
			$wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE status = %s AND close_reason = %s AND closed_at >= %s', Tables::tickets(), Ticket_Status::CLOSED->value, 'auto_closed', $since )
		);
	}

	/**
	 * Opening and first-answer times of the tickets opened since a time and answered.
	 *
	 * @param string $since Start.
	 * @return array<int, array{created_at: string, first_response_at: string}>
	 */
	public function answered_since( string $since ): array {
		global $wpdb;
		return $wpdb->get_results(
			$wpdb->prepare( 'SELECT created_at, first_response_at FROM %i WHERE created_at >= %s AND first_response_at IS NOT NULL', Tables::tickets(), $since ),
			ARRAY_A
		);
	}
}
