<?php
/**
 * The numbers at the top of the technicians' queue.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * The figures from Ticket_Stats_Repository's counts; the median reads only the last 30 days'
 * answered tickets.
 */
final class Queue_Stats {

	/**
	 * Constructor.
	 *
	 * @param Clock                   $clock Where "now" is read.
	 * @param Ticket_Stats_Repository $rows  The counts.
	 */
	public function __construct( private Clock $clock = new System_Clock(), private Ticket_Stats_Repository $rows = new Ticket_Stats_Repository() ) {}

	/** Days the first-response median and the automatic closings look back. */
	public const WINDOW_DAYS = 30;

	/**
	 * The dashboard figures.
	 *
	 * @param DateTimeImmutable $end_of_today When today ends in the business timezone.
	 * @return array<string, int|null>
	 */
	public function summary( DateTimeImmutable $end_of_today ): array {
		$since = Ticket_Repository::date( $this->clock->now()->modify( '-' . self::WINDOW_DAYS . ' days' ) );
		return $this->rows->open_counts( Ticket_Repository::date( $end_of_today ), Ticket_Repository::date( $this->clock->now() ) ) + array(
			'auto_closed'           => $this->rows->auto_closed_since( $since ),
			'first_response_median' => self::median_minutes( $this->rows->answered_since( $since ) ),
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
