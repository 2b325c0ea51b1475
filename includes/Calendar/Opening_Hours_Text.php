<?php
/**
 * The weekly opening hours in one sentence, for the ticket form (R2).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Calendar;

defined( 'ABSPATH' ) || exit;

/**
 * Written from the settings, never typed in: days with the same hours are joined into a range
 * ("Monday–Saturday 09:30–19:30"), closed days left out, holidays named when the desk closes on them.
 */
final class Opening_Hours_Text {

	/**
	 * The sentence, e.g. "Our hours: Monday–Saturday 09:30–19:30, public holidays excluded."
	 *
	 * @param array<string, array<int, array{open: string, close: string}>> $weekly   Hours by day name, Monday first.
	 * @param bool                                                          $holidays Whether the desk closes on public holidays.
	 */
	public static function sentence( array $weekly, bool $holidays ): string {
		$groups = array();
		$number = 0;
		foreach ( $weekly as $intervals ) {
			++$number;
			if ( array() === $intervals ) {
				continue;
			}
			$hours = implode(
				', ',
				array_map( static fn( array $interval ): string => $interval['open'] . '–' . $interval['close'], $intervals )
			);
			$last  = count( $groups ) - 1;
			if ( $last >= 0 && $groups[ $last ]['hours'] === $hours && $groups[ $last ]['to'] === $number - 1 ) {
				$groups[ $last ]['to'] = $number;
				continue;
			}
			$groups[] = array(
				'from'  => $number,
				'to'    => $number,
				'hours' => $hours,
			);
		}
		if ( array() === $groups ) {
			return '';
		}
		$parts = array_map(
			static fn( array $group ): string => ( $group['from'] === $group['to'] ? self::day( $group['from'] ) : self::day( $group['from'] ) . '–' . self::day( $group['to'] ) ) . ' ' . $group['hours'],
			$groups
		);
		$list  = implode( '; ', $parts );
		return $holidays
			/* translators: %s: days and hours, e.g. "Monday–Saturday 09:30–19:30". */
			? sprintf( __( 'Our hours: %s, public holidays excluded.', 'wp24-helpdesk' ), $list )
			/* translators: %s: days and hours, e.g. "Monday–Saturday 09:30–19:30". */
			: sprintf( __( 'Our hours: %s.', 'wp24-helpdesk' ), $list );
	}

	/**
	 * A weekday's name in the site's language.
	 *
	 * @param int $number ISO weekday, 1 = Monday.
	 */
	private static function day( int $number ): string {
		global $wp_locale;
		return (string) $wp_locale->get_weekday( $number % 7 );
	}
}
