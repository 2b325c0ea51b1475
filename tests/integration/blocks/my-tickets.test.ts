/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

/**
 * My tickets: the page never carries ticket data or a guest key (the browser loads them through
 * REST), and REST gives the block what it prints: plain text, labels, the auto-close date.
 */
describe( 'my-tickets block', () => {
	const site = useSite();

	it( 'renders a shell without ticket data, and never echoes a guest key from the URL', async () => {
		const path = await site().php( `
			$id = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'I miei ticket', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/my-tickets /-->' ) );
			echo wp_make_link_relative( get_permalink( $id ) );
		` );
		const key = 'c0ffee'.repeat( 10 ) + 'abcd';
		const page = await site().request(
			`${ path }${ path.includes( '?' ) ? '&' : '?' }wp24hd_ticket=7&wp24hd_key=${ key }`
		);
		expect( page.status ).toBe( 200 );
		expect( page.text ).toContain(
			'data-wp-interactive="wp24-helpdesk/my-tickets"'
		);
		expect( page.text ).toContain( 'Log in to see your support tickets.' );
		expect( page.text ).not.toContain( key );
		expect( page.text ).toMatch(
			/<script(?=[^>]*type="module")[^>]*src="[^"]*build\/my-tickets\/view\.js\?ver=/
		);
	} );

	it( 'sends no-referrer and no-store on a page opened with a guest key, and not on the same page without one', async () => {
		const path = await site().php( `
			$id = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Ticket link', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/my-tickets /-->' ) );
			echo wp_make_link_relative( get_permalink( $id ) );
		` );
		const join = path.includes( '?' ) ? '&' : '?';
		const keyed = await site().request(
			`${ path }${ join }wp24hd_ticket=7&wp24hd_key=${ 'ab'.repeat( 32 ) }`
		);
		expect( keyed.status ).toBe( 200 );
		expect( keyed.headers.get( 'referrer-policy' ) ).toBe( 'no-referrer' );
		expect(
			( keyed.headers.get( 'cache-control' ) ?? '' ).split( /,\s*/ )
		).toContain( 'no-store' );

		const plain = await site().request(
			`${ path }${ join }wp24hd_ticket=7`
		);
		expect( plain.status ).toBe( 200 );
		expect( plain.headers.get( 'referrer-policy' ) ).toBeNull();
		expect( plain.headers.get( 'cache-control' ) ?? '' ).not.toContain(
			'no-store'
		);
	} );

	it( 'gives a waiting customer the status in words, the auto-close date and the reply as text', async () => {
		const customer = await site().createUser( 'subscriber' );
		const ticketId = await site().phpJson< number >( `
			$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc      = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, $ents, $plans, $settings = new WP24\\Helpdesk\\Settings\\Settings(), new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$replies  = new WP24\\Helpdesk\\Tickets\\Reply_Service( $repo, new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, new WP24\\Helpdesk\\Settings\\Settings() ) );
			$ticket   = $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( ${ customer.id }, 'Slow site', 'The home page takes ten seconds to load.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) )['ticket'];
			$replies->reply( $ticket, 1, true, '<p>First line &amp; more</p><p>Second <strong>paragraph</strong><br>next line</p>' );
			echo $ticket->id();
		` );
		const session = await site().loginAs(
			customer.login,
			customer.password
		);
		const ticket = (
			await session.rest( `/wp24-helpdesk/v1/tickets/${ ticketId }` )
		).json();
		expect( ticket.status_label ).toBe( 'Waiting for your reply' );
		expect( ticket.auto_close_label ).toMatch( /^\w+ \d+ \w+, \d\d:\d\d$/ );
		const messages = (
			await session.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json();
		const reply = messages.find(
			( m: { author_role: string } ) => m.author_role === 'technician'
		);
		expect( reply.text ).toBe(
			'First line & more\n\nSecond paragraph\nnext line'
		);
	} );

	it( 'gives My tickets the last reply and who wrote it, an unread mark until opened, the badges and the answer due', async () => {
		const customer = await site().createUser( 'subscriber' );
		const [ quoted, awaited ] = await site().phpJson<
			[ number, number ]
		>( `
			$plans  = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$ents   = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$repo   = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc    = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, $ents, $plans, $settings = new WP24\\Helpdesk\\Settings\\Settings(), new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$lifecycle = new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, new WP24\\Helpdesk\\Settings\\Settings() );
			$intake = static fn( string $subject, string $priority ) => $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( ${ customer.id }, $subject, 'Please have a look at the checkout page.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::from( $priority ), '', '', true ) )['ticket'];
			$quoted = $intake( 'Checkout broken', 'urgent' );
			$quoted = ( new WP24\\Helpdesk\\Tickets\\Reply_Service( $repo, $lifecycle ) )->reply( $quoted, 1, true, '<p>We can fix it: here is a quote.</p>' );
			( new WP24\\Helpdesk\\Tickets\\Quote_Service( $repo, $lifecycle ) )->create( $quoted, 18000, 'EUR', 'Two days of work.', new DateTimeImmutable( '+14 days', new DateTimeZone( 'UTC' ) ), true, 1 );
			$awaited = $intake( 'New contact page', 'normal' );
			echo wp_json_encode( array( $quoted->id(), $awaited->id() ) );
		` );
		const session = await site().loginAs(
			customer.login,
			customer.password
		);
		const list = async () => {
			const tickets = (
				await session.rest( '/wp24-helpdesk/v1/tickets' )
			).json() as Array< Record< string, any > >;
			return Object.fromEntries(
				tickets.map( ( ticket ) => [ ticket.id, ticket ] )
			);
		};
		const DATE = /^\w+ \d+ \w+, \d\d:\d\d$/;

		const before = await list();
		expect( before[ quoted ] ).toMatchObject( {
			status_label: 'Quote to accept',
			last_reply_by: 'team',
			unread: true,
			answer_due_label: null,
			badges: [
				{ kind: 'urgent', label: 'Urgent' },
				{ kind: 'quote', label: 'Quote' },
				{ kind: 'unread', label: 'New reply' },
			],
		} );
		expect( before[ quoted ].last_reply_label ).toMatch( DATE );
		expect( before[ quoted ].created_label ).toMatch( DATE );
		// Not answered yet: the customer wrote last, and the answer is due at a stated time.
		expect( before[ awaited ] ).toMatchObject( {
			status_label: 'Received',
			last_reply_by: 'customer',
			unread: false,
			badges: [],
		} );
		expect( before[ awaited ].answer_due_label ).toMatch( DATE );

		// Opening the ticket reads it.
		expect(
			(
				await session.rest( `/wp24-helpdesk/v1/tickets/${ quoted }` )
			).json().unread
		).toBe( false );
		const after = await list();
		expect( after[ quoted ].unread ).toBe( false );
		expect( after[ quoted ].badges ).toEqual( [
			{ kind: 'urgent', label: 'Urgent' },
			{ kind: 'quote', label: 'Quote' },
		] );

		// A read before the team's last reply leaves the ticket unread.
		await site().php(
			`update_user_meta( ${ customer.id }, 'wp24hd_ticket_reads', array( ${ quoted } => time() - 3600 ) );`
		);
		expect( ( await list() )[ quoted ].unread ).toBe( true );
	} );
} );
