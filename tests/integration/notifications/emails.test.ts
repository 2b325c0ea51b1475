/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

type Mail = {
	to: string[];
	subject: string;
	html: string;
	text: string;
	headers: string[];
	locale: string;
};

const KEY_HEADER = 'X-WP24-Ticket-Key';

/**
 * Notifications through wp_mail: who gets what, in which language, with which link, and that
 * nothing of another customer or of raw markup gets in.
 */
describe( 'email notifications', () => {
	const site = useSite();
	let tech: Session;
	let italian: Session;

	/** What the mail catcher caught since the last call. */
	const caught = () =>
		site().phpJson< Mail[] >( `
			echo wp_json_encode( get_option( 'wp24hd_test_mails', array() ) );
			delete_option( 'wp24hd_test_mails' );
		` );

	const open = ( body: Record< string, unknown >, as?: Session ) =>
		( as ?? site() ).rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				message: 'The checkout page shows an error since this morning.',
				consent: true,
				type: 'one-shot',
				...body,
			},
		} );

	beforeAll( async () => {
		// An (empty) Italian catalogue makes it_IT an installed language, so WordPress can switch to it.
		await site().php( `
			wp_mkdir_p( WP_LANG_DIR );
			file_put_contents( WP_LANG_DIR . '/it_IT.mo', pack( 'V7', 0x950412de, 0, 0, 28, 28, 0, 28 ) );
			update_option( 'admin_email', 'staff@agency.test' );
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'oncall_emails' => array( 'oncall@agency.test' ), 'support_email' => 'help@agency.test' ) );
		` );
		const t = await site().createUser( 'wp24hd_technician' );
		tech = await site().loginAs( t.login, t.password );
		const customer = await site().createUser( 'subscriber' );
		await site().php(
			`update_user_meta( ${ customer.id }, 'locale', 'it_IT' );`
		);
		italian = await site().loginAs( customer.login, customer.password );
		await caught();
	} );

	it( 'sends a guest the receipt with the answer time and a link carrying their key, and staff a notice', async () => {
		const response = await open( {
			subject: 'Checkout <script>alert(1)</script> broken',
			name: 'Gina Guest',
			email: 'gina@example.test',
		} );
		expect( response.status ).toBe( 201 );
		const ticket = response.json();
		const mails = await caught();

		const receipt = mails.find( ( m ) =>
			m.to.includes( 'gina@example.test' )
		);
		expect( receipt?.subject ).toBe(
			`We received your request ${ ticket.reference }: Checkout broken`
		);
		expect( receipt?.text ).toMatch(
			/We will answer by \w+ \d+ \w+ at \d\d:\d\d\./
		);
		expect( receipt?.text ).toContain( 'priced by a quote' );
		expect( receipt?.html ).toContain(
			`wp24hd_ticket=${ ticket.id }&#038;wp24hd_key=${ ticket.guest_key }`
		);
		expect( receipt?.html ).not.toMatch( /<script/i );
		expect( receipt?.headers ).toEqual(
			expect.arrayContaining( [
				'Content-Type: text/html; charset=UTF-8',
				'Content-Language: en-US',
				'Reply-To: help@agency.test',
			] )
		);

		const staff = mails.find( ( m ) =>
			m.to.includes( 'staff@agency.test' )
		);
		expect( staff?.subject ).toBe(
			`New ticket ${ ticket.reference }: Checkout broken`
		);
		expect( staff?.html ).toContain(
			`admin.php?page=wp24-helpdesk#/tickets/${ ticket.id }`
		);
		// Staff mail never carries the guest's key; the key opens the ticket.
		expect( staff?.html ).not.toContain( ticket.guest_key );
		expect( mails ).toHaveLength( 2 );

		const opened = await site().rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }`,
			{ headers: { [ KEY_HEADER ]: ticket.guest_key } }
		);
		expect( opened.status ).toBe( 200 );
	} );

	it( 'tells the on-call addresses at once about an urgent ticket', async () => {
		const ticket = (
			await open( {
				subject: 'Site down',
				priority: 'urgent',
				name: 'Ugo Urgent',
				email: 'ugo@example.test',
			} )
		).json();
		const mails = await caught();
		const oncall = mails.find( ( m ) =>
			m.to.includes( 'oncall@agency.test' )
		);
		expect( oncall?.subject ).toBe(
			`[Urgent] ${ ticket.reference }: Site down`
		);
		const receipt = mails.find( ( m ) =>
			m.to.includes( 'ugo@example.test' )
		);
		expect( receipt?.text ).toContain(
			'we answer urgent requests within 24 hours'
		);
		expect(
			mails.some( ( m ) => m.to.includes( 'staff@agency.test' ) )
		).toBe( false );
	} );

	it( "sends the answer to the customer, the customer's reply and an accepted quote to the assignee, each with its words and link", async () => {
		const ticket = (
			await open( {
				subject: 'Broken form',
				name: 'Rita Reply',
				email: 'rita@example.test',
			} )
		).json();
		const techId = Number(
			await site().php(
				'echo get_user_by( "login", ' +
					JSON.stringify( tech.login ) +
					' )->ID;'
			)
		);
		await caught();
		const answer = await tech.rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`,
			{
				json: {
					body: '<p>Clear the cache, then try again.</p>',
					internal: false,
					status: 'waiting_customer',
				},
			}
		);
		expect( answer.status ).toBe( 201 );
		const [ reply ] = await caught();
		expect( reply.to ).toEqual( [ 'rita@example.test' ] );
		expect( reply.subject ).toBe(
			`New reply to your ticket ${ ticket.reference }: Broken form`
		);
		expect( reply.text ).toContain( 'Our technicians answered you' );
		expect( reply.text ).toContain( 'Clear the cache, then try again.' );
		expect( reply.text ).toContain(
			'without one, the ticket closes automatically after 7 days'
		);

		await tech.rest( `/wp24-helpdesk/v1/tickets/${ ticket.id }`, {
			method: 'PATCH',
			json: { assignee_id: techId },
		} );
		await caught();
		const back = await site().rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/messages`,
			{
				json: { body: 'Still broken.' },
				headers: { [ KEY_HEADER ]: ticket.guest_key },
			}
		);
		expect( back.status ).toBe( 201 );
		const [ toAssignee ] = await caught();
		expect( toAssignee.to ).toEqual( [ `${ tech.login }@example.test` ] );
		expect( toAssignee.subject ).toBe(
			`Customer reply on ${ ticket.reference }: Broken form`
		);
		expect( toAssignee.text ).toContain(
			`Ticket ${ ticket.reference } from Rita Reply (plan: none), type one-shot, priority normal.`
		);
		// The customer's words stay in the Helpdesk.
		expect( toAssignee.text ).not.toContain( 'Still broken.' );

		const valid = new Date( Date.now() + 7 * 86400000 ).toISOString();
		await tech.rest( `/wp24-helpdesk/v1/tickets/${ ticket.id }/quote`, {
			json: {
				amount: 1250,
				currency: 'EUR',
				conditions: 'Fix the form.',
				valid_until: valid,
				send: true,
			},
		} );
		await caught();
		const accepted = await site().rest(
			`/wp24-helpdesk/v1/tickets/${ ticket.id }/quote/accept`,
			{ method: 'POST', headers: { [ KEY_HEADER ]: ticket.guest_key } }
		);
		expect( accepted.status ).toBe( 200 );
		const mails = await caught();
		const confirm = mails.find( ( m ) =>
			m.to.includes( 'rita@example.test' )
		);
		expect( confirm?.subject ).toBe(
			`Quote accepted for ${ ticket.reference }: Broken form`
		);
		expect( confirm?.text ).toContain(
			'You accepted the quote of 1,250.00 EUR.'
		);
		const staff = mails.find( ( m ) =>
			m.to.includes( `${ tech.login }@example.test` )
		);
		expect( staff?.subject ).toBe(
			`Quote accepted on ${ ticket.reference }: Broken form`
		);
		expect( staff?.text ).toContain(
			'Accepted amount: 1,250.00 EUR. The ticket is open again; the work can start.'
		);
		expect( staff?.html ).toContain(
			`admin.php?page=wp24-helpdesk#/tickets/${ ticket.id }`
		);
		expect( mails ).toHaveLength( 2 );
	} );

	it( 'writes to a customer in the language of their profile, with their own ticket only', async () => {
		const other = (
			await open( {
				subject: 'Someone else’s secret problem',
				name: 'Other',
				email: 'other@example.test',
			} )
		).json();
		const mine = (
			await open( { subject: 'Mia richiesta' }, italian )
		).json();
		await caught();

		const reply = await tech.rest(
			`/wp24-helpdesk/v1/tickets/${ mine.id }/messages`,
			{
				json: {
					body: '<p>Ecco il <strong>preventivo</strong> richiesto.</p><img src=x onerror=alert(1)>',
				},
			}
		);
		expect( reply.status ).toBe( 201 );
		const mails = await caught();
		expect( mails ).toHaveLength( 1 );
		const [ mail ] = mails;
		expect( mail.locale ).toBe( 'it_IT' );
		expect( mail.headers ).toContain( 'Content-Language: it-IT' );
		expect( mail.html ).toContain( '<html lang="it-IT">' );
		// In Italian: the plugin ships it_IT (languages/), switched to for this recipient.
		expect( mail.subject ).toBe(
			`Nuova risposta al tuo ticket ${ mine.reference }: Mia richiesta`
		);
		expect( mail.text ).toContain( 'Ecco il preventivo richiesto.' );
		expect( mail.html ).not.toMatch( /onerror|<img|<strong>/ );
		// A customer's link needs their login, never a key.
		expect( mail.html ).toContain( `wp24hd_ticket=${ mine.id }` );
		expect( mail.html ).not.toContain( 'wp24hd_key' );
		const all = JSON.stringify( mail );
		expect( all ).not.toContain( other.reference );
		expect( all ).not.toContain( 'secret problem' );
		expect( all ).not.toContain( 'other@example.test' );

		// The send is on the thread for staff, not for the customer.
		const staffView = (
			await tech.rest( `/wp24-helpdesk/v1/tickets/${ mine.id }/messages` )
		).json();
		const customerView = (
			await italian.rest(
				`/wp24-helpdesk/v1/tickets/${ mine.id }/messages`
			)
		).json();
		const isNote = ( m: { body: string } ) => m.body.startsWith( 'Email ' );
		expect( staffView.filter( isNote ).length ).toBeGreaterThanOrEqual( 2 );
		expect( customerView.filter( isNote ) ).toEqual( [] );
	} );

	it( 'sends nothing for a notification switched off in the settings', async () => {
		const off = await tech.rest( '/wp24-helpdesk/v1/settings', {
			json: { notifications: { ticket_received: false } },
		} );
		// Technicians may not change settings; the administrator does.
		expect( off.status ).toBe( 403 );
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'notifications' => array( 'ticket_received' => false ) ) );`
		);
		await open( {
			subject: 'Quiet please',
			name: 'Quinto',
			email: 'quinto@example.test',
		} );
		const mails = await caught();
		expect( mails.map( ( m ) => m.to[ 0 ] ) ).toEqual( [
			'staff@agency.test',
		] );
		const settings = await site().phpJson(
			`echo wp_json_encode( ( new WP24\\Helpdesk\\Settings\\Settings() )->all()['notifications'] );`
		);
		expect( settings.ticket_received ).toBe( false );
		expect( settings.technician_reply ).toBe( true );
	} );

	it( 'lets a theme override one email’s template', async () => {
		await site().php( `
			$dir = get_stylesheet_directory() . '/wp24-helpdesk/emails';
			wp_mkdir_p( $dir );
			file_put_contents( $dir . '/staff_new_ticket.php', '<?php echo "THEME TEMPLATE: " . esc_html( $email->subject );' );
		` );
		const ticket = (
			await open( {
				subject: 'Themed',
				name: 'Tema',
				email: 'tema@example.test',
			} )
		).json();
		const mails = await caught();
		await site().php(
			`unlink( get_stylesheet_directory() . '/wp24-helpdesk/emails/staff_new_ticket.php' );`
		);
		const staff = mails.find( ( m ) =>
			m.to.includes( 'staff@agency.test' )
		);
		expect( staff?.html ).toBe(
			`THEME TEMPLATE: New ticket ${ ticket.reference }: Themed`
		);
		expect( staff?.text ).toContain( 'New ticket' );
	} );
} );
