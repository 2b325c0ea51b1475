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

	describe( 'encoding and types, on every route', () => {
		const tickets = async () =>
			Number(
				await site().php(
					`echo $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT COUNT(*) FROM %i', WP24\\Helpdesk\\Schema\\Tables::tickets() ) );`
				)
			);
		const messages = async () =>
			Number(
				await site().php(
					`echo $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT COUNT(*) FROM %i', WP24\\Helpdesk\\Schema\\Tables::messages() ) );`
				)
			);
		const params = ( body: any ) => Object.keys( body?.data?.params ?? {} );

		beforeEach( async () => {
			await site().php(
				`$GLOBALS['wpdb']->query( "DELETE FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '%wp24hd\\\\_rl\\\\_%'" );`
			);
		} );

		it( 'answers invalid UTF-8 in a form-encoded field with a 400 naming the field, storing nothing', async () => {
			const before = await tickets();
			const response = await site().rest( '/wp24-helpdesk/v1/tickets', {
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
				},
				raw: new TextEncoder().encode(
					'subject=Broken%FF%FEform&message=The+contact+form+does+not+send.&type=one-shot&consent=true&name=Gina&email=gina.utf8%40example.test'
				),
			} );
			expect( response.status ).toBe( 400 );
			expect( response.json().code ).toBe( 'rest_invalid_param' );
			expect( params( response.json() ) ).toEqual( [ 'subject' ] );
			expect( await tickets() ).toBe( before );
		} );

		it( 'answers invalid UTF-8 in a multipart field with a 400 naming the field, storing nothing', async () => {
			const before = await messages();
			const boundary = 'wp24-boundary-7f3a';
			const raw = new Uint8Array( [
				...new TextEncoder().encode(
					`--${ boundary }\r\nContent-Disposition: form-data; name="body"\r\n\r\nThe form `
				),
				0xc3,
				0x28,
				0xff,
				...new TextEncoder().encode(
					` still fails.\r\n--${ boundary }--\r\n`
				),
			] );
			const response = await owner.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
				{
					headers: {
						'Content-Type': `multipart/form-data; boundary=${ boundary }`,
					},
					raw,
				}
			);
			expect( response.status ).toBe( 400 );
			expect( params( response.json() ) ).toEqual( [ 'body' ] );
			expect( await messages() ).toBe( before );
		} );

		// Through WordPress's REST server in PHP: Playground's HTTP layer turns invalid bytes in a URL
		// into valid text before PHP sees them, PHP's own server does not.
		it( 'answers invalid UTF-8 in a query parameter with a 400 naming it', async () => {
			expect(
				await site().phpJson( `
					$request = new WP_REST_Request( 'GET', '/wp24-helpdesk/v1/tickets' );
					$request->set_query_params( array( 'search' => "caf\\xE9", 'page' => '1' ) );
					$response = rest_do_request( $request );
					echo wp_json_encode( array( $response->get_status(), array_keys( $response->get_data()['data']['params'] ?? array() ) ) );
				` )
			).toEqual( [ 400, [ 'search' ] ] );
		} );

		it( 'removes NUL and other control characters from single-line fields before they are stored or mailed', async () => {
			await site().php( `delete_option( 'wp24hd_test_mails' );` );
			const response = await site().rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Broken\u0000 form\u0007 again\u001b',
					message: 'The contact form does not send since Monday.',
					type: 'one-shot',
					consent: true,
					name: 'Gia\u0000como\u0008 Rossi',
					email: 'giacomo@example.test',
				},
			} );
			expect( response.status ).toBe( 201 );
			const id = response.json().id;
			expect(
				await site().phpJson( `
					global $wpdb;
					$row      = $wpdb->get_row( $wpdb->prepare( 'SELECT subject, guest_name FROM %i WHERE id = %d', WP24\\Helpdesk\\Schema\\Tables::tickets(), ${ id } ), ARRAY_A );
					$subjects = array_map( static fn( $mail ) => $mail['subject'], get_option( 'wp24hd_test_mails', array() ) );
					echo wp_json_encode( array(
						'row'                  => $row,
						'mails'                => count( $subjects ) > 0,
						'control in a subject' => (bool) preg_grep( '/[\\x00-\\x1f\\x7f]/', $subjects ),
					) );
				` )
			).toEqual( {
				row: {
					subject: 'Broken form again',
					guest_name: 'Giacomo Rossi',
				},
				mails: true,
				'control in a subject': false,
			} );
		} );

		it.each( [
			[
				'a guest key sent as an array',
				'key',
				() =>
					site().rest(
						`/wp24-helpdesk/v1/tickets/${ ticketId }?key[]=${ 'a'.repeat( 64 ) }`
					),
			],
			[
				'a form-encoded subject sent as an array',
				'subject',
				() =>
					site().rest( '/wp24-helpdesk/v1/tickets', {
						headers: {
							'Content-Type': 'application/x-www-form-urlencoded',
						},
						raw: new TextEncoder().encode(
							'subject[]=Broken&message=The+contact+form+does+not+send.&type=one-shot&consent=true&name=Gina&email=gina.array%40example.test'
						),
					} ),
			],
			[
				'a JSON reply body sent as an array',
				'body',
				() =>
					owner.rest(
						`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
						{ json: { body: [ 'The form still fails.' ] } }
					),
			],
		] )(
			'answers %s with a 400 naming the field, without a PHP warning',
			async ( _label, field, send ) => {
				const response = await send();
				expect( response.status ).toBe( 400 );
				expect( params( response.json() ) ).toEqual( [ field ] );
				expect( site().pluginErrors() ).toEqual( [] );
			}
		);
	} );
} );
