/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

/**
 * Every ticket write route answers bad input with a 400 that names the field, and changes nothing.
 */
describe( 'bad input on ticket write routes', () => {
	const site = useSite();
	let tech: Session;
	let owner: Session;
	let ticketId: number;

	const snapshot = () =>
		site().phpJson( `
			global $wpdb;
			echo wp_json_encode( array(
				$wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}wp24hd_messages" ),
				$wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}wp24hd_quotes" ),
				$wpdb->get_row( "SELECT status, priority, assignee_id, coverage FROM {$wpdb->prefix}wp24hd_tickets WHERE id = ${ ticketId }", ARRAY_A ),
			) );
		` );

	beforeAll( async () => {
		const t = await site().createUser( 'wp24hd_technician' );
		const c = await site().createUser( 'subscriber' );
		tech = await site().loginAs( t.login, t.password );
		owner = await site().loginAs( c.login, c.password );
		ticketId = (
			await owner.rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Slow admin',
					message: 'The admin area takes a minute to load.',
					type: 'one-shot',
					consent: true,
				},
			} )
		).json().id;
	} );

	it.each( [
		[ 'an empty reply', 'messages', { body: '' }, 'body' ],
		[
			'a reply of only markup',
			'messages',
			{ body: '<script></script>' },
			'body',
		],
		[
			'a reply that is too long',
			'messages',
			{ body: 'x'.repeat( 20001 ) },
			'body',
		],
		[
			'a quote of zero',
			'quote',
			{ amount: 0, valid_until: '2099-01-01T00:00:00Z' },
			'amount',
		],
		[
			'a quote already expired',
			'quote',
			{ amount: 10, valid_until: '2001-01-01T00:00:00Z' },
			'valid_until',
		],
		[
			'a quote with a bad date',
			'quote',
			{ amount: 10, valid_until: 'next week' },
			'valid_until',
		],
		[
			'a quote in a made-up currency',
			'quote',
			{
				amount: 10,
				currency: 'euro',
				valid_until: '2099-01-01T00:00:00Z',
			},
			'currency',
		],
		[ 'an unknown status', '', { status: 'archived' }, 'status' ],
		[ 'an unknown priority', '', { priority: 'critical' }, 'priority' ],
		[
			'an unknown close reason',
			'',
			{ status: 'closed', close_reason: 'bored' },
			'close_reason',
		],
		[
			'an assignee who is not a technician',
			'',
			{ assignee_id: 1_000_000 },
			'assignee_id',
		],
		[
			'not covered without a reason',
			'',
			{ coverage: 'not_covered' },
			'coverage_reason',
		],
	] )( 'refuses %s', async ( _label, path, body, field ) => {
		const before = await snapshot();
		const route = `/wp24-helpdesk/v1/tickets/${ ticketId }${ path ? `/${ path }` : '' }`;
		const response = await tech.rest( route, {
			method: path ? 'POST' : 'PATCH',
			json: body,
		} );
		expect( response.status ).toBe( 400 );
		expect( JSON.stringify( response.json() ) ).toContain( field );
		expect( await snapshot() ).toEqual( before );
	} );
} );
