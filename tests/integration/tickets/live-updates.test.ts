/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

type Answer = {
	cursor: { tickets: number; messages: number };
	new_tickets: Array< {
		id: number;
		reference: string;
		subject: string;
		priority: string;
	} >;
	changed: number[];
	viewers: Record< string, string[] >;
};

/**
 * The Heartbeat answer of the technicians' workspace (`heartbeat_received`, key `wp24hd`): staff
 * get what changed since their last tick; customers and visitors get nothing of the plugin's.
 */
describe( 'live updates through the Heartbeat API', () => {
	const site = useSite();
	let tech: Session;
	let other: Session;
	let customer: Session;
	let customerId: number;

	/**
	 * The heartbeat nonce WordPress prints on an admin screen for the session's user.
	 *
	 * @param who  Session.
	 * @param path Admin screen the user may open.
	 */
	const heartbeatNonce = async ( who: Session, path: string ) => {
		const page = await who.request( path );
		const match = page.text.match(
			/heartbeatSettings\s*=\s*\{[^}]*"nonce":"([a-f0-9]+)"/
		);
		return match?.[ 1 ] ?? '';
	};

	/**
	 * One heartbeat as wp.heartbeat sends it: form fields `data[wp24hd][…]`.
	 *
	 * @param who    Session, or null for a visitor without cookies.
	 * @param nonce  Heartbeat nonce.
	 * @param fields Our key's fields, flattened (`since][tickets` → value).
	 */
	const beat = async (
		who: Session | null,
		nonce: string,
		fields: Record< string, string >
	) => {
		const form: Record< string, string > = {
			action: 'heartbeat',
			_nonce: nonce,
			screen_id: 'toplevel_page_wp24-helpdesk',
			has_focus: 'true',
			interval: '15',
		};
		for ( const [ key, value ] of Object.entries( fields ) ) {
			form[ `data[wp24hd][${ key }]` ] = value;
		}
		const response = await ( who ?? site() ).request(
			'/wp-admin/admin-ajax.php',
			{ method: 'POST', form }
		);
		return { status: response.status, body: response.json() };
	};

	const open = ( priority: string, subject: string ) =>
		site().phpJson< { id: number; reference: string } >( `
			$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$svc      = new WP24\\Helpdesk\\Tickets\\Intake_Service( new WP24\\Helpdesk\\Tickets\\Ticket_Repository(), $ents, $plans, $settings, new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$ticket   = $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( ${ customerId }, ${ JSON.stringify(
				subject
			) }, 'Il sito non risponde.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::from( '${ priority }' ), '', '', true ) )['ticket'];
			echo wp_json_encode( array( 'id' => $ticket->id(), 'reference' => $ticket->reference ) );
		` );

	beforeAll( async () => {
		const t = await site().createUser( 'wp24hd_technician' );
		tech = await site().loginAs( t.login, t.password );
		const o = await site().createUser( 'wp24hd_technician' );
		other = await site().loginAs( o.login, o.password );
		const c = await site().createUser( 'subscriber' );
		customerId = c.id;
		customer = await site().loginAs( c.login, c.password );
	} );

	it( 'gives staff the cursor first, then the new tickets and the threads that grew since', async () => {
		const nonce = await heartbeatNonce(
			tech,
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		expect( nonce ).toMatch( /^[a-f0-9]{10}$/ );
		const before = await open( 'normal', 'Prima del battito' );

		const first = await beat( tech, nonce, { 'tickets][': '0' } );
		expect( first.status ).toBe( 200 );
		const start = first.body.wp24hd as Answer;
		expect( start.new_tickets ).toEqual( [] );
		expect( start.changed ).toEqual( [] );
		expect( start.cursor.tickets ).toBe( before.id );

		const urgent = await open( 'urgent', 'Sito giù di domenica' );
		const reply = await customer.rest(
			`/wp24-helpdesk/v1/tickets/${ before.id }/messages`,
			{ method: 'POST', json: { body: 'Ecco lo screenshot.' } }
		);
		expect( reply.status ).toBe( 201 );

		const next = await beat( tech, nonce, {
			'since][tickets': String( start.cursor.tickets ),
			'since][messages': String( start.cursor.messages ),
		} );
		const answer = next.body.wp24hd as Answer;
		expect( answer.new_tickets ).toEqual( [
			{
				id: urgent.id,
				reference: urgent.reference,
				subject: 'Sito giù di domenica',
				priority: 'urgent',
			},
		] );
		expect( [ ...answer.changed ].sort( ( a, b ) => a - b ) ).toEqual( [
			before.id,
			urgent.id,
		] );
		expect( answer.cursor.tickets ).toBe( urgent.id );

		// Nothing happened since: an empty answer.
		const quiet = await beat( tech, nonce, {
			'since][tickets': String( answer.cursor.tickets ),
			'since][messages': String( answer.cursor.messages ),
		} );
		expect( quiet.body.wp24hd ).toEqual( {
			cursor: answer.cursor,
			new_tickets: [],
			changed: [],
			viewers: [],
		} );
	} );

	it( 'names the other technicians who have the same ticket open', async () => {
		const ticket = await open( 'normal', 'Due tecnici' );
		const mine = await heartbeatNonce(
			tech,
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		const theirs = await heartbeatNonce(
			other,
			'/wp-admin/admin.php?page=wp24-helpdesk'
		);
		const alone = await beat( tech, mine, {
			'tickets][': String( ticket.id ),
		} );
		expect( ( alone.body.wp24hd as Answer ).viewers ).toEqual( {
			[ ticket.id ]: [],
		} );
		const together = await beat( other, theirs, {
			'tickets][': String( ticket.id ),
		} );
		const names = await site().phpJson< string >(
			`echo wp_json_encode( get_user_by( 'login', ${ JSON.stringify(
				tech.login
			) } )->display_name );`
		);
		expect( ( together.body.wp24hd as Answer ).viewers ).toEqual( {
			[ ticket.id ]: [ names ],
		} );
	} );

	it( 'gives a customer and a visitor nothing of the plugin', async () => {
		await open( 'urgent', 'Non per i clienti' );
		const nonce = await heartbeatNonce( customer, '/wp-admin/profile.php' );
		expect( nonce ).toMatch( /^[a-f0-9]{10}$/ );
		const asCustomer = await beat( customer, nonce, {
			'since][tickets': '0',
			'since][messages': '0',
		} );
		expect( asCustomer.status ).toBe( 200 );
		expect( asCustomer.body ).not.toHaveProperty( 'wp24hd' );
		expect( JSON.stringify( asCustomer.body ) ).not.toContain(
			'Non per i clienti'
		);

		const asVisitor = await beat( null, nonce, {
			'since][tickets': '0',
			'since][messages': '0',
		} );
		expect( asVisitor.status ).toBe( 200 );
		expect( asVisitor.body ).not.toHaveProperty( 'wp24hd' );
		expect( JSON.stringify( asVisitor.body ) ).not.toContain(
			'Non per i clienti'
		);
	} );
} );
