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
			$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc      = new WP24\\Helpdesk\\Tickets\\Ticket_Service( $repo, $ents, $plans, $settings );
			$open = static fn( string $subject, string $priority ) => $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( 0, $subject, 'Something is broken on the site.', 'one-shot', $priority, '', '', true, 'Guest', 'queue@example.test' ) )['ticket'];
			$late   = $open( 'Zebra checkout late', 'normal' );
			$urgent = $open( 'Zebra urgent outage', 'urgent' );
			$fine   = $open( 'Zebra question', 'normal' );
			$GLOBALS['wpdb']->update( WP24\\Helpdesk\\Schema\\Tables::tickets(), array( 'first_response_due' => gmdate( 'Y-m-d H:i:s', time() - 3600 ) ), array( 'id' => $late->id() ) );
			$svc->mark_not_covered( $fine, 'Own change', 1 );
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
} );
