/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

describe( 'settings and availability over REST', () => {
	const site = useSite();
	let admin: Session;
	let technician: Session;
	let customer: Session;

	beforeAll( async () => {
		const tech = await site().createUser( 'wp24hd_technician' );
		const subscriber = await site().createUser( 'subscriber' );
		const owner = await site().createUser( 'administrator' );
		// One at a time: Playground's SQLite serialises writes, and a login writes a session token.
		admin = await site().loginAs( owner.login, owner.password );
		technician = await site().loginAs( tech.login, tech.password );
		customer = await site().loginAs(
			subscriber.login,
			subscriber.password
		);
	} );

	it( 'lets only users with the settings capability read the settings', async () => {
		expect(
			( await site().rest( '/wp24-helpdesk/v1/settings' ) ).status
		).toBe( 401 );
		expect(
			( await customer.rest( '/wp24-helpdesk/v1/settings' ) ).status
		).toBe( 403 );
		expect(
			( await technician.rest( '/wp24-helpdesk/v1/settings' ) ).status
		).toBe( 403 );

		const response = await admin.rest( '/wp24-helpdesk/v1/settings' );
		expect( response.status ).toBe( 200 );
		expect( response.json() ).toEqual(
			expect.objectContaining( {
				timezone: 'Europe/Rome',
				national_holidays: true,
				closures: [],
				remove_data_on_uninstall: false,
				weekly_hours: expect.objectContaining( {
					saturday: [ { open: '09:30', close: '19:30' } ],
					sunday: [],
				} ),
			} )
		);
	} );

	it( 'refuses a cookie-authenticated change without a valid REST nonce', async () => {
		const body = { json: { closures: [ '2026-12-24' ] }, method: 'PATCH' };
		// No nonce: WordPress treats the request as logged out.
		const without = await admin.request(
			'/?rest_route=/wp24-helpdesk/v1/settings',
			body
		);
		expect( without.status ).toBe( 401 );
		const forged = await admin.rest( '/wp24-helpdesk/v1/settings', {
			...body,
			headers: { 'X-WP-Nonce': '0123456789' },
		} );
		expect( forged.status ).toBe( 403 );
		expect( forged.json().code ).toBe( 'rest_cookie_invalid_nonce' );
		const stored = await admin.rest( '/wp24-helpdesk/v1/settings' );
		expect( stored.json().closures ).toEqual( [] );
	} );

	it.each( [
		[
			'an interval that closes before it opens',
			{ weekly_hours: { monday: [ { open: '19:30', close: '09:30' } ] } },
			'weekly_hours',
		],
		[
			'overlapping intervals',
			{
				weekly_hours: {
					monday: [
						{ open: '09:00', close: '13:00' },
						{ open: '12:00', close: '18:00' },
					],
				},
			},
			'weekly_hours',
		],
		[
			'a malformed time',
			{ weekly_hours: { monday: [ { open: '9.30', close: '19:30' } ] } },
			'weekly_hours',
		],
		[
			'an unknown weekday',
			{ weekly_hours: { funday: [] } },
			'weekly_hours',
		],
		[ 'an unknown timezone', { timezone: 'Mars/Olympus' }, 'timezone' ],
		[
			'a date that does not exist',
			{ closures: [ '2026-02-30' ] },
			'closures',
		],
		[
			'a target out of range',
			{ default_first_response_hours: 0 },
			'default_first_response_hours',
		],
		[
			'a support email that is not an address',
			{ support_email: 'help at example' },
			'support_email',
		],
		[
			'a field that is not a setting',
			{ favourite_colour: 'blue' },
			'favourite_colour',
		],
	] )(
		'answers 400 naming the field for %s, and saves nothing',
		async ( _label, body, field ) => {
			const response = await admin.rest( '/wp24-helpdesk/v1/settings', {
				method: 'PATCH',
				json: { closures: [ '2027-01-02' ], ...body },
			} );
			expect( response.status ).toBe( 400 );
			expect( JSON.stringify( response.json() ) ).toContain( field );
			const stored = await admin.rest( '/wp24-helpdesk/v1/settings' );
			expect( stored.json().closures ).toEqual( [] );
		}
	);

	it( 'leaves the data-removal switch as it was when another field of the same change is refused', async () => {
		const response = await admin.rest( '/wp24-helpdesk/v1/settings', {
			method: 'PATCH',
			json: {
				remove_data_on_uninstall: true,
				closures: [ '2026-02-30' ],
			},
		} );
		expect( response.status ).toBe( 400 );
		const stored = await admin.rest( '/wp24-helpdesk/v1/settings' );
		expect( stored.json().remove_data_on_uninstall ).toBe( false );
	} );

	it( 'saves a valid change and the availability follows it', async () => {
		const closedEveryDay = Object.fromEntries(
			[
				'monday',
				'tuesday',
				'wednesday',
				'thursday',
				'friday',
				'saturday',
				'sunday',
			].map( ( d ) => [ d, [] ] )
		);
		const saved = await admin.rest( '/wp24-helpdesk/v1/settings', {
			method: 'PATCH',
			json: {
				weekly_hours: closedEveryDay,
				closures: [ '2026-12-31', '2026-12-24' ],
			},
		} );
		expect( saved.status ).toBe( 200 );
		expect( saved.json().closures ).toEqual( [
			'2026-12-24',
			'2026-12-31',
		] );

		const availability = await site().rest(
			'/wp24-helpdesk/v1/availability'
		);
		expect( availability.status ).toBe( 200 );
		const body = availability.json();
		expect( body ).toEqual(
			expect.objectContaining( {
				open: false,
				next_opening: null,
				timezone: 'Europe/Rome',
			} )
		);
		// Urgent tickets keep their 24 hours even when the desk is closed.
		expect(
			Date.parse( body.expected_response.urgent ) - Date.parse( body.now )
		).toBe( 24 * 3600 * 1000 );
		expect( body.expected_response.normal ).toBeNull();
	} );

	it( 'keeps saved replies valid and gives them to every technician, not only settings managers', async () => {
		const tooLong = await admin.rest( '/wp24-helpdesk/v1/settings', {
			method: 'PATCH',
			json: { saved_replies: [ { title: '', body: 'Text' } ] },
		} );
		expect( tooLong.status ).toBe( 400 );
		const extra = await admin.rest( '/wp24-helpdesk/v1/settings', {
			method: 'PATCH',
			json: {
				saved_replies: [ { title: 'Backup', body: 'Ok', author: 1 } ],
			},
		} );
		expect( extra.status ).toBe( 400 );
		const saved = await admin.rest( '/wp24-helpdesk/v1/settings', {
			method: 'PATCH',
			json: {
				saved_replies: [
					{
						title: 'Backup <b>ripristinato</b>',
						body: 'Abbiamo ripristinato il backup di ieri.',
					},
				],
			},
		} );
		expect( saved.status ).toBe( 200 );
		const screen = await technician.request(
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		const boot = JSON.parse(
			/window\.wp24hdAdmin = (\{.*?\});/.exec( screen.text )?.[ 1 ] ??
				'{}'
		);
		expect( boot.savedReplies ).toEqual( [
			{
				title: 'Backup <b>ripristinato</b>',
				body: 'Abbiamo ripristinato il backup di ieri.',
			},
		] );
		// Printed as JSON inside a script: no raw tag can close it.
		expect( screen.text ).not.toContain( '<b>ripristinato' );
	} );

	it( 'tells anonymous visitors when the desk opens and when to expect an answer', async () => {
		await site().php( `delete_option( 'wp24hd_settings' );` );
		const response = await site().rest( '/wp24-helpdesk/v1/availability' );
		expect( response.status ).toBe( 200 );
		expect( response.headers.get( 'cache-control' ) ).toContain(
			'no-cache'
		);
		const body = response.json();
		const now = Date.parse( body.now );
		const nextOpening = Date.parse( body.next_opening );
		expect( nextOpening ).toBeGreaterThanOrEqual( now );
		// At most Saturday evening to Monday morning, plus a holiday or two.
		expect( nextOpening - now ).toBeLessThan( 5 * 24 * 3600 * 1000 );
		expect( body.open ).toBe( nextOpening === now );
		expect( Date.parse( body.expected_response.normal ) ).toBeGreaterThan(
			nextOpening
		);
		expect( body.next_opening_label ).toEqual( expect.any( String ) );
		expect( body.expected_response.urgent_hours ).toBe( 24 );
	} );

	it( 'answers a settings change made earlier in the same request (the calendar is built once, read each time)', async () => {
		const timezones = await site().phpJson< string[] >( `
			delete_option( 'wp24hd_settings' );
			$admins = get_users( array( 'role' => 'administrator', 'number' => 1, 'fields' => 'ID' ) );
			wp_set_current_user( (int) $admins[0] );
			$zone   = static fn(): string => rest_do_request( new WP_REST_Request( 'GET', '/wp24-helpdesk/v1/availability' ) )->get_data()['timezone'];
			$before = $zone();
			$change = new WP_REST_Request( 'PATCH', '/wp24-helpdesk/v1/settings' );
			$change->set_header( 'content-type', 'application/json' );
			$change->set_body( wp_json_encode( array( 'timezone' => 'America/New_York' ) ) );
			$status = rest_do_request( $change )->get_status();
			$after  = $zone();
			delete_option( 'wp24hd_settings' );
			echo wp_json_encode( array( $before, (string) $status, $after ) );
		` );
		expect( timezones ).toEqual( [
			'Europe/Rome',
			'200',
			'America/New_York',
		] );
	} );
} );
