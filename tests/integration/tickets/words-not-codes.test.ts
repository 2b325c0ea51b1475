/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

type Message = { author_role: string; author_name: string; body: string };

/**
 * People read words, never codes: statuses and priorities in the thread and in errors, settings
 * errors that name the field by its label, one date and one money format, the guest's name on
 * the guest's messages, and empty states that say what to do.
 */
describe( 'words, not codes', () => {
	const site = useSite();
	let tech: Session;
	let admin: Session;

	const guestTicket = async () => {
		const created = await site().rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject: 'Preventivo per il restyling',
				message: 'Vorremmo rinnovare la grafica del sito.',
				type: 'one-shot',
				name: 'Giulia Ospite',
				email: `giulia.${ Date.now() }@example.test`,
				consent: true,
			},
		} );
		expect( created.status ).toBe( 201 );
		return created.json().id as number;
	};

	const thread = async ( id: number ): Promise< Message[] > =>
		(
			await tech.rest( `/wp24-helpdesk/v1/tickets/${ id }/messages` )
		).json();

	beforeAll( async () => {
		const technician = await site().createUser( 'wp24hd_technician' );
		const owner = await site().createUser( 'administrator' );
		tech = await site().loginAs( technician.login, technician.password );
		admin = await site().loginAs( owner.login, owner.password );
	} );

	it( 'names statuses and priorities in words in the thread and in a refused move', async () => {
		const id = await guestTicket();
		await tech.rest( `/wp24-helpdesk/v1/tickets/${ id }`, {
			method: 'PATCH',
			json: { priority: 'urgent' },
		} );
		await tech.rest( `/wp24-helpdesk/v1/tickets/${ id }`, {
			method: 'PATCH',
			json: { status: 'closed', close_reason: 'resolved' },
		} );
		const refused = await tech.rest( `/wp24-helpdesk/v1/tickets/${ id }`, {
			method: 'PATCH',
			json: { status: 'waiting_customer' },
		} );
		expect( refused.status ).toBe( 409 );
		expect( refused.json().message ).toBe(
			'status: a ticket cannot go from Closed to Waiting for the customer.'
		);
		const notes = ( await thread( id ) )
			.filter( ( m ) => m.author_role === 'system' )
			.map( ( m ) => m.body )
			.filter( ( body ) => ! body.startsWith( 'Email' ) );
		expect( notes ).toEqual( [
			'Priority changed to Urgent.',
			'Status changed from New to Closed.',
		] );
	} );

	it( 'signs a guest’s message with the name they gave', async () => {
		const id = await guestTicket();
		const customer = ( await thread( id ) ).filter(
			( m ) => m.author_role === 'customer'
		);
		expect( customer.map( ( m ) => m.author_name ) ).toEqual( [
			'Giulia Ospite',
		] );
	} );

	it( 'writes a quote’s amount and date in the thread as the admin app writes them', async () => {
		const id = await guestTicket();
		const sent = await tech.rest(
			`/wp24-helpdesk/v1/tickets/${ id }/quote`,
			{
				json: {
					amount: 350,
					currency: 'EUR',
					conditions: 'Nuova grafica in dieci giorni lavorativi.',
					valid_until: '2027-10-21T12:00:00Z',
				},
			}
		);
		expect( sent.status ).toBe( 200 );
		expect(
			( await thread( id ) )
				.map( ( m ) => m.body )
				.filter( ( body ) => body.startsWith( 'Quote sent' ) )
		).toEqual( [
			'Quote sent: 350.00 EUR, valid until Thursday 21 October 2027. The work starts once you accept it.',
		] );
	} );

	it.each( [
		[
			{ auto_close_days: 0 },
			'auto_close_days',
			'Days before a waiting ticket closes automatically: enter a whole number from 1 to 60.',
		],
		[
			{ attachment_max_mb: 'many' },
			'attachment_max_mb',
			'Largest attachment (MB): enter a whole number from 1 to 50.',
		],
		[
			{ timezone: 'Mars/Olympus' },
			'timezone',
			'Timezone of the business hours: choose one of the values in the list.',
		],
		[
			{ closures: [ '2026-02-30' ] },
			'closures',
			'Extra closed days (YYYY-MM-DD): 2026-02-30 is not a calendar date.',
		],
		[
			{ support_email: 'help at example' },
			'support_email',
			'Support email: enter a valid email address, or leave it empty.',
		],
		[
			{
				weekly_hours: {
					monday: [
						{ open: '09:30', close: '13:00' },
						{ open: '12:00', close: '19:30' },
					],
				},
			},
			'weekly_hours',
			'Opening hours on Monday: each interval must open before it closes and must not overlap another.',
		],
	] )(
		'names the setting by its label when refusing %j',
		async ( body, key, words ) => {
			const response = await admin.rest( '/wp24-helpdesk/v1/settings', {
				method: 'PATCH',
				json: body,
			} );
			expect( response.status ).toBe( 400 );
			const error = response.json();
			expect( error.data.params ).toEqual( { [ key ]: words } );
			expect( error.message ).not.toContain( 'inclusive' );
			expect( error.message ).not.toContain( `${ key } ` );
		}
	);

	it( 'gives the admin app the server’s words for statuses and priorities, and its day format', async () => {
		const page = await tech.request(
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		const data = JSON.parse(
			/window\.wp24hdAdmin = (\{.*?\});/.exec( page.text )?.[ 1 ] ?? '{}'
		);
		expect( data.statuses ).toEqual( [
			{ value: 'new', label: 'New' },
			{ value: 'open', label: 'Open' },
			{ value: 'waiting_customer', label: 'Waiting for the customer' },
			{ value: 'quote_sent', label: 'Quote sent' },
			{ value: 'closed', label: 'Closed' },
		] );
		expect( data.priorities ).toEqual( [
			{ value: 'normal', label: 'Normal' },
			{ value: 'urgent', label: 'Urgent' },
		] );
		expect( data.dayFormat ).toBe( 'l j F Y' );
	} );

	it( 'tells a customer without tickets where to open one', async () => {
		const html = await site().php( `
			$support = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Support', 'post_status' => 'publish' ) );
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'support_page_id' => $support ) );
			echo do_blocks( '<!-- wp:wp24-helpdesk/my-tickets /-->' ) . '|' . get_permalink( $support );
		` );
		const [ block, support ] = html.split( '|' );
		// The empty list says so, and the New ticket button (shown for an empty list too) leads to the form.
		expect( block ).toContain( 'You have no support tickets yet.' );
		expect( block ).toContain(
			`<a class="wp-block-button__link wp-element-button" href="${ support }">New ticket</a>`
		);
	} );
} );
