/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { DAY, travel, travelBack } from '../harness/clock';
import type { Session } from '../harness/site';

/** Parallel retries need real parallel PHP: the MariaDB lane's php -S runs 4 workers. */
const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

type Mail = { to: string[]; subject: string };

/** Addresses and keys of this run: a database kept from an earlier run must not answer for them. */
const run = Date.now().toString( 36 );
const at = ( name: string ) => `${ name }.${ run }@example.test`;
const keyOf = ( name: string ) => `${ name }-${ run }-0123456789abcdef`;

/**
 * Retries are safe: a submission or reply sent again with the same idempotency key answers with
 * what the first one stored, never a second ticket, message or email (issue 17, class 2).
 */
describe( 'idempotent intake and replies', () => {
	const site = useSite();
	let customer: Session;
	/** Where staff notices go by default: the site's admin address (it differs by lane). */
	let staff: string;

	const count = async ( table: 'tickets' | 'messages', where: string ) =>
		Number(
			await site().php(
				`global $wpdb; echo $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE ${ where }", WP24\\Helpdesk\\Schema\\Tables::${ table }() ) );`
			)
		);
	const mails = () =>
		site().phpJson< Mail[] >(
			`$m = get_option( 'wp24hd_test_mails', array() ); delete_option( 'wp24hd_test_mails' ); echo wp_json_encode( array_map( static fn( $x ) => array( 'to' => $x['to'], 'subject' => $x['subject'] ), $m ) );`
		);
	const guestIntake = (
		email: string,
		subject: string,
		key: string | null,
		asField = false
	) =>
		site().rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject,
				message: 'The home page shows a blank screen.',
				type: 'one-shot',
				consent: true,
				name: 'Gina Guest',
				email,
				...( asField && key ? { idempotency_key: key } : {} ),
			},
			headers: ! asField && key ? { 'Idempotency-Key': key } : {},
		} );

	beforeAll( async () => {
		const c = await site().createUser( 'subscriber' );
		customer = await site().loginAs( c.login, c.password );
		staff = await site().php( `echo get_option( 'admin_email' );` );
	} );

	beforeEach( async () => {
		await site().php(
			`$GLOBALS['wpdb']->query( "DELETE FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '%wp24hd\\\\_rl\\\\_%'" );`
		);
		await mails();
	} );

	it( 'answers a retried guest intake with the first ticket, its reference and guest key, and sends no second email', async () => {
		const key = keyOf( 'retry' );
		const first = await guestIntake(
			at( 'gina.retry' ),
			'Blank home page',
			key
		);
		expect( first.status ).toBe( 201 );
		const sent = await mails();
		expect( sent.map( ( m ) => m.to ) ).toEqual( [
			[ at( 'gina.retry' ) ],
			[ staff ],
		] );

		const again = await guestIntake(
			at( 'gina.retry' ),
			'Blank home page',
			key
		);
		expect( again.status ).toBe( 201 );
		expect( again.json().id ).toBe( first.json().id );
		expect( again.json().reference ).toBe( first.json().reference );
		expect( again.json().guest_key ).toBe( first.json().guest_key );
		expect( again.headers.get( 'location' ) ).toBe(
			first.headers.get( 'location' )
		);
		expect( again.headers.get( 'idempotent-replayed' ) ).toBe( 'true' );
		expect( first.headers.get( 'idempotent-replayed' ) ).toBeNull();
		expect( await mails() ).toEqual( [] );
		expect(
			await count( 'tickets', `guest_email = '${ at( 'gina.retry' ) }'` )
		).toBe( 1 );
		expect(
			await count(
				'messages',
				`ticket_id = ${ first.json().id } AND author_role = 'customer'`
			)
		).toBe( 1 );
	} );

	it( 'takes the key from the form field the ticket form sends, and renders a new key per form', async () => {
		const key = keyOf( 'form' );
		const first = await guestIntake(
			at( 'gino.form' ),
			'Broken contact form',
			key,
			true
		);
		const again = await guestIntake(
			at( 'gino.form' ),
			'Broken contact form',
			key,
			true
		);
		expect( first.status ).toBe( 201 );
		expect( again.status ).toBe( 201 );
		expect( again.json().id ).toBe( first.json().id );
		expect(
			await count( 'tickets', `guest_email = '${ at( 'gino.form' ) }'` )
		).toBe( 1 );

		const keys = await site().phpJson< string[] >( `
			$render = static function (): string {
				preg_match( '/name="wp24hd_idempotency_key" value="([^"]+)"/', do_blocks( '<!-- wp:wp24-helpdesk/ticket-form /-->' ), $m );
				return $m[1] ?? '';
			};
			echo wp_json_encode( array( $render(), $render() ) );
		` );
		expect( keys[ 0 ] ).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		expect( keys[ 1 ] ).toMatch( /^[0-9a-f-]{36}$/ );
		expect( keys[ 1 ] ).not.toBe( keys[ 0 ] );
	} );

	it( 'scopes a key to its caller: the same key from another guest or a user opens their own ticket', async () => {
		const key = keyOf( 'shared' );
		const a = await guestIntake( at( 'anna' ), 'Anna asks', key );
		const b = await guestIntake( at( 'bruno' ), 'Bruno asks', key );
		const user = await customer.rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject: 'User asks',
				message: 'The home page shows a blank screen.',
				type: 'one-shot',
				consent: true,
			},
			headers: { 'Idempotency-Key': key },
		} );
		expect( [ a.status, b.status, user.status ] ).toEqual( [
			201, 201, 201,
		] );
		expect(
			new Set( [ a.json().id, b.json().id, user.json().id ] ).size
		).toBe( 3 );
		expect( b.json().subject ).toBe( 'Bruno asks' );
		expect( b.json().guest_key ).not.toBe( a.json().guest_key );
		expect( user.json().subject ).toBe( 'User asks' );
	} );

	it( 'refuses a key that is too short or not printable with a 400 naming it, storing nothing', async () => {
		for ( const key of [
			'short',
			'x'.repeat( 256 ),
			'with space in it 1234',
		] ) {
			const refused = await guestIntake(
				at( 'carla' ),
				'Carla asks',
				key
			);
			expect( refused.status ).toBe( 400 );
			expect( refused.json().code ).toBe(
				'wp24hd_invalid_idempotency_key'
			);
			expect( refused.json().message ).toBe(
				'Idempotency-Key: send between 16 and 255 letters, digits, dots, colons, dashes or underscores.'
			);
		}
		expect(
			await count( 'tickets', `guest_email = '${ at( 'carla' ) }'` )
		).toBe( 0 );
	} );

	it( 'answers a retried reply with the first one: one message, one email', async () => {
		const id = (
			await customer.rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Slow checkout',
					message: 'The checkout takes a minute to load.',
					type: 'one-shot',
					consent: true,
				},
			} )
		).json().id;
		const t = await site().createUser( 'wp24hd_technician' );
		const tech = await site().loginAs( t.login, t.password );
		await tech.rest( `/wp24-helpdesk/v1/tickets/${ id }/messages`, {
			json: { body: 'Which payment method do you use?' },
		} );
		await mails();

		const reply = () =>
			customer.rest( `/wp24-helpdesk/v1/tickets/${ id }/messages`, {
				json: { body: 'Cards, through the bank.' },
				headers: { 'Idempotency-Key': keyOf( 'reply' ) },
			} );
		const first = await reply();
		expect( first.status ).toBe( 201 );
		const sent = await mails();
		const again = await reply();
		expect( again.status ).toBe( 201 );
		expect( again.json().id ).toBe( id );
		expect( again.json().status ).toBe( first.json().status );
		expect( again.headers.get( 'idempotent-replayed' ) ).toBe( 'true' );
		expect( await mails() ).toEqual( [] );
		expect(
			await count(
				'messages',
				`ticket_id = ${ id } AND body = 'Cards, through the bank.'`
			)
		).toBe( 1 );
		expect( first.json().status ).toBe( 'open' );
		expect( sent.map( ( m ) => m.to ) ).toEqual( [ [ staff ] ] );
	} );

	it( 'answers 409 when a key comes back with a different request, intake or reply, and stores nothing for it', async () => {
		const key = keyOf( 'reused' );
		const first = await guestIntake( at( 'rita' ), 'Slow shop', key );
		const other = await guestIntake( at( 'rita' ), 'Broken menu', key );
		expect( first.status ).toBe( 201 );
		expect( other.status ).toBe( 409 );
		expect( other.json().code ).toBe( 'wp24hd_idempotency_key_reused' );
		expect( other.json().message ).toBe(
			'Idempotency-Key: this key was already used for a different request. Send a new key for a new request.'
		);
		expect(
			await count( 'tickets', `guest_email = '${ at( 'rita' ) }'` )
		).toBe( 1 );

		const reply = ( body: string ) =>
			site().rest(
				`/wp24-helpdesk/v1/tickets/${ first.json().id }/messages`,
				{
					json: { body },
					headers: {
						'Idempotency-Key': keyOf( 'reused-reply' ),
						'X-WP24-Ticket-Key': first.json().guest_key,
					},
				}
			);
		expect( ( await reply( 'It takes ten seconds.' ) ).status ).toBe( 201 );
		const reused = await reply( 'Now the cart is empty too.' );
		expect( reused.status ).toBe( 409 );
		expect( reused.json().code ).toBe( 'wp24hd_idempotency_key_reused' );
		expect(
			await count(
				'messages',
				`ticket_id = ${ first.json().id } AND author_role = 'customer'`
			)
		).toBe( 2 );
		await mails();
	} );

	it( 'keeps a key for seven days: the daily retention run prunes older keys, so a retry after that is a new request', async () => {
		const old = keyOf( 'eight-days' );
		const young = keyOf( 'six-days' );
		await travel( site(), -8 * DAY );
		const first = await guestIntake( at( 'otto' ), 'Eight days ago', old );
		await travel( site(), -6 * DAY );
		const second = await guestIntake(
			at( 'sesto' ),
			'Six days ago',
			young
		);
		await travelBack( site() );
		expect( [ first.status, second.status ] ).toEqual( [ 201, 201 ] );

		await site().php( `do_action( 'wp24hd_retention' );` );
		const again = await guestIntake( at( 'otto' ), 'Eight days ago', old );
		const replayed = await guestIntake(
			at( 'sesto' ),
			'Six days ago',
			young
		);
		expect( again.status ).toBe( 201 );
		expect( again.headers.get( 'idempotent-replayed' ) ).toBeNull();
		expect( again.json().id ).not.toBe( first.json().id );
		expect( replayed.status ).toBe( 201 );
		expect( replayed.headers.get( 'idempotent-replayed' ) ).toBe( 'true' );
		expect( replayed.json().id ).toBe( second.json().id );
		expect(
			await count( 'tickets', `guest_email = '${ at( 'otto' ) }'` )
		).toBe( 2 );
	} );

	( onMariaDB ? it : it.skip )(
		'stores one ticket and sends one acknowledgement when 8 retries with one key arrive at once',
		async () => {
			const key = keyOf( 'parallel' );
			const answers = await Promise.all(
				Array.from( { length: 8 }, () =>
					guestIntake( at( 'paola' ), 'Parallel retry', key )
				)
			);
			expect( answers.map( ( a ) => a.status ) ).toEqual(
				Array( 8 ).fill( 201 )
			);
			expect( new Set( answers.map( ( a ) => a.json().id ) ).size ).toBe(
				1
			);
			expect(
				new Set( answers.map( ( a ) => a.json().reference ) ).size
			).toBe( 1 );
			expect(
				await count( 'tickets', `guest_email = '${ at( 'paola' ) }'` )
			).toBe( 1 );
			expect( ( await mails() ).map( ( m ) => m.to ) ).toEqual( [
				[ at( 'paola' ) ],
				[ staff ],
			] );
		}
	);
} );
