/**
 * Internal dependencies
 */
import {
	defaultView,
	paramsFromView,
	queryFromView,
	savedViews,
	viewFromParams,
} from '../../../src/admin/queue/view-state';

describe( 'queue view state', () => {
	it( 'opens on the tickets still to do, latest activity first', () => {
		expect( queryFromView( defaultView() ) ).toEqual( {
			page: 1,
			per_page: 25,
			orderby: 'last_activity',
			order: 'desc',
			status: [ 'new', 'open', 'waiting_customer', 'quote_sent' ],
		} );
	} );

	it( 'round-trips every saved view through its link', () => {
		for ( const saved of savedViews() ) {
			const view = saved.view( 12 );
			const back = viewFromParams(
				new URLSearchParams( paramsFromView( view ).toString() )
			);
			expect( queryFromView( back ) ).toEqual( queryFromView( view ) );
		}
	} );

	it( 'maps filters to the REST query the server allow-lists', () => {
		const view = viewFromParams(
			new URLSearchParams(
				'status=open,closed&priority=urgent&assignee_id=3&plan_id=8&sla=due_today&search=sito&page=2&sort=sla:asc'
			)
		);
		expect( queryFromView( view, 44 ) ).toEqual( {
			page: 2,
			per_page: 25,
			orderby: 'first_response_due',
			order: 'asc',
			search: 'sito',
			customer_id: 44,
			status: [ 'open', 'closed' ],
			priority: 'urgent',
			assignee_id: 3,
			plan_id: 8,
			sla_due_today: true,
		} );
	} );

	it( 'keeps "every status" in the link and drops what the server would refuse', () => {
		const all = viewFromParams(
			new URLSearchParams( 'status=all&sort=evil:asc&per_page=9999' )
		);
		expect( queryFromView( all ) ).toEqual( {
			page: 1,
			per_page: 25,
			orderby: 'last_activity',
			order: 'desc',
		} );
		expect( paramsFromView( all ).get( 'status' ) ).toBe( 'all' );
		const junk = viewFromParams(
			new URLSearchParams( 'status=open,drop table' )
		);
		expect( queryFromView( junk ).status ).toEqual( [ 'open' ] );
	} );
} );
