/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

type Message = { author_role: string; body: string; internal: boolean };

/**
 * A technician chooses the status a reply leaves the ticket in (send and wait for the customer,
 * keep open, close); only technicians may, never with a note, and only along the lifecycle.
 */
describe( 'the status chosen when sending a reply', () => {
	const site = useSite();
	let tech: Session;
	let customer: Session;

	/**
	 * Opens a ticket as the customer.
	 *
	 * @param type Request type.
	 */
	const openTicket = async ( type = 'one-shot' ): Promise< number > => {
		const created = await customer.rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject: 'The shop page is slow',
				message: 'The shop page takes ten seconds to load.',
				type,
				consent: true,
			},
		} );
		expect( created.status ).toBe( 201 );
		return created.json().id;
	};

	/**
	 * Sends a message to a ticket.
	 *
	 * @param as   Who.
	 * @param id   Ticket.
	 * @param body Fields.
	 */
	const send = ( as: Session, id: number, body: Record< string, unknown > ) =>
		as.rest( `/wp24-helpdesk/v1/tickets/${ id }/messages`, {
			json: { body: 'We are on it: an update within the hour.', ...body },
		} );

	const thread = async ( id: number ): Promise< Message[] > =>
		(
			await tech.rest( `/wp24-helpdesk/v1/tickets/${ id }/messages` )
		).json();

	const systemNotes = async ( id: number ) =>
		( await thread( id ) )
			.filter( ( m ) => m.author_role === 'system' && ! m.internal )
			.map( ( m ) => m.body );

	const stored = ( id: number ) =>
		site().phpJson< { status: string; close_reason: string } >( `
			global $wpdb;
			echo wp_json_encode( $wpdb->get_row( $wpdb->prepare( "SELECT status, close_reason FROM {$wpdb->prefix}wp24hd_tickets WHERE id = %d", ${ id } ), ARRAY_A ) );
		` );

	beforeAll( async () => {
		const technician = await site().createUser( 'wp24hd_technician' );
		const user = await site().createUser( 'subscriber' );
		tech = await site().loginAs( technician.login, technician.password );
		customer = await site().loginAs( user.login, user.password );
		// A plan holder, so support tickets (which may be kept open) can be opened.
		await site().php( `
			$svc  = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), new WP24\\Helpdesk\\Plans\\Plan_Post_Type() ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() );
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ user.id }, $plan, 1, 11, new DateTimeImmutable( '-10 days', new DateTimeZone( 'UTC' ) ) ) );
		` );
	} );

	beforeEach( async () => {
		// Intake's rate limits are tested on their own; each test starts with fresh counters.
		await site().php(
			`$GLOBALS['wpdb']->query( "DELETE FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '%wp24hd\\\\_rl\\\\_%'" );`
		);
	} );

	it.each( [
		[
			'waiting_customer',
			'waiting_customer',
			'',
			'Status changed from New to Waiting for the customer.',
		],
		[
			'closed',
			'closed',
			'resolved',
			'Status changed from New to Closed.',
		],
	] )(
		'sends and leaves a new ticket %s, with the change in the thread',
		async ( choice, status, reason, note ) => {
			const id = await openTicket();
			const sent = await send( tech, id, { status: choice } );
			expect( sent.status ).toBe( 201 );
			expect( sent.json().status ).toBe( status );
			expect( await stored( id ) ).toEqual( {
				status,
				close_reason: reason,
			} );
			expect( await systemNotes( id ) ).toEqual( [ note ] );
		}
	);

	it( 'sends and keeps a ticket open, and a reply to an open ticket that stays open adds no status note', async () => {
		const id = await openTicket( 'support' );
		const sent = await send( tech, id, { status: 'open' } );
		expect( sent.status ).toBe( 201 );
		expect( sent.json().status ).toBe( 'open' );
		expect( await stored( id ) ).toEqual( {
			status: 'open',
			close_reason: '',
		} );
		expect( await systemNotes( id ) ).toEqual( [
			'Status changed from New to Open.',
		] );

		const again = await send( tech, id, { status: 'open' } );
		expect( again.json().status ).toBe( 'open' );
		expect( await systemNotes( id ) ).toEqual( [
			'Status changed from New to Open.',
		] );

		// Then wait for the customer: the auto-close countdown starts.
		const waiting = await send( tech, id, { status: 'waiting_customer' } );
		expect( waiting.json().status ).toBe( 'waiting_customer' );
		expect( await systemNotes( id ) ).toEqual( [
			'Status changed from New to Open.',
			'Status changed from Open to Waiting for the customer.',
		] );
		expect(
			await site().phpJson( `
				global $wpdb;
				echo wp_json_encode( $wpdb->get_var( $wpdb->prepare( "SELECT waiting_since IS NOT NULL FROM {$wpdb->prefix}wp24hd_tickets WHERE id = %d", ${ id } ) ) );
			` )
		).toBe( '1' );
	} );

	it( 'reopens a closed ticket with the reply, or keeps it closed', async () => {
		const id = await openTicket( 'support' );
		await send( tech, id, { status: 'closed' } );
		const kept = await send( tech, id, {
			body: 'One more thing for your records.',
			status: 'closed',
		} );
		expect( kept.json().status ).toBe( 'closed' );
		const reopened = await send( tech, id, { status: 'open' } );
		expect( reopened.json() ).toEqual(
			expect.objectContaining( { status: 'open', close_reason: '' } )
		);
		expect( await systemNotes( id ) ).toEqual( [
			'Status changed from New to Closed.',
			'Status changed from Closed to Open.',
		] );
	} );

	it( 'refuses a status the lifecycle or the quote rule forbids, and stores nothing of the reply', async () => {
		const oneShot = await openTicket( 'one-shot' );
		const notAccepted = await send( tech, oneShot, { status: 'open' } );
		expect( notAccepted.status ).toBe( 409 );
		expect( notAccepted.json().code ).toBe( 'wp24hd_quote_not_accepted' );

		const quoteSent = await send( tech, oneShot, { status: 'quote_sent' } );
		expect( quoteSent.status ).toBe( 409 );
		expect( quoteSent.json().code ).toBe( 'wp24hd_quote_not_sent' );

		const closed = await openTicket( 'support' );
		await send( tech, closed, { status: 'closed' } );
		const backToWaiting = await send( tech, closed, {
			body: 'Please reply to this.',
			status: 'waiting_customer',
		} );
		expect( backToWaiting.status ).toBe( 409 );
		expect( backToWaiting.json().code ).toBe( 'wp24hd_invalid_transition' );

		const unknown = await send( tech, closed, { status: 'new' } );
		expect( unknown.status ).toBe( 400 );

		expect(
			( await thread( oneShot ) ).filter(
				( m ) => m.author_role === 'technician'
			)
		).toEqual( [] );
		expect(
			( await thread( closed ) )
				.filter( ( m ) => m.author_role === 'technician' )
				.map( ( m ) => m.body )
		).toEqual( [ 'We are on it: an update within the hour.' ] );
		expect( await stored( oneShot ) ).toEqual( {
			status: 'new',
			close_reason: '',
		} );
	} );

	it( 'lets only technicians choose, and never with an internal note', async () => {
		const id = await openTicket( 'support' );
		const byCustomer = await send( customer, id, {
			body: 'Please close it now.',
			status: 'closed',
		} );
		expect( byCustomer.status ).toBe( 403 );
		expect( byCustomer.json().code ).toBe( 'wp24hd_status_forbidden' );

		const note = await send( tech, id, {
			body: 'Looks like a cache plugin.',
			internal: true,
			status: 'closed',
		} );
		expect( note.status ).toBe( 400 );
		expect( note.json().code ).toBe( 'wp24hd_note_status' );

		expect(
			( await thread( id ) )
				.filter( ( m ) => m.author_role !== 'system' )
				.map( ( m ) => m.body )
		).toEqual( [ 'The shop page takes ten seconds to load.' ] );
		expect( await stored( id ) ).toEqual( {
			status: 'new',
			close_reason: '',
		} );
	} );
} );
