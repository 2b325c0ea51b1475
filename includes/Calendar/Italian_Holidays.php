<?php
/**
 * Italian national public holidays, computed without the PHP calendar extension.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Calendar;

defined( 'ABSPATH' ) || exit;

/**
 * The national holidays on which the agency is closed (R2).
 *
 * Fixed dates plus Easter Monday; 4 October (San Francesco) is national again from 2026
 * (Law 151/2025). Local holidays such as a patron saint are closure days in the settings.
 */
final class Italian_Holidays {

	/**
	 * Holidays of one year, keyed by `Y-m-d`, valued by their (untranslated) name.
	 *
	 * @param int $year Gregorian year.
	 * @return array<string, string>
	 */
	public static function for_year( int $year ): array {
		$fixed = array(
			'01-01' => 'Capodanno',
			'01-06' => 'Epifania',
			'04-25' => 'Festa della Liberazione',
			'05-01' => 'Festa del Lavoro',
			'06-02' => 'Festa della Repubblica',
			'08-15' => 'Ferragosto',
			'11-01' => 'Ognissanti',
			'12-08' => 'Immacolata Concezione',
			'12-25' => 'Natale',
			'12-26' => 'Santo Stefano',
		);
		if ( $year >= 2026 ) {
			$fixed['10-04'] = 'San Francesco d\'Assisi';
		}
		$holidays = array();
		foreach ( $fixed as $month_day => $name ) {
			$holidays[ sprintf( '%04d-%s', $year, $month_day ) ] = $name;
		}
		$holidays[ self::easter_sunday( $year )->modify( '+1 day' )->format( 'Y-m-d' ) ] = 'Lunedì dell\'Angelo';
		ksort( $holidays );
		return $holidays;
	}

	/**
	 * Whether a local calendar date (`Y-m-d`) is a national holiday.
	 *
	 * @param string $date Date in `Y-m-d`.
	 */
	public static function is_holiday( string $date ): bool {
		return isset( self::for_year( (int) substr( $date, 0, 4 ) )[ $date ] );
	}

	/**
	 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
	 *
	 * @param int $year Gregorian year.
	 */
	public static function easter_sunday( int $year ): \DateTimeImmutable {
		$a     = $year % 19;
		$b     = intdiv( $year, 100 );
		$c     = $year % 100;
		$d     = intdiv( $b, 4 );
		$e     = $b % 4;
		$f     = intdiv( $b + 8, 25 );
		$g     = intdiv( $b - $f + 1, 3 );
		$h     = ( 19 * $a + $b - $d - $g + 15 ) % 30;
		$i     = intdiv( $c, 4 );
		$k     = $c % 4;
		$l     = ( 32 + 2 * $e + 2 * $i - $h - $k ) % 7;
		$m     = intdiv( $a + 11 * $h + 22 * $l, 451 );
		$month = intdiv( $h + $l - 7 * $m + 114, 31 );
		$day   = ( ( $h + $l - 7 * $m + 114 ) % 31 ) + 1;
		return new \DateTimeImmutable( sprintf( '%04d-%02d-%02d', $year, $month, $day ), new \DateTimeZone( 'UTC' ) );
	}
}
