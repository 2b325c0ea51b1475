<?php
/**
 * The numbers at the top of the technicians' queue.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Counts over indexed columns; the median reads only the last 30 days' answered tickets.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Queue_Stats {

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/** Days the first-response median and the automatic closings look back. */
	public const WINDOW_DAYS = 30;

	/**
	 * The dashboard figures.
	 *
	 * @param DateTimeImmutable $end_of_today When today ends in the business timezone.
	 * @return array<string, int|null>
	 */
	public function summary( DateTimeImmutable $end_of_today ): array {
		global $wpdb;
		$table   = Tables::tickets();
		$now     = Ticket_Repository::date( $this->clock->now() );
		$tonight = Ticket_Repository::date( $end_of_today );
		$since   = Ticket_Repository::date( $this->clock->now()->modify( '-' . self::WINDOW_DAYS . ' days' ) );
		$open    = Ticket::open_statuses();
		// Only the open tickets are read (an index range), never the closed years behind them.
		$counts      = $wpdb->get_row(
			$wpdb->prepare( // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the placeholders of a list are counted at run time.
				'SELECT
					SUM(CASE WHEN status IN (%s, %s) THEN 1 ELSE 0 END) AS open_count,
					SUM(CASE WHEN priority = %s THEN 1 ELSE 0 END) AS urgent,
					SUM(CASE WHEN first_response_at IS NULL AND first_response_due < %s THEN 1 ELSE 0 END) AS breaching_today,
					SUM(CASE WHEN first_response_at IS NULL AND first_response_due < %s THEN 1 ELSE 0 END) AS breached,
					SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) AS waiting
				FROM %i WHERE status IN (' . implode( ',', array_fill( 0, count( $open ), '%s' ) ) . ')',
				Ticket::STATUS_NEW,
				Ticket::STATUS_OPEN,
				Ticket::PRIORITY_URGENT,
				$tonight,
				$now,
				Ticket::STATUS_WAITING,
				$table,
				...$open
			),
			ARRAY_A
		);
		$auto_closed = (int) $wpdb->get_var(
			$wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE status = %s AND close_reason = %s AND closed_at >= %s', $table, Ticket::STATUS_CLOSED, 'auto_closed', $since )
		);
		$answered    = $wpdb->get_results(
			$wpdb->prepare( 'SELECT created_at, first_response_at FROM %i WHERE created_at >= %s AND first_response_at IS NOT NULL', $table, $since ),
			ARRAY_A
		);
		return array(
			'open'                  => (int) ( $counts['open_count'] ?? 0 ),
			'urgent'                => (int) ( $counts['urgent'] ?? 0 ),
			'breaching_today'       => (int) ( $counts['breaching_today'] ?? 0 ),
			'breached'              => (int) ( $counts['breached'] ?? 0 ),
			'waiting_customer'      => (int) ( $counts['waiting'] ?? 0 ),
			'auto_closed'           => $auto_closed,
			'first_response_median' => self::median_minutes( $answered ),
		);
	}

	/**
	 * Median minutes from opening to first answer, or null without answered tickets.
	 *
	 * @param array<int, array{created_at: string, first_response_at: string}> $rows Rows.
	 */
	private static function median_minutes( array $rows ): ?int {
		$minutes = array_map(
			static fn( array $row ): int => max( 0, (int) round( ( strtotime( $row['first_response_at'] . ' UTC' ) - strtotime( $row['created_at'] . ' UTC' ) ) / 60 ) ),
			$rows
		);
		if ( array() === $minutes ) {
			return null;
		}
		sort( $minutes );
		$middle = intdiv( count( $minutes ), 2 );
		return count( $minutes ) % 2 ? $minutes[ $middle ] : (int) round( ( $minutes[ $middle - 1 ] + $minutes[ $middle ] ) / 2 );
	}
}
