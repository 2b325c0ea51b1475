/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

/**
 * The technicians' queue: server-side filters, sort and paging, with allow-listed parameters.
 */
describe( 'ticket queue over REST', () => {
	const site = useSite();
	let tech: Session;
	let ids: Record< string, number >;

	beforeAll( async () => {
		const t = await site().createUser( 'wp24hd_technician' );
		tech = await site().loginAs( t.login, t.password );
		ids = await site().phpJson( `
			$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc      = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, $ents, $plans, $settings, new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$triage   = new WP24\\Helpdesk\\Tickets\\Triage_Service( $repo, new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, $settings ) );
			$open = static fn( string $subject, string $priority ) => $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( 0, $subject, 'Something is broken on the site.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::from( $priority ), '', '', true, 'Guest', 'queue@example.test' ) )['ticket'];
			$late   = $open( 'Zebra checkout late', 'normal' );
			$urgent = $open( 'Zebra urgent outage', 'urgent' );
			$fine   = $open( 'Zebra question', 'normal' );
			$GLOBALS['wpdb']->update( WP24\\Helpdesk\\Schema\\Tables::tickets(), array( 'first_response_due' => gmdate( 'Y-m-d H:i:s', time() - 3600 ) ), array( 'id' => $late->id() ) );
			$triage->mark_not_covered( $fine, 'Own change', 1 );
			echo wp_json_encode( array( 'late' => $late->id(), 'urgent' => $urgent->id(), 'fine' => $fine->id() ) );
		` );
	} );

	const list = async ( query: string ) => {
		const response = await tech.rest(
			`/wp24-helpdesk/v1/tickets?search=Zebra&${ query }`
		);
		expect( response.status ).toBe( 200 );
		return {
			ids: response.json().map( ( t: { id: number } ) => t.id ),
			total: Number( response.headers.get( 'x-wp-total' ) ),
			pages: Number( response.headers.get( 'x-wp-totalpages' ) ),
		};
	};

	it( 'filters by priority, coverage and breached first-response time', async () => {
		expect( ( await list( 'priority=urgent' ) ).ids ).toEqual( [
			ids.urgent,
		] );
		expect( ( await list( 'coverage=not_covered' ) ).ids ).toEqual( [
			ids.fine,
		] );
		expect( ( await list( 'sla_breached=true' ) ).ids ).toEqual( [
			ids.late,
		] );
		expect( ( await list( 'status=new,closed' ) ).total ).toBe( 3 );
	} );

	it( 'sorts and pages on the server, with totals in the headers', async () => {
		const page1 = await list(
			'orderby=created&order=asc&per_page=2&page=1'
		);
		const page2 = await list(
			'orderby=created&order=asc&per_page=2&page=2'
		);
		expect( page1 ).toEqual( {
			ids: [ ids.late, ids.urgent ],
			total: 3,
			pages: 2,
		} );
		expect( page2.ids ).toEqual( [ ids.fine ] );
	} );

	it.each( [
		[ 'an unknown sort key', 'orderby=subject;DROP TABLE' ],
		[ 'an unknown status', 'status=deleted' ],
		[ 'a page size over 100', 'per_page=1000' ],
		[ 'a negative page', 'page=-1' ],
	] )( 'answers 400 to %s', async ( _label, query ) => {
		const response = await tech.rest(
			`/wp24-helpdesk/v1/tickets?${ query }`
		);
		expect( response.status ).toBe( 400 );
		expect( response.text ).not.toMatch( /SELECT|wp_wp24hd|\.php/ );
	} );

	it( 'gives each row its customer, SLA clock and the "due today" filter the dashboard counts', async () => {
		const rows = (
			await tech.rest(
				'/wp24-helpdesk/v1/tickets?search=Zebra&orderby=first_response_due&order=asc'
			)
		).json();
		const late = rows.find( ( t: { id: number } ) => t.id === ids.late );
		expect( late.customer_name ).toBe( 'Guest' );
		expect( late.sla_minutes_left ).toBeLessThan( -55 );
		expect( late.sla_breached ).toBe( true );
		// Sorted by the time left: the overdue one first.
		expect( rows[ 0 ].id ).toBe( ids.late );

		const dueToday = await list( 'sla_due_today=true' );
		expect( dueToday.ids ).toContain( ids.late );
		const figures = await tech.rest( '/wp24-helpdesk/v1/dashboard' );
		expect( figures.status ).toBe( 200 );
		expect( figures.headers.get( 'cache-control' ) ).toContain(
			'no-store'
		);
		expect( figures.json() ).toEqual( {
			open: 3,
			urgent: 1,
			breaching_today: dueToday.total,
			breached: 1,
			waiting_customer: 0,
			auto_closed: 0,
			first_response_median: null,
		} );
	} );

	it( 'counts the first answer in the median and the waiting ticket, and sorts by waiting time', async () => {
		const answer = await tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ids.fine }/messages`,
			{ method: 'POST', json: { body: 'We will look at it today.' } }
		);
		expect( answer.status ).toBe( 201 );
		const answered = (
			await tech.rest( `/wp24-helpdesk/v1/tickets/${ ids.fine }` )
		).json();
		expect( answered.sla_minutes_left ).toBeNull();
		const figures = (
			await tech.rest( '/wp24-helpdesk/v1/dashboard' )
		).json();
		expect( figures.first_response_median ).toBeGreaterThanOrEqual( 0 );
		// R9: a technician's answer puts the ticket in waiting for the customer.
		expect( answered.status ).toBe( 'waiting_customer' );
		expect( figures.waiting_customer ).toBe( 1 );
		expect(
			( await list( 'orderby=waiting_since&order=asc' ) ).total
		).toBe( 3 );
	} );

	it( 'keeps the figures and the Helpdesk screen from customers', async () => {
		const customer = await site().createUser( 'subscriber' );
		const session = await site().loginAs(
			customer.login,
			customer.password
		);
		expect(
			( await session.rest( '/wp24-helpdesk/v1/dashboard' ) ).status
		).toBe( 403 );
		expect(
			( await site().rest( '/wp24-helpdesk/v1/dashboard' ) ).status
		).toBe( 401 );
		const screen = await session.request(
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		expect( screen.status ).toBe( 403 );
		expect( screen.text ).not.toContain( 'wp24hdAdmin' );
	} );

	it( 'prints the technicians the app can assign tickets to, with no customer among them', async () => {
		const screen = await tech.request(
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		expect( screen.status ).toBe( 200 );
		const boot = JSON.parse(
			/window\.wp24hdAdmin = (\{.*?\});/.exec( screen.text )?.[ 1 ] ??
				'{}'
		);
		expect(
			boot.technicians.map( ( u: { name: string } ) => u.name )
		).toContain( tech.login );
		expect( boot.canSettings ).toBe( false );
		expect( boot.restNonce ).toMatch( /^[0-9a-f]{10}$/ );
		const admins = boot.technicians.filter(
			( u: { id: number } ) => u.id === 1
		);
		expect( admins ).toHaveLength( 1 );
		expect( screen.text ).toMatch( /admin\/index\.js/ );
	} );

	it( 'lets technicians find a customer by part of the name or email, and nothing more', async () => {
		const found = await tech.rest(
			`/wp24-helpdesk/v1/customers?search=${ encodeURIComponent( tech.login.slice( 1, 6 ) ) }`
		);
		expect( found.status ).toBe( 200 );
		const rows = found.json();
		expect( rows.length ).toBeGreaterThanOrEqual( 1 );
		expect( Object.keys( rows[ 0 ] ).sort() ).toEqual( [
			'email',
			'id',
			'name',
		] );
		expect(
			( await tech.rest( '/wp24-helpdesk/v1/customers?search=a' ) ).status
		).toBe( 400 );
		expect(
			(
				await tech.rest(
					"/wp24-helpdesk/v1/customers?search=%25' OR 1=1 --"
				)
			).json()
		).toEqual( [] );
	} );

	it( 'lists the customers whose tickets moved last before any search', async () => {
		const first = await site().createUser( 'subscriber' );
		const second = await site().createUser( 'subscriber' );
		await site().php( `
			$repo = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			foreach ( array( ${ first.id } => '+1 day', ${ second.id } => '+2 days' ) as $user => $when ) {
				$ticket = $repo->insert( array( 'reference' => 'RECENT-' . $user, 'subject' => 'Recent', 'type' => 'support', 'priority' => 'normal', 'status' => 'new', 'customer_id' => $user ) );
				$repo->update( $ticket->id(), array( 'last_activity_at' => gmdate( 'Y-m-d H:i:s', strtotime( $when ) ) ) );
			}
		` );
		const recent = await tech.rest( '/wp24-helpdesk/v1/customers' );
		expect( recent.status ).toBe( 200 );
		expect(
			recent
				.json()
				.slice( 0, 2 )
				.map( ( row: { id: number } ) => row.id )
		).toEqual( [ second.id, first.id ] );
	} );

	it( 'tells a technician who else has the ticket open, and no one else', async () => {
		const other = await site().createUser( 'wp24hd_technician' );
		const colleague = await site().loginAs( other.login, other.password );
		const viewers = async ( session: Session, id = ids.urgent ) =>
			session.rest( `/wp24-helpdesk/v1/tickets/${ id }/viewers`, {
				method: 'POST',
			} );
		expect( ( await viewers( tech ) ).json() ).toEqual( { viewers: [] } );
		const seen = await viewers( colleague );
		expect( seen.status ).toBe( 200 );
		expect(
			seen
				.json()
				.viewers.map( ( viewer: { name: string } ) => viewer.name )
		).toEqual( [ tech.login ] );
		// Another ticket has its own list.
		expect( ( await viewers( colleague, ids.fine ) ).json() ).toEqual( {
			viewers: [],
		} );
		expect( ( await viewers( tech, 999999 ) ).status ).toBe( 404 );
		const customer = await site().createUser( 'subscriber' );
		const outsider = await site().loginAs(
			customer.login,
			customer.password
		);
		expect( ( await viewers( outsider ) ).status ).toBe( 403 );
	} );

	it( 'shows each row its own newest quote, read for the whole page at once', async () => {
		for ( const amount of [ 100, 180 ] ) {
			const quote = await tech.rest(
				`/wp24-helpdesk/v1/tickets/${ ids.late }/quote`,
				{
					method: 'POST',
					json: {
						amount,
						valid_until: new Date( Date.now() + 7 * 86400000 )
							.toISOString()
							.slice( 0, 19 ),
						send: false,
					},
				}
			);
			expect( quote.status ).toBeLessThan( 300 );
		}
		const rows = (
			await tech.rest(
				'/wp24-helpdesk/v1/tickets?search=Zebra&status=new,open,waiting_customer,quote_sent,closed'
			)
		).json();
		const quotes = Object.fromEntries(
			rows.map(
				( row: { id: number; quote: { amount: number } | null } ) => [
					row.id,
					row.quote?.amount ?? null,
				]
			)
		);
		expect( quotes ).toEqual( {
			[ ids.late ]: 180,
			[ ids.urgent ]: null,
			[ ids.fine ]: null,
		} );
	} );
} );
