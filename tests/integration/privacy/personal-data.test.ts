/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { CreatedUser } from '../harness/site';

/**
 * WordPress's personal-data tools cover the helpdesk (R13).
 */
describe( 'personal data export and erasure', () => {
	const site = useSite();
	let customer: CreatedUser;
	let other: CreatedUser;
	let ids: { mine: number; theirs: number; guest: number; file: string };

	const tool = ( kind: 'exporters' | 'erasers', email: string ) =>
		site().phpJson( `
			$tools = apply_filters( 'wp_privacy_personal_data_${ kind }', array() );
			echo wp_json_encode( call_user_func( $tools['wp24-helpdesk']['callback'], ${ JSON.stringify( email ) }, 1 ) );
		` );
	const email = ( user: CreatedUser ) => `${ user.login }@example.test`;

	beforeAll( async () => {
		customer = await site().createUser( 'subscriber' );
		other = await site().createUser( 'subscriber' );
		ids = await site().phpJson( `
			$plans   = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$ents    = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$repo    = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$tickets = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, $ents, $plans, $settings, new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$quotes  = new WP24\\Helpdesk\\Tickets\\Quote_Service( $repo, new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, $settings ) );
			$plan    = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			( new WP24\\Helpdesk\\Entitlements\\Purchase_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() ) )->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ customer.id }, $plan, 1, 1, new DateTimeImmutable( '-5 days' ) ) );
			$open = static fn( int $user, string $subject, string $guest = '' ) => $tickets->intake( new WP24\\Helpdesk\\Tickets\\Intake( $user, $subject, 'My private site details: secret-' . $subject, WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', 'https://private.example', true, $guest ? 'Guest' : '', $guest ) )['ticket'];
			$mine   = $open( ${ customer.id }, 'mine' );
			$theirs = $open( ${ other.id }, 'theirs' );
			$guest  = $open( 0, 'guest', 'guest-${ customer.id }@example.test' );
			$quotes->create( $mine, 9900, 'EUR', 'Restore', new DateTimeImmutable( '+7 days' ), true, 1 );
			// An attachment stored as the upload route would store it.
			$store = new WP24\\Helpdesk\\Attachments\\Attachment_Store( $settings );
			$GLOBALS['wpdb']->insert( WP24\\Helpdesk\\Schema\\Tables::attachments(), array( 'ticket_id' => $mine->id(), 'message_id' => 1, 'file_name' => 'a.log', 'stored_name' => 'erasetest' . $mine->id(), 'mime' => 'text/plain', 'size' => 8, 'uploaded_by' => ${ customer.id }, 'created_at' => gmdate( 'Y-m-d H:i:s' ) ) );
			file_put_contents( $store->directory() . '/erasetest' . $mine->id(), 'log line' );
			echo wp_json_encode( array( 'mine' => $mine->id(), 'theirs' => $theirs->id(), 'guest' => $guest->id(), 'file' => $store->directory() . '/erasetest' . $mine->id() ) );
		` );
	} );

	it( 'exports the customer’s tickets, messages, quotes and plans, and nobody else’s', async () => {
		const result = await tool( 'exporters', email( customer ) );
		const text = JSON.stringify( result.data );
		expect( result.done ).toBe( true );
		expect(
			result.data.map( ( item: { group_id: string } ) => item.group_id )
		).toEqual(
			expect.arrayContaining( [
				'wp24hd-tickets',
				'wp24hd-messages',
				'wp24hd-quotes',
				'wp24hd-plans',
			] )
		);
		expect( text ).toContain( 'secret-mine' );
		expect( text ).toContain( '99.00 EUR' );
		// Each record's fields as the export writes them (stored UTC times with " UTC").
		const fields = ( group: string ) =>
			result.data
				.filter(
					( item: { group_id: string } ) => item.group_id === group
				)
				.map(
					( item: {
						data: Array< { name: string; value: string } >;
					} ) => item.data.map( ( field ) => field.value )
				);
		const utc = expect.stringMatching(
			/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/
		);
		expect( fields( 'wp24hd-plans' ) ).toEqual( [
			[ 'Piano Basic', 'active', utc, utc ],
		] );
		expect( fields( 'wp24hd-quotes' ) ).toEqual( [
			[
				expect.stringMatching( /^WP24-\w{8}$/ ),
				'99.00 EUR',
				'sent',
				'',
				'',
			],
		] );
		expect( fields( 'wp24hd-messages' )[ 0 ] ).toEqual( [
			expect.stringMatching( /^WP24-\w{8}$/ ),
			'customer',
			'My private site details: secret-mine',
			utc,
		] );
		// The thread's record of the emails sent to the person (system notes kept for staff).
		const notes = result.data
			.filter(
				( item: { group_id: string } ) =>
					item.group_id === 'wp24hd-messages'
			)
			.map(
				( item: { data: Array< { name: string; value: string } > } ) =>
					item.data.map( ( field ) => field.value )
			)
			.filter( ( values: string[] ) =>
				values[ 2 ].endsWith( `sent to ${ email( customer ) }.` )
			)
			.map( ( values: string[] ) => [ values[ 1 ], values[ 2 ] ] );
		expect( notes ).toEqual( [
			[
				'system',
				expect.stringMatching(
					/^Email &quot;We received your request WP24-\w{8}: mine&quot; sent to /
				),
			],
			[
				'system',
				expect.stringMatching(
					/^Email &quot;Your quote for WP24-\w{8}: mine&quot; sent to /
				),
			],
		] );
		expect( text ).not.toContain( 'secret-theirs' );
		expect( text ).not.toContain( 'secret-guest' );

		const guest = await tool(
			'exporters',
			`guest-${ customer.id }@example.test`
		);
		expect( JSON.stringify( guest.data ) ).toContain( 'secret-guest' );
		expect( JSON.stringify( guest.data ) ).not.toContain( 'secret-mine' );
	} );

	it( 'erases a ticket as one unit: when its last write fails, its messages, notes and file are all kept', async () => {
		const after = await site().phpJson< {
			failed: string;
			bodies: string[];
			subject: string;
			attachments: number;
			file: boolean;
		} >( `
			global $wpdb;
			update_option( 'wp24hd_test_fail_query', WP24\\Helpdesk\\Schema\\Tables::tickets(), true );
			$tools  = apply_filters( 'wp_privacy_personal_data_erasers', array() );
			$failed = '';
			try {
				call_user_func( $tools['wp24-helpdesk']['callback'], ${ JSON.stringify( email( customer ) ) }, 1 );
			} catch ( RuntimeException $e ) {
				$failed = 'failed';
			}
			delete_option( 'wp24hd_test_fail_query' );
			$m = WP24\\Helpdesk\\Schema\\Tables::messages();
			echo wp_json_encode( array(
				'failed'      => $failed,
				'bodies'      => $wpdb->get_col( $wpdb->prepare( "SELECT body FROM {$m} WHERE ticket_id = %d AND author_role = 'customer'", ${ ids.mine } ) ),
				'subject'     => $wpdb->get_var( $wpdb->prepare( 'SELECT subject FROM %i WHERE id = %d', WP24\\Helpdesk\\Schema\\Tables::tickets(), ${ ids.mine } ) ),
				'attachments' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', WP24\\Helpdesk\\Schema\\Tables::attachments(), ${ ids.mine } ) ),
				'file'        => file_exists( ${ JSON.stringify( ids.file ) } ),
			) );
		` );
		expect( after ).toEqual( {
			failed: 'failed',
			bodies: [ 'My private site details: secret-mine' ],
			subject: 'mine',
			attachments: 1,
			file: true,
		} );
	} );

	it( 'anonymises the customer’s tickets, deletes their files and keeps plan records for invoices', async () => {
		// Erase and inspect in one PHP run: Playground's workers may cache file stats apart.
		const { result, after } = await site().phpJson( `
			global $wpdb;
			$tools  = apply_filters( 'wp_privacy_personal_data_erasers', array() );
			$result = call_user_func( $tools['wp24-helpdesk']['callback'], ${ JSON.stringify( email( customer ) ) }, 1 );
			$t = WP24\\Helpdesk\\Schema\\Tables::tickets();
			$m = WP24\\Helpdesk\\Schema\\Tables::messages();
			echo wp_json_encode( array( 'result' => $result, 'after' => array(
				'mine'   => $wpdb->get_row( $wpdb->prepare( "SELECT subject, site_url, customer_id, status, close_reason, first_response_due, waiting_since, closed_at IS NOT NULL AS closed FROM {$t} WHERE id = %d", ${ ids.mine } ), ARRAY_A ),
				'bodies' => $wpdb->get_col( $wpdb->prepare( "SELECT body FROM {$m} WHERE ticket_id = %d AND author_role = 'customer'", ${ ids.mine } ) ),
				'authors' => $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT author_id FROM {$m} WHERE ticket_id = %d AND author_role = 'customer'", ${ ids.mine } ) ),
				'system' => $wpdb->get_col( $wpdb->prepare( "SELECT body FROM {$m} WHERE ticket_id = %d AND author_role = 'system' ORDER BY id", ${ ids.mine } ) ),
				'queue'  => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$t} WHERE id = %d AND status IN ('new', 'open', 'waiting_customer', 'quote_sent')", ${ ids.mine } ) ),
				'theirs' => $wpdb->get_var( $wpdb->prepare( "SELECT body FROM {$m} WHERE ticket_id = %d", ${ ids.theirs } ) ),
				'file'   => file_exists( ${ JSON.stringify( ids.file ) } ),
				'search' => $wpdb->get_row( $wpdb->prepare( "SELECT search_text, notes_text FROM {$t} WHERE id = %d", ${ ids.mine } ), ARRAY_A ),
			) ) );
		` );
		expect( result ).toEqual( {
			items_removed: true,
			items_retained: true,
			messages: [ expect.stringContaining( 'invoices' ) ],
			done: true,
		} );
		// Out of the working queue, its SLA clock stopped.
		expect( after.mine ).toEqual( {
			subject: '[Removed]',
			site_url: '',
			customer_id: '0',
			status: 'closed',
			close_reason: 'by_customer',
			first_response_due: null,
			waiting_since: null,
			closed: '1',
		} );
		expect( after.queue ).toBe( 0 );
		expect( after.authors ).toEqual( [ '0' ] );
		// System notes keep what happened, without the address or the original subject.
		expect( after.system.join( '\n' ) ).not.toContain( email( customer ) );
		expect( after.system.join( '\n' ) ).not.toContain( ': mine' );
		expect( after.system ).toEqual(
			expect.arrayContaining( [
				expect.stringMatching(
					/^Email &quot;We received your request WP24-\w{8}: \[Removed\]&quot; sent to \[Removed\]\.$/
				),
			] )
		);
		expect( after.bodies.join() ).not.toContain( 'secret-mine' );
		expect( after.theirs ).toContain( 'secret-theirs' );
		expect( after.file ).toBe( false );
		// Nor is anything of theirs left for the ticket search to find.
		expect( after.search.search_text ).not.toMatch(
			/secret|private| mine /
		);
		expect( after.search.search_text ).toContain( ' removed ' );

		const again = await tool( 'exporters', email( customer ) );
		expect( JSON.stringify( again.data ) ).not.toContain( 'secret-mine' );
	} );
} );
