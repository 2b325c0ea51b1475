/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { DAY, travel, travelBack } from '../harness/clock';
import type { CreatedUser, HttpResponse, Session, Site } from '../harness/site';

const KEY_HEADER = 'X-WP24-Ticket-Key';

/**
 * Tickets over REST: intake by plan (R4, R6, R7, R13), ownership, the lifecycle, coverage and quotes (R5, R8).
 */
describe( 'tickets over REST', () => {
	const site = useSite();
	const users: Record< string, CreatedUser > = {};
	const as: Record< string, Session > = {};
	let plans: { basic: number; premium: number };

	const valid = {
		subject: 'The contact form stopped sending',
		message:
			'Since yesterday the contact form shows an error after submit.',
		consent: true,
	};
	const open = (
		client: Session | Site,
		body: Record< string, unknown >
	): Promise< HttpResponse > =>
		client.rest( '/wp24-helpdesk/v1/tickets', {
			json: { ...valid, ...body },
		} );

	beforeAll( async () => {
		for ( const name of [ 'basicA', 'basicB', 'noPlan' ] ) {
			users[ name ] = await site().createUser( 'subscriber' );
		}
		users.tech = await site().createUser( 'wp24hd_technician' );
		plans = await site().phpJson( `
			$svc = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), new WP24\\Helpdesk\\Plans\\Plan_Post_Type() ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() );
			$services = array( array( 'label' => 'Backups', 'description' => '' ), array( 'label' => 'Updates', 'description' => '' ) );
			$basic   = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_covered_services' => $services ) ) );
			$premium = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Premium', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_phone_support' => true ) ) );
			$paid    = ( new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->modify( '-10 days' );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.basicA.id }, $basic, 1, 11, $paid ) );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.basicB.id }, $basic, 2, 12, $paid ) );
			echo wp_json_encode( array( 'basic' => $basic, 'premium' => $premium ) );
		` );
		for ( const [ name, user ] of Object.entries( users ) ) {
			as[ name ] = await site().loginAs( user.login, user.password );
		}
	} );

	beforeEach( async () => {
		// Rate limits are tested on their own; the other tests start with fresh counters.
		await site().php(
			`$GLOBALS['wpdb']->query( "DELETE FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '%wp24hd\\\\_rl\\\\_%'" );`
		);
	} );

	it( 'opens a plan holder’s ticket as new, with an SLA due time, the consent version and the first message', async () => {
		const response = await open( as.basicA, {
			type: 'opinion-before-change',
			service: 'Updates',
			site_url: 'https://example.com',
		} );
		expect( response.status ).toBe( 201 );
		const ticket = response.json();
		expect( ticket ).toEqual(
			expect.objectContaining( {
				reference: expect.stringMatching( /^WP24-[2-9A-HJ-NP-Z]{8}$/ ),
				status: 'new',
				type: 'opinion-before-change',
				priority: 'normal',
				service: 'Updates',
				plan_id: plans.basic,
				first_response_due: expect.any( String ),
			} )
		);
		expect( ticket ).not.toHaveProperty( 'guest_key' );
		expect( ticket ).not.toHaveProperty( 'consent_version' );

		const staffView = (
			await as.tech.rest( `/wp24-helpdesk/v1/tickets/${ ticket.id }` )
		).json();
		expect( staffView.consent_version ).toBe( '2026-2' );
		// The server records the consent time (a forged one is refused: security/attacks.test.ts).
		expect( Date.now() - Date.parse( staffView.consent_at ) ).toBeLessThan(
			10 * 60 * 1000
		);
		const thread = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`
			)
		).json();
		expect( thread ).toEqual( [
			expect.objectContaining( {
				author_role: 'customer',
				body: valid.message,
			} ),
		] );
	} );

	it( 'gives urgent tickets a 24-hour first-response target', async () => {
		const ticket = (
			await open( as.basicA, { priority: 'urgent' } )
		).json();
		const due =
			Date.parse( ticket.first_response_due ) -
			Date.parse( ticket.created_at );
		expect( due ).toBe( 24 * 3600 * 1000 );
	} );

	it.each( [
		[ 'no consent', { consent: false }, 'consent' ],
		[ 'consent missing', { consent: undefined }, 'consent' ],
		[ 'a short subject', { subject: 'Hi' }, 'subject' ],
		[ 'an unknown type', { type: 'complaint' }, 'type' ],
		[ 'an unknown priority', { priority: 'asap' }, 'priority' ],
		[
			'a service the plan does not cover',
			{ service: 'Hosting' },
			'service',
		],
		[
			'a site URL that is not a web address',
			{ site_url: 'javascript:alert(1)' },
			'site_url',
		],
		[
			'a refund request after the 24-hour window',
			{ type: 'refund-request' },
			'type',
		],
	] )(
		'refuses %s with a 400 that names the field, and stores nothing',
		async ( _label, body, field ) => {
			const count = () =>
				site().php(
					`echo $GLOBALS['wpdb']->get_var( "SELECT COUNT(*) FROM {$GLOBALS['wpdb']->prefix}wp24hd_tickets" );`
				);
			const before = await count();
			const response = await open( as.basicA, body );
			expect( response.status ).toBe( 400 );
			expect( JSON.stringify( response.json() ) ).toContain( field );
			expect( await count() ).toBe( before );
		}
	);

	it( 'lets a customer without a plan ask only for one-shot work or a refund', async () => {
		const refused = await open( as.noPlan, { type: 'support' } );
		expect( refused.status ).toBe( 400 );
		expect( refused.json().code ).toBe( 'wp24hd_plan_required' );
		expect( ( await open( as.noPlan, { type: 'one-shot' } ) ).status ).toBe(
			201
		);
	} );

	it( 'gives a guest a one-time key that opens their ticket and nothing else', async () => {
		expect( ( await open( site(), { type: 'one-shot' } ) ).status ).toBe(
			400
		);
		const first = (
			await open( site(), {
				type: 'one-shot',
				name: 'Gina Guest',
				email: 'gina@example.test',
			} )
		).json();
		const second = (
			await open( site(), {
				type: 'one-shot',
				name: 'Gino Guest',
				email: 'gino@example.test',
			} )
		).json();
		expect( first.guest_key ).toMatch( /^[a-f0-9]{64}$/ );

		const read = ( id: number, key?: string ) =>
			site().rest(
				`/wp24-helpdesk/v1/tickets/${ id }`,
				key ? { headers: { [ KEY_HEADER ]: key } } : {}
			);
		expect( ( await read( first.id, first.guest_key ) ).status ).toBe(
			200
		);
		expect( ( await read( first.id ) ).status ).toBe( 404 );
		expect( ( await read( first.id, second.guest_key ) ).status ).toBe(
			404
		);
		expect( ( await read( first.id, 'f'.repeat( 64 ) ) ).status ).toBe(
			404
		);
		// A logged-in customer holding no key cannot open it either.
		expect(
			(
				await as.basicA.rest(
					`/wp24-helpdesk/v1/tickets/${ first.id }`
				)
			).status
		).toBe( 404 );

		const stored = await site().php(
			`echo $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( "SELECT guest_key_hash FROM {$GLOBALS['wpdb']->prefix}wp24hd_tickets WHERE id = %d", ${ first.id } ) );`
		);
		expect( stored ).not.toContain( first.guest_key );
		expect( stored ).toMatch( /^[a-f0-9]{64}$/ );

		const reply = await site().rest(
			`/wp24-helpdesk/v1/tickets/${ first.id }/messages`,
			{
				json: { body: 'Here is more detail.' },
				headers: { [ KEY_HEADER ]: first.guest_key },
			}
		);
		expect( reply.status ).toBe( 201 );
	} );

	it( 'keeps each customer’s tickets, threads and internal notes to themselves', async () => {
		const mine = ( await open( as.basicA, {} ) ).json();
		const theirs = ( await open( as.basicB, {} ) ).json();
		await as.tech.rest( `/wp24-helpdesk/v1/tickets/${ mine.id }/messages`, {
			json: {
				body: 'Customer seems to have edited functions.php',
				internal: true,
			},
		} );

		const missing = await as.basicA.rest(
			'/wp24-helpdesk/v1/tickets/99999999'
		);
		for ( const path of [ '', '/messages' ] ) {
			const foreign = await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ theirs.id }${ path }`
			);
			expect( foreign.status ).toBe( 404 );
			expect( foreign.json().code ).toBe( missing.json().code );
		}
		expect(
			(
				await as.basicA.rest(
					`/wp24-helpdesk/v1/tickets/${ theirs.id }/messages`,
					{ json: { body: 'hi' } }
				)
			).status
		).toBe( 404 );

		const list = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets?customer_id=${ users.basicB.id }&per_page=100`
			)
		).json();
		expect( list.map( ( t: { id: number } ) => t.id ) ).toContain(
			mine.id
		);
		expect( list.map( ( t: { id: number } ) => t.id ) ).not.toContain(
			theirs.id
		);

		const thread = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ mine.id }/messages`
			)
		).text;
		expect( thread ).not.toContain( 'functions.php' );
		const staffThread = (
			await as.tech.rest(
				`/wp24-helpdesk/v1/tickets/${ mine.id }/messages`
			)
		).json();
		expect( staffThread ).toEqual(
			expect.arrayContaining( [
				expect.objectContaining( {
					internal: true,
					author_role: 'technician',
				} ),
			] )
		);
		const refused = await as.basicA.rest(
			`/wp24-helpdesk/v1/tickets/${ mine.id }/messages`,
			{
				json: { body: 'note', internal: true },
			}
		);
		expect( refused.status ).toBe( 400 );
		expect(
			( await site().rest( '/wp24-helpdesk/v1/tickets' ) ).status
		).toBe( 401 );
	} );

	it( 'follows the lifecycle: staff reply waits on the customer, customer reply reopens, invalid moves are refused', async () => {
		const ticket = ( await open( as.basicA, {} ) ).json();
		const answered = (
			await as.tech.rest(
				`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`,
				{ json: { body: 'Can you send a screenshot?' } }
			)
		).json();
		expect( answered.status ).toBe( 'waiting_customer' );
		expect( answered.first_response_at ).toEqual( expect.any( String ) );

		const replied = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`,
				{ json: { body: 'Attached, thanks.' } }
			)
		).json();
		expect( replied.status ).toBe( 'open' );

		const closed = await as.tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{
				method: 'PATCH',
				json: { status: 'closed', close_reason: 'resolved' },
			}
		);
		expect( closed.json() ).toEqual(
			expect.objectContaining( {
				status: 'closed',
				close_reason: 'resolved',
			} )
		);
		const invalid = await as.tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{
				method: 'PATCH',
				json: { status: 'waiting_customer' },
			}
		);
		expect( invalid.status ).toBe( 409 );

		const reopened = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`,
				{ json: { body: 'It broke again.' } }
			)
		).json();
		expect( reopened ).toEqual(
			expect.objectContaining( { status: 'open', close_reason: '' } )
		);

		const thread = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`
			)
		).json();
		const system = thread.filter(
			( m: { author_role: string } ) => m.author_role === 'system'
		);
		expect( system.map( ( m: { body: string } ) => m.body ) ).toEqual( [
			'Status changed from New to Waiting for the customer.',
			'Status changed from Waiting for the customer to Open.',
			'Status changed from Open to Closed.',
			'Status changed from Closed to Open.',
		] );
	} );

	it( 'starts a linked follow-up ticket when the customer writes long after closing', async () => {
		// The ticket was opened and closed a month ago.
		await travel( site(), -30 * DAY );
		const guest = (
			await open( site(), {
				type: 'one-shot',
				name: 'Gemma Guest',
				email: 'gemma@example.test',
				subject: 'Menu broken',
			} )
		).json();
		await as.tech.rest( `/wp24-helpdesk/v1/tickets/${ guest.id }`, {
			method: 'PATCH',
			json: { status: 'closed', close_reason: 'resolved' },
		} );
		await travelBack( site() );
		const reply = await site().rest(
			`/wp24-helpdesk/v1/tickets/${ guest.id }/messages`,
			{
				json: { body: 'The menu is broken again since the update.' },
				headers: { [ KEY_HEADER ]: guest.guest_key },
			}
		);
		expect( reply.status ).toBe( 201 );
		const followUp = reply.json();
		expect( followUp ).toEqual(
			expect.objectContaining( {
				parent_id: guest.id,
				status: 'new',
				subject: 'Follow-up: Menu broken',
			} )
		);
		expect( followUp.id ).not.toBe( guest.id );
		expect( followUp.guest_key ).toMatch( /^[a-f0-9]{64}$/ );

		const read = ( id: number, key: string ) =>
			site().rest( `/wp24-helpdesk/v1/tickets/${ id }`, {
				headers: { [ KEY_HEADER ]: key },
			} );
		expect( ( await read( followUp.id, followUp.guest_key ) ).status ).toBe(
			200
		);
		expect( ( await read( followUp.id, guest.guest_key ) ).status ).toBe(
			404
		);
		const old = ( await read( guest.id, guest.guest_key ) ).json();
		expect( old.status ).toBe( 'closed' );
		const oldThread = (
			await site().rest(
				`/wp24-helpdesk/v1/tickets/${ guest.id }/messages`,
				{
					headers: { [ KEY_HEADER ]: guest.guest_key },
				}
			)
		).json();
		expect( oldThread[ oldThread.length - 1 ].body ).toContain(
			followUp.reference
		);
	} );

	it( 'lets a customer close their own ticket and nothing more', async () => {
		const ticket = ( await open( as.basicA, {} ) ).json();
		const priority = await as.basicA.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{
				method: 'PATCH',
				json: { priority: 'urgent' },
			}
		);
		expect( priority.status ).toBe( 403 );
		const closed = await as.basicA.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{
				method: 'PATCH',
				json: { status: 'closed' },
			}
		);
		expect( closed.json() ).toEqual(
			expect.objectContaining( {
				status: 'closed',
				close_reason: 'by_customer',
			} )
		);
		const foreign = await as.basicB.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{
				method: 'PATCH',
				json: { status: 'closed' },
			}
		);
		expect( foreign.status ).toBe( 404 );
	} );

	it( 'marks a request not covered, quotes it, and starts work only after the customer accepts', async () => {
		const ticket = (
			await open( as.basicA, {
				subject: 'I deleted my theme by mistake',
			} )
		).json();
		const marked = (
			await as.tech.rest( `/wp24-helpdesk/v1/tickets/${ ticket.id }`, {
				method: 'PATCH',
				json: {
					coverage: 'not_covered',
					coverage_reason: 'Caused by a change made on the site',
				},
			} )
		).json();
		expect( marked ).toEqual(
			expect.objectContaining( {
				coverage: 'not_covered',
				type: 'one-shot',
			} )
		);

		const early = await as.tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{
				method: 'PATCH',
				json: { status: 'open' },
			}
		);
		expect( early.status ).toBe( 409 );
		expect( early.json().code ).toBe( 'wp24hd_quote_not_accepted' );

		expect(
			(
				await as.basicA.rest(
					`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote`,
					{ json: { amount: 1, valid_until: '2099-01-01T00:00:00Z' } }
				)
			).status
		).toBe( 403 );
		const validUntil = new Date(
			Date.now() + 7 * 86400 * 1000
		).toISOString();
		const quote = await as.tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote`,
			{
				json: {
					amount: 120.5,
					currency: 'EUR',
					conditions: 'Restore from backup',
					valid_until: validUntil,
				},
			}
		);
		expect( quote.status ).toBe( 200 );
		const customerView = (
			await as.basicA.rest( `/wp24-helpdesk/v1/tickets/${ ticket.id }` )
		).json();
		expect( customerView.status ).toBe( 'quote_sent' );
		expect( customerView.quote ).toEqual(
			expect.objectContaining( {
				amount: 120.5,
				currency: 'EUR',
				status: 'sent',
				conditions: 'Restore from backup',
			} )
		);
		expect( customerView.quote ).not.toHaveProperty( 'decided_ip' );

		expect(
			(
				await as.basicB.rest(
					`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote/accept`,
					{ method: 'POST' }
				)
			).status
		).toBe( 404 );
		const accepted = await as.basicA.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote/accept`,
			{ method: 'POST' }
		);
		expect( accepted.json() ).toEqual(
			expect.objectContaining( {
				status: 'accepted',
				decided_at: expect.any( String ),
			} )
		);
		const staffView = (
			await as.tech.rest( `/wp24-helpdesk/v1/tickets/${ ticket.id }` )
		).json();
		expect( staffView.status ).toBe( 'open' );
		expect( staffView.quote ).toEqual(
			expect.objectContaining( {
				decided_by: users.basicA.id,
				decided_ip: '127.0.0.1',
			} )
		);
	} );

	it( 'refuses to accept an expired quote', async () => {
		// Two hours ago the technician sent a quote valid for one hour.
		await travel( site(), -2 * 3600 );
		const ticket = ( await open( as.noPlan, { type: 'one-shot' } ) ).json();
		const sent = await as.tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote`,
			{
				json: {
					amount: 80,
					valid_until: new Date(
						Date.now() - 3600 * 1000
					).toISOString(),
				},
			}
		);
		await travelBack( site() );
		expect( sent.status ).toBe( 200 );
		const response = await as.noPlan.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote/accept`,
			{ method: 'POST' }
		);
		expect( response.status ).toBe( 409 );
		expect( response.json().code ).toBe( 'wp24hd_quote_expired' );
	} );

	it( 'stores message bodies without active HTML', async () => {
		const ticket = (
			await open( as.basicA, {
				message:
					'<p>Look <a href="javascript:alert(1)" onclick="x()">here</a></p><script>alert(1)</script><img src=x onerror=alert(1)>',
			} )
		).json();
		const [ first ] = (
			await as.basicA.rest(
				`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`
			)
		).json();
		expect( first.body ).not.toMatch(
			/<script|onerror|onclick|javascript:|<img/i
		);
		expect( first.body ).toContain( 'here' );
	} );

	it( 'limits intake per email with 429 and Retry-After', async () => {
		const statuses: number[] = [];
		let last: HttpResponse | undefined;
		for ( let i = 0; i < 6; i++ ) {
			last = await open( site(), {
				type: 'one-shot',
				name: 'Spam',
				email: 'flood@example.test',
			} );
			statuses.push( last.status );
		}
		expect( statuses ).toEqual( [ 201, 201, 201, 201, 201, 429 ] );
		expect( Number( last?.headers.get( 'retry-after' ) ) ).toBeGreaterThan(
			0
		);
	} );

	it( 'drops bots silently: the honeypot filled, or the form posted within three seconds of its render', async () => {
		const tickets = async () =>
			Number(
				await site().php(
					`echo $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT COUNT(*) FROM %i', WP24\\Helpdesk\\Schema\\Tables::tickets() ) );`
				)
			);
		const token = async ( age: number ) =>
			site().php(
				`echo WP24\\Helpdesk\\Security\\Form_Timer::token( time() - ${ age } );`
			);
		const guest = ( email: string, extra: Record< string, unknown > ) =>
			open( site(), {
				type: 'one-shot',
				name: 'Visitor',
				email,
				...extra,
			} );
		const before = await tickets();

		for ( const extra of [
			{ website: 'http://spam.test' },
			{ website: 'x'.repeat( 5000 ) },
			// Signed as rendered a minute from now: a post at once, however slow the machine.
			{ started: await token( -60 ) },
		] ) {
			const dropped = await guest( 'bot@example.test', extra );
			expect( dropped.status ).toBe( 202 );
			expect( dropped.json() ).toEqual( { received: true } );
		}
		expect( await tickets() ).toBe( before );

		// A person's pace passes; so does a post that carries no time or a time the site did not sign
		// (only a genuine time can convict, and a bot leaving it out gains nothing over the rate limits).
		const fresh = await token( 0 );
		const [ time ] = fresh.split( '.' );
		for ( const [ email, extra ] of [
			[ 'slow@example.test', { started: await token( 5 ) } ],
			[ 'untimed@example.test', {} ],
			[
				'forged@example.test',
				{ started: `${ time }.${ 'a'.repeat( 32 ) }` },
			],
			[ 'garbled@example.test', { started: 'yesterday' } ],
		] as const ) {
			expect( ( await guest( email, extra ) ).status ).toBe( 201 );
		}
		expect( await tickets() ).toBe( before + 4 );

		expect(
			await site().phpJson( `
				$timer = WP24\\Helpdesk\\Security\\Form_Timer::class;
				$out   = array( 'default' => $timer::too_fast( $timer::token() ) );
				add_filter( 'wp24hd_min_fill_seconds', '__return_zero' );
				$out['switched off'] = $timer::too_fast( $timer::token() );
				echo wp_json_encode( $out );
			` )
		).toEqual( { default: true, 'switched off': false } );
	} );
} );
