/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

/**
 * The SLA clock (R2, R3) on the agency's default hours: Monday to Saturday 09:30–19:30,
 * Europe/Rome, Italian national holidays closed. Times in the cases are local (Rome) and
 * results are compared in UTC, so DST mistakes show.
 */
describe( 'business calendar', () => {
	const site = useSite();

	/**
	 * Runs calendar calls in one PHP request and returns their results by key.
	 *
	 * @param calls PHP expressions keyed by name; `$cal` is the calendar, `$t( 'Y-m-d H:i' )` a Rome time.
	 */
	const evaluate = ( calls: Record< string, string > ) =>
		site().phpJson( `
			$cal = ( new WP24\\Helpdesk\\Settings\\Settings_Calendar( new WP24\\Helpdesk\\Settings\\Settings() ) )->calendar();
			$t   = static fn( string $local ) => new DateTimeImmutable( $local, new DateTimeZone( 'Europe/Rome' ) );
			$fmt = static fn( $v ) => $v instanceof DateTimeInterface ? $v->format( 'Y-m-d\\TH:i:s\\Z' ) : $v;
			$out = array();
			${ Object.entries( calls )
				.map(
					( [ key, expr ] ) =>
						`$out[${ JSON.stringify( key ) }] = $fmt( ${ expr } );`
				)
				.join( '\n' ) }
			echo wp_json_encode( $out );
		` );

	it( 'computes Easter without the calendar extension and closes on Easter Monday', async () => {
		const result = await evaluate( {
			easter2024:
				"WP24\\Helpdesk\\Calendar\\Italian_Holidays::easter_sunday( 2024 )->format( 'Y-m-d' )",
			easter2025:
				"WP24\\Helpdesk\\Calendar\\Italian_Holidays::easter_sunday( 2025 )->format( 'Y-m-d' )",
			easter2027:
				"WP24\\Helpdesk\\Calendar\\Italian_Holidays::easter_sunday( 2027 )->format( 'Y-m-d' )",
			easter2038:
				"WP24\\Helpdesk\\Calendar\\Italian_Holidays::easter_sunday( 2038 )->format( 'Y-m-d' )",
			easterMonday2027:
				"WP24\\Helpdesk\\Calendar\\Italian_Holidays::is_holiday( '2027-03-29' )",
			openEasterMonday: "$cal->is_open_at( $t( '2027-03-29 11:00' ) )",
			openTuesdayAfter: "$cal->is_open_at( $t( '2027-03-30 11:00' ) )",
			calendarExtension: "function_exists( 'easter_date' )",
		} );
		expect( result ).toEqual( {
			easter2024: '2024-03-31',
			easter2025: '2025-04-20',
			easter2027: '2027-03-28',
			easter2038: '2038-04-25',
			easterMonday2027: true,
			openEasterMonday: false,
			openTuesdayAfter: true,
			// Whatever the runtime has, the computation above did not use it.
			calendarExtension: result.calendarExtension,
		} );
	} );

	it( 'opens at 09:30 and closes at 19:30, Monday to Saturday', async () => {
		expect(
			await evaluate( {
				saturday1929: "$cal->is_open_at( $t( '2026-11-28 19:29' ) )",
				saturday1930: "$cal->is_open_at( $t( '2026-11-28 19:30' ) )",
				sunday: "$cal->is_open_at( $t( '2026-11-29 12:00' ) )",
				monday0929: "$cal->is_open_at( $t( '2026-11-30 09:29' ) )",
				monday0930: "$cal->is_open_at( $t( '2026-11-30 09:30' ) )",
			} )
		).toEqual( {
			saturday1929: true,
			saturday1930: false,
			sunday: false,
			monday0929: false,
			monday0930: true,
		} );
	} );

	it( 'adds business minutes across nights, Sundays, holidays and DST changes', async () => {
		expect(
			await evaluate( {
				// Saturday 19:29 + 2 minutes: one minute on Saturday, one on Monday.
				saturdayEvening:
					"$cal->add_business_minutes( $t( '2026-11-28 19:29' ), 2 )",
				// Easter 2027: Saturday, then Easter Sunday, Easter Monday (holiday) and the spring DST change.
				easterWeekend:
					"$cal->add_business_minutes( $t( '2027-03-27 19:00' ), 60 )",
				// 1 November 2026 falls on a Sunday: Monday 2 is a normal day.
				allSaintsOnSunday:
					"$cal->add_business_minutes( $t( '2026-10-31 19:00' ), 60 )",
				allSaintsClosed: "$cal->is_open_at( $t( '2026-11-01 10:00' ) )",
				// The evening before the Immacolata (Tuesday 8 December 2026).
				nightBeforeHoliday:
					"$cal->add_business_minutes( $t( '2026-12-07 19:00' ), 60 )",
				// Autumn DST change (25 October 2026) during the night: no hour gained or lost.
				autumnDst:
					"$cal->add_business_minutes( $t( '2026-10-24 19:00' ), 60 )",
				// A full business day from Friday morning.
				fullDay:
					"$cal->add_business_minutes( $t( '2026-11-27 09:30' ), 600 )",
				zeroWhenClosed:
					"$cal->add_business_minutes( $t( '2026-11-29 08:00' ), 0 )",
			} )
		).toEqual( {
			saturdayEvening: '2026-11-30T08:31:00Z', // Monday 09:31 CET.
			easterWeekend: '2027-03-30T08:00:00Z', // Tuesday 10:00 CEST.
			allSaintsOnSunday: '2026-11-02T09:00:00Z', // Monday 10:00 CET.
			allSaintsClosed: false,
			nightBeforeHoliday: '2026-12-09T09:00:00Z', // Wednesday 10:00 CET.
			autumnDst: '2026-10-26T09:00:00Z', // Monday 10:00 CET.
			fullDay: '2026-11-27T18:30:00Z', // Friday 19:30 CET.
			zeroWhenClosed: '2026-11-30T08:30:00Z', // Monday 09:30 CET.
		} );
	} );

	it( 'finds the next opening, and none for a desk that never opens', async () => {
		expect(
			await evaluate( {
				whileOpen: "$cal->next_opening( $t( '2026-11-27 12:00' ) )",
				saturdayNight: "$cal->next_opening( $t( '2026-11-28 20:00' ) )",
				christmasEve: "$cal->next_opening( $t( '2026-12-24 20:00' ) )",
				neverOpen:
					"( new WP24\\Helpdesk\\Calendar\\Business_Calendar( new WP24\\Helpdesk\\Calendar\\Business_Hours( array( 1 => array() ), new DateTimeZone( 'Europe/Rome' ) ) ) )->next_opening( $t( '2026-11-27 12:00' ) )",
			} )
		).toEqual( {
			whileOpen: '2026-11-27T11:00:00Z',
			saturdayNight: '2026-11-30T08:30:00Z',
			christmasEve: '2026-12-28T08:30:00Z', // 25, 26 holidays, 27 Sunday.
			neverOpen: null,
		} );
	} );

	it( 'gives urgent tickets 24 wall-clock hours, Sundays and holidays included', async () => {
		expect(
			await evaluate( {
				urgentSaturdayNight:
					"$cal->first_response_due( $t( '2026-11-28 22:00' ), true, 8 )",
				urgentAcrossDst:
					"$cal->first_response_due( $t( '2027-03-27 20:00' ), true, 8 )",
				normalFridayEvening:
					"$cal->first_response_due( $t( '2026-11-27 18:30' ), false, 8 )",
			} )
		).toEqual( {
			urgentSaturdayNight: '2026-11-29T21:00:00Z', // Sunday 22:00 CET.
			urgentAcrossDst: '2027-03-28T19:00:00Z', // 24 real hours: Sunday 21:00 CEST.
			normalFridayEvening: '2026-11-28T15:30:00Z', // 1 h Friday + 7 h Saturday: 16:30 CET.
		} );
	} );
} );
