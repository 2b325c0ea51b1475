<?php
/**
 * The business calendar as the settings define it: hours, holidays, closures and timezone.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Calendar\Business_Calendar;
use WP24\Helpdesk\Calendar\Business_Hours;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the calendar from the settings each time it is asked, so a change shows at once.
 */
final class Settings_Calendar {

	/**
	 * Constructor.
	 *
	 * @param Settings $settings The stored settings.
	 * @param Clock    $clock    Where "now" is read.
	 */
	public function __construct( private Settings $settings, private Clock $clock = new System_Clock() ) {}

	/**
	 * The schedule the SLA clock runs on.
	 */
	public function business_hours(): Business_Hours {
		$settings = $this->settings->all();
		$weekly   = array();
		foreach ( Settings_Schema::DAYS as $name => $number ) {
			$weekly[ $number ] = array_map(
				static fn( array $interval ): array => array( Settings_Schema::minutes( $interval['open'] ), Settings_Schema::minutes( $interval['close'] ) ),
				(array) ( $settings['weekly_hours'][ $name ] ?? array() )
			);
		}
		return new Business_Hours(
			$weekly,
			new DateTimeZone( (string) $settings['timezone'] ),
			array_map( 'strval', (array) $settings['closures'] ),
			(bool) $settings['national_holidays']
		);
	}

	/**
	 * The calendar built from the current settings.
	 */
	public function calendar(): Business_Calendar {
		return new Business_Calendar( $this->business_hours() );
	}

	/**
	 * The business timezone: every date shown to people and every "today" of the desk.
	 */
	public function timezone(): DateTimeZone {
		return new DateTimeZone( (string) $this->settings->all()['timezone'] );
	}

	/**
	 * When today ends in the business timezone ("breaching today" in the queue and its figures).
	 */
	public function end_of_today(): DateTimeImmutable {
		return $this->clock->now()->setTimezone( $this->timezone() )->modify( 'tomorrow' );
	}
}
