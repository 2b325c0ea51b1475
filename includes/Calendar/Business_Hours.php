<?php
/**
 * The agency's opening hours: a weekly schedule, a timezone and closure days.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Calendar;

use DateTimeImmutable;
use DateTimeZone;
use InvalidArgumentException;

defined( 'ABSPATH' ) || exit;

/**
 * Immutable value object; the calendar arithmetic lives in Business_Calendar.
 */
final class Business_Hours {

	/**
	 * Constructor.
	 *
	 * @param array<int, array<int, array{0: int, 1: int}>> $weekly   ISO weekday (1 = Monday … 7 = Sunday) → intervals in minutes after local midnight.
	 * @param DateTimeZone                                  $timezone Local timezone of the schedule.
	 * @param string[]                                      $closures Extra closed dates, `Y-m-d`.
	 * @param bool                                          $national_holidays Whether Italian national holidays close the desk.
	 * @throws InvalidArgumentException When the value is malformed.
	 */
	public function __construct(
		public readonly array $weekly,
		public readonly DateTimeZone $timezone,
		public readonly array $closures = array(),
		public readonly bool $national_holidays = true,
	) {
		foreach ( $weekly as $day => $intervals ) {
			if ( $day < 1 || $day > 7 ) {
				throw new InvalidArgumentException( 'Weekdays are numbered 1 (Monday) to 7 (Sunday).' );
			}
			foreach ( $intervals as $interval ) {
				if ( $interval[0] < 0 || $interval[1] > 1440 || $interval[0] >= $interval[1] ) {
					throw new InvalidArgumentException( 'An opening interval must start before it ends, within one day.' );
				}
			}
		}
	}

	/**
	 * Whether a local date is closed all day (holiday or closure).
	 *
	 * @param string $date Local date, `Y-m-d`.
	 */
	public function is_closed_day( string $date ): bool {
		return in_array( $date, $this->closures, true )
			|| ( $this->national_holidays && Italian_Holidays::is_holiday( $date ) );
	}

	/**
	 * The opening intervals of a local date as absolute times, earliest first.
	 *
	 * Built from local wall-clock times, so a DST change shortens or lengthens nothing but the night.
	 *
	 * @param DateTimeImmutable $day Any moment of the local date (in the schedule's timezone).
	 * @return array<int, array{0: DateTimeImmutable, 1: DateTimeImmutable}>
	 */
	public function intervals_on( DateTimeImmutable $day ): array {
		$local = $day->setTimezone( $this->timezone );
		if ( $this->is_closed_day( $local->format( 'Y-m-d' ) ) ) {
			return array();
		}
		$out = array();
		foreach ( $this->weekly[ (int) $local->format( 'N' ) ] ?? array() as $interval ) {
			$out[] = array(
				$local->setTime( intdiv( $interval[0], 60 ), $interval[0] % 60 ),
				1440 === $interval[1] ? $local->setTime( 0, 0 )->modify( '+1 day' ) : $local->setTime( intdiv( $interval[1], 60 ), $interval[1] % 60 ),
			);
		}
		usort( $out, static fn( array $a, array $b ): int => $a[0] <=> $b[0] );
		return $out;
	}

	/**
	 * Whether any day of the week has opening hours.
	 */
	public function has_any_hours(): bool {
		foreach ( $this->weekly as $intervals ) {
			if ( array() !== $intervals ) {
				return true;
			}
		}
		return false;
	}
}
