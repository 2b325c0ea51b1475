<?php
/**
 * The date format the plugin writes days in.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Time;

use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * A day in the reader's language and its order ("December 30, 2026", "30 dicembre 2026").
 *
 * The site's `date_format` option keeps the pattern of the language WordPress was installed in:
 * a site installed in English and switched to Italian wrote "dicembre 30, 2026". The pattern is a
 * translation instead, so the order follows the language.
 */
final class Date_Format {

	/**
	 * The day of a timestamp.
	 *
	 * @param int               $timestamp Unix time.
	 * @param DateTimeZone|null $timezone  Zone; the site's when null.
	 */
	public static function day( int $timestamp, ?DateTimeZone $timezone = null ): string {
		/* translators: a date without weekday, see https://www.php.net/manual/datetime.format.php (Italian: j F Y) */
		return (string) wp_date( _x( 'F j, Y', 'date format', 'wp24-helpdesk' ), $timestamp, $timezone );
	}
}
