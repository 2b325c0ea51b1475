/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

type Health = { status: string; label: string; description: string };

/**
 * The jobs are scheduled on activation and cleared on deactivation; Site Health says when one
 * has stopped running; staff record renewal contacts.
 */
describe( 'job scheduling, Site Health and renewal contacts', () => {
	const site = useSite();

	const schedule = () =>
		site().phpJson< Record< string, string | false > >( `
			$out = array();
			foreach ( array( 'wp24hd_auto_close', 'wp24hd_renewals', 'wp24hd_quote_expiry', 'wp24hd_retention', 'wp24hd_mailbox' ) as $hook ) {
				$out[ $hook ] = false === wp_next_scheduled( $hook ) ? false : wp_get_schedule( $hook );
			}
			echo wp_json_encode( $out );
		` );

	it( 'schedules each job once on activation and clears them on deactivation', async () => {
		expect( await schedule() ).toEqual( {
			wp24hd_auto_close: 'hourly',
			wp24hd_renewals: 'daily',
			wp24hd_quote_expiry: 'hourly',
			wp24hd_retention: 'daily',
			wp24hd_mailbox: 'wp24hd_five_minutes',
		} );
		await site().php( `deactivate_plugins( 'wp24-helpdesk/plugin.php' );` );
		expect( await schedule() ).toEqual( {
			wp24hd_auto_close: false,
			wp24hd_renewals: false,
			wp24hd_quote_expiry: false,
			wp24hd_retention: false,
			wp24hd_mailbox: false,
		} );
		await site().php(
			`activate_plugin( 'wp24-helpdesk/plugin.php' ); activate_plugin( 'wp24-helpdesk/plugin.php' );`
		);
		const crons = await site().phpJson< number >( `
			$count = 0;
			foreach ( _get_cron_array() as $events ) {
				$count += count( $events['wp24hd_auto_close'] ?? array() );
			}
			echo $count;
		` );
		expect( crons ).toBe( 1 );
	} );

	it( 'reports in Site Health when a job has not run for three of its intervals', async () => {
		const health = ( setup: string ) =>
			site().phpJson< Health >( `
				require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php';
				${ setup }
				$tests = apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) );
				echo wp_json_encode( call_user_func( $tests['direct']['wp24hd_jobs']['test'] ) );
			` );

		const late = await health( `
			update_option( 'wp24hd_activated_at', time() - 10 * DAY_IN_SECONDS );
			update_option( 'wp24hd_job_runs', array( 'wp24hd_auto_close' => time() - 4 * HOUR_IN_SECONDS, 'wp24hd_renewals' => time() - HOUR_IN_SECONDS ) );
		` );
		expect( late.status ).toBe( 'critical' );
		expect( late.description ).toContain(
			'Automatic closing of tickets waiting for the customer: last run 4 hours ago'
		);
		expect( late.description ).toContain(
			'Expiry of quotes: has never run'
		);
		expect( late.description ).toContain(
			'Deletion of old closed tickets: has never run'
		);
		expect( late.description ).toContain(
			'Reading the support mailbox: has never run'
		);
		expect( late.description ).not.toContain( 'Plan renewals' );

		const fine = await health( `
			do_action( 'wp24hd_auto_close' );
			do_action( 'wp24hd_quote_expiry' );
			do_action( 'wp24hd_retention' );
			do_action( 'wp24hd_mailbox' );
		` );
		expect( fine.status ).toBe( 'good' );
	} );

	it( 'lets staff record a renewal contact in the entitlement log, and nobody else', async () => {
		const tech = await site().createUser( 'wp24hd_technician' );
		const customer = await site().createUser( 'subscriber' );
		const entitlementId = await site().phpJson< number >( `
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			$svc  = new WP24\\Helpdesk\\Entitlements\\Staff_Entitlement_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), new WP24\\Helpdesk\\Plans\\Plan_Post_Type() ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() );
			echo $svc->grant_by_staff( ${ customer.id }, $plan, 20, 1, 'Trial' )->id;
		` );
		const staff = await site().loginAs( tech.login, tech.password );
		const owner = await site().loginAs( customer.login, customer.password );
		const path = `/wp24-helpdesk/v1/entitlements/${ entitlementId }/contacts`;

		const recorded = await staff.rest( path, {
			json: {
				channel: 'phone',
				outcome: 'call_back',
				note: 'Call again on Monday.',
			},
		} );
		expect( recorded.status ).toBe( 201 );
		const contact = recorded
			.json()
			.log.find( ( e: { event: string } ) => e.event === 'contact' );
		expect( contact ).toMatchObject( {
			actor_id: tech.id,
			channel: 'phone',
			outcome: 'call_back',
			note: 'Call again on Monday.',
		} );

		expect(
			(
				await staff.rest( path, {
					json: { channel: 'pigeon', outcome: 'renewing' },
				} )
			).status
		).toBe( 400 );
		expect(
			(
				await owner.rest( path, {
					json: { channel: 'email', outcome: 'renewing' },
				} )
			).status
		).toBe( 403 );
		expect(
			(
				await site().rest( path, {
					json: { channel: 'email', outcome: 'renewing' },
				} )
			).status
		).toBe( 401 );
	} );
} );
