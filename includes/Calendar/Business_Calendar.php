<?php
/**
 * Business-hours arithmetic: open now, next opening, adding business minutes, SLA due times.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Calendar;

use DateInterval;
use DateTimeImmutable;
use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * The one place where the SLA clock is computed (R2, R3); front ends read its results over REST.
 *
 * Inputs and outputs are absolute moments; results are returned in UTC.
 */
final class Business_Calendar {

	/** How far ahead to look for an opening before giving up (a desk closed for over a year). */
	private const MAX_DAYS = 400;

	/** Urgent tickets are answered within 24 wall-clock hours, Sundays and holidays included. */
	public const URGENT_RESPONSE_HOURS = 24;

	/**
	 * Constructor.
	 *
	 * @param Business_Hours $hours The schedule.
	 */
	public function __construct( private Business_Hours $hours ) {}

	/**
	 * The schedule this calendar runs on.
	 */
	public function hours(): Business_Hours {
		return $this->hours;
	}

	/**
	 * Whether the desk is open at a moment.
	 *
	 * @param DateTimeImmutable $at Moment.
	 */
	public function is_open_at( DateTimeImmutable $at ): bool {
		foreach ( $this->hours->intervals_on( $at ) as list( $start, $end ) ) {
			if ( $at >= $start && $at < $end ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The moment the desk is next open: `$at` itself when open, null when it never opens.
	 *
	 * @param DateTimeImmutable $at Moment.
	 */
	public function next_opening( DateTimeImmutable $at ): ?DateTimeImmutable {
		foreach ( $this->open_intervals_from( $at ) as list( $start ) ) {
			return $this->utc( max( $start, $at ) );
		}
		return null;
	}

	/**
	 * Adds business minutes to a moment, skipping nights, closed days and holidays.
	 *
	 * Zero minutes from a closed moment gives the next opening. Null when the desk never opens.
	 *
	 * @param DateTimeImmutable $at      Start.
	 * @param int               $minutes Business minutes to add (≥ 0).
	 */
	public function add_business_minutes( DateTimeImmutable $at, int $minutes ): ?DateTimeImmutable {
		$remaining = max( 0, $minutes ) * 60;
		foreach ( $this->open_intervals_from( $at ) as list( $start, $end ) ) {
			$from      = max( $start, $at );
			$available = $end->getTimestamp() - $from->getTimestamp();
			if ( $remaining <= $available ) {
				return $this->utc( $from->setTimestamp( $from->getTimestamp() + $remaining ) );
			}
			$remaining -= $available;
		}
		return null;
	}

	/**
	 * When the first answer to a ticket is due.
	 *
	 * @param DateTimeImmutable $received_at          When the ticket arrived.
	 * @param bool              $urgent               Urgent priority: 24 wall-clock hours.
	 * @param int               $first_response_hours Business-hours target of the customer's plan.
	 */
	public function first_response_due( DateTimeImmutable $received_at, bool $urgent, int $first_response_hours ): ?DateTimeImmutable {
		if ( $urgent ) {
			return $this->utc( $received_at->add( new DateInterval( 'PT' . self::URGENT_RESPONSE_HOURS . 'H' ) ) );
		}
		return $this->add_business_minutes( $received_at, $first_response_hours * 60 );
	}

	/**
	 * Opening intervals that end after `$at`, day by day, for at most MAX_DAYS days.
	 *
	 * @param DateTimeImmutable $at Moment.
	 * @return \Generator<int, array{0: DateTimeImmutable, 1: DateTimeImmutable}>
	 */
	private function open_intervals_from( DateTimeImmutable $at ): \Generator {
		if ( ! $this->hours->has_any_hours() ) {
			return;
		}
		$day = $at->setTimezone( $this->hours->timezone )->setTime( 0, 0 );
		for ( $i = 0; $i < self::MAX_DAYS; $i++ ) {
			foreach ( $this->hours->intervals_on( $day ) as $interval ) {
				if ( $interval[1] > $at ) {
					yield $interval;
				}
			}
			$day = $day->modify( '+1 day' )->setTime( 0, 0 );
		}
	}

	/**
	 * The moment in UTC.
	 *
	 * @param DateTimeImmutable $moment Moment in any timezone.
	 */
	private function utc( DateTimeImmutable $moment ): DateTimeImmutable {
		return $moment->setTimezone( new DateTimeZone( 'UTC' ) );
	}
}
