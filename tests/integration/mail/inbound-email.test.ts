/**
 * External dependencies
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

type Mail = {
	to: string[];
	subject: string;
	html: string;
	text: string;
	headers: string[];
	message_id: string;
};

type Thread = {
	ticket: Record< string, string >;
	messages: Array< {
		id: string;
		role: string;
		body: string;
		internal: string;
		files: Array< { file_name: string; mime: string } >;
	} >;
};

const corpus = ( name: string ) =>
	fs.readFileSync(
		path.resolve( __dirname, '../../fixtures/mail', `${ name }.eml` ),
		'utf8'
	);

/**
 * Email in: the three webhook doors verified as their services document, one pipeline behind
 * them, threading by signed reply address and Message-ID only, and nothing stored twice.
 */
describe( 'inbound email', () => {
	const site = useSite();
	let basic: string;
	const mailgunKey = 'key-0123456789abcdef';

	const post = (
		service: string,
		body: {
			json?: unknown;
			form?: Record< string, string >;
			multipart?: FormData;
		},
		headers: Record< string, string > = { Authorization: basic }
	) =>
		site().rest( `/wp24-helpdesk/v1/inbound-email/${ service }`, {
			method: 'POST',
			...body,
			headers,
		} );

	/**
	 * A Postmark post of a raw message (its "include raw email" option on).
	 *
	 * @param raw The message.
	 */
	const postmark = ( raw: string ) =>
		post( 'postmark', {
			json: { From: 'ignored@example.com', RawEmail: raw },
		} );

	/**
	 * A Mailgun post of a raw message (a route to a URL ending in "mime"), signed.
	 *
	 * @param raw       The message.
	 * @param timestamp When it was signed (seconds).
	 * @param key       The signing key used.
	 */
	const mailgun = (
		raw: string,
		timestamp = Math.floor( Date.now() / 1000 ),
		key = mailgunKey
	) => {
		const token = crypto.randomBytes( 25 ).toString( 'hex' );
		return post(
			'mailgun',
			{
				form: {
					timestamp: String( timestamp ),
					token,
					signature: crypto
						.createHmac( 'sha256', key )
						.update( `${ timestamp }${ token }` )
						.digest( 'hex' ),
					'body-mime': raw,
				},
			},
			{}
		);
	};

	const caught = () =>
		site().phpJson< Mail[] >( `
			echo wp_json_encode( get_option( 'wp24hd_test_mails', array() ) );
			delete_option( 'wp24hd_test_mails' );
		` );

	const thread = ( id: number ) =>
		site().phpJson< Thread >( `
			global $wpdb;
			$t = WP24\\Helpdesk\\Schema\\Tables::class;
			$messages = $wpdb->get_results( $wpdb->prepare( 'SELECT id, author_role AS role, body, internal FROM %i WHERE ticket_id = %d ORDER BY id', $t::messages(), ${ id } ), ARRAY_A );
			foreach ( $messages as &$message ) {
				$message['files'] = $wpdb->get_results( $wpdb->prepare( 'SELECT file_name, mime FROM %i WHERE message_id = %d ORDER BY id', $t::attachments(), $message['id'] ), ARRAY_A );
			}
			echo wp_json_encode( array(
				'ticket'   => $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $t::tickets(), ${ id } ), ARRAY_A ),
				'messages' => $messages,
			) );
		` );

	const ticketCount = () =>
		site().phpJson< number >(
			`global $wpdb; echo (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . WP24\\Helpdesk\\Schema\\Tables::tickets() );`
		);

	/**
	 * A plain-text message.
	 *
	 * @param headers Header lines.
	 * @param body    Text.
	 */
	const message = ( headers: string[], body: string ) =>
		[
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset=UTF-8',
			'Content-Transfer-Encoding: 8bit',
			...headers,
			'',
			body,
		].join( '\r\n' );

	beforeAll( async () => {
		basic = await site().phpJson< string >( `
			update_option( 'admin_email', 'staff@agency.test' );
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'support_email' => 'help@agency.test' ) );
			$secrets = new WP24\\Helpdesk\\Mail\\Webhook_Secrets();
			$secrets->set_mailgun_key( '${ mailgunKey }' );
			echo wp_json_encode( 'Basic ' . base64_encode( WP24\\Helpdesk\\Mail\\Webhook_Secrets::USER . ':' . $secrets->password() ) );
		` );
		await caught();
	} );

	it( 'refuses posts without the service’s proof, and stores nothing', async () => {
		const raw = message(
			[
				'From: Eve <eve@example.com>',
				'To: help@agency.test',
				'Subject: Forged',
				'Message-ID: <forged-1@example.com>',
			],
			'This should never be stored anywhere.'
		);
		const wrongPassword = await post(
			'postmark',
			{ json: { From: 'eve@example.com', RawEmail: raw } },
			{
				Authorization:
					'Basic ' +
					Buffer.from( 'wp24hd:guess' ).toString( 'base64' ),
			}
		);
		const noPassword = await post(
			'sendgrid',
			{ form: { email: raw } },
			{}
		);
		const wrongKey = await mailgun( raw, undefined, 'key-other' );
		const stale = await mailgun(
			raw,
			Math.floor( Date.now() / 1000 ) - 3600
		);
		expect( [
			wrongPassword.status,
			noPassword.status,
			wrongKey.status,
			stale.status,
		] ).toEqual( [ 401, 401, 401, 401 ] );
		expect( wrongPassword.json().code ).toBe( 'wp24hd_webhook_unverified' );
		expect( await ticketCount() ).toBe( 0 );
	} );

	let guestTicket = 0;
	let acknowledgement: Mail;

	it( 'opens a one-shot request for a stranger, acknowledged with the guest link and the privacy notice', async () => {
		const response = await postmark(
			message(
				[
					'From: Paolo Neri <Paolo@Example.it>',
					'To: Assistenza <help@agency.test>',
					'Subject: Il sito non si apre',
					'Message-ID: <first-1@example.it>',
				],
				'Buongiorno, da stamattina il sito mostra una pagina bianca.\n\nPaolo\n-- \nPaolo Neri\nNeri Srl'
			)
		);
		expect( response.status ).toBe( 200 );
		expect( response.json().outcome ).toBe( 'created' );
		guestTicket = response.json().ticket;

		const { ticket, messages } = await thread( guestTicket );
		expect( [
			ticket.channel,
			ticket.type,
			ticket.customer_id,
			ticket.guest_email,
			ticket.guest_name,
			ticket.subject,
		] ).toEqual( [
			'email',
			'one-shot',
			'0',
			'paolo@example.it',
			'Paolo Neri',
			'Il sito non si apre',
		] );
		expect( messages[ 0 ] ).toMatchObject( {
			role: 'customer',
			internal: '0',
			body: 'Buongiorno, da stamattina il sito mostra una pagina bianca.\n\nPaolo',
			files: [],
		} );
		expect( messages[ 1 ] ).toMatchObject( {
			role: 'system',
			internal: '1',
			body: 'Received by email; the original message is attached.',
			files: [
				{ file_name: 'original-email.eml', mime: 'message/rfc822' },
			],
		} );

		const mails = await caught();
		const toPaolo = mails.filter( ( mail ) =>
			mail.to.includes( 'paolo@example.it' )
		);
		expect( toPaolo ).toHaveLength( 1 );
		acknowledgement = toPaolo[ 0 ];
		expect( acknowledgement.text ).toContain(
			'Privacy: we process the data in your email (address, name, message and files) only to handle this request'
		);
		expect( acknowledgement.text ).toContain(
			'You can answer this email to add to your request.'
		);
		expect( acknowledgement.text ).toMatch( /key=[A-Za-z0-9_-]{20,}/ );
		expect( acknowledgement.message_id ).toMatch(
			new RegExp(
				`^<wp24hd\\.t${ guestTicket }\\.[0-9a-f]{16}\\.[0-9a-f]{16}@agency\\.test>$`
			)
		);
		expect( acknowledgement.headers ).toEqual(
			expect.arrayContaining( [
				'X-WP24HD-Loop: agency.test',
				'Reply-To: help@agency.test',
				expect.stringMatching(
					new RegExp(
						`^In-Reply-To: <wp24hd\\.t${ guestTicket }\\.root\\.[0-9a-f]{16}@agency\\.test>$`
					)
				),
			] )
		);
	} );

	it( 'adds the answer to that email to the thread, without the quoted text, and tells staff', async () => {
		const response = await mailgun(
			message(
				[
					'From: Paolo Neri <paolo@example.it>',
					'To: help@agency.test',
					'Subject: Re: ' + acknowledgement.subject,
					'Message-ID: <answer-1@example.it>',
					`In-Reply-To: ${ acknowledgement.message_id }`,
					`References: ${ acknowledgement.message_id }`,
				],
				'Ecco il messaggio di errore che vedo.\n\nIl giorno lun 30 nov 2026 alle ore 10:15 Assistenza <help@agency.test> ha scritto:\n> Abbiamo ricevuto la sua richiesta.'
			)
		);
		expect( response.json() ).toEqual( {
			outcome: 'replied',
			ticket: guestTicket,
		} );
		const { messages } = await thread( guestTicket );
		const customer = messages.filter( ( m ) => m.role === 'customer' );
		expect( customer.map( ( m ) => m.body ) ).toEqual( [
			'Buongiorno, da stamattina il sito mostra una pagina bianca.\n\nPaolo',
			'Ecco il messaggio di errore che vedo.',
		] );
		const mails = await caught();
		expect( mails.map( ( mail ) => mail.to[ 0 ] ) ).toContain(
			'staff@agency.test'
		);
	} );

	it( 'stores a message read twice once, whichever door it comes through', async () => {
		const before = ( await thread( guestTicket ) ).messages.length;
		const again = message(
			[
				'From: Paolo Neri <paolo@example.it>',
				'To: help@agency.test',
				'Subject: Re: the same',
				'Message-ID: <answer-1@example.it>',
				`In-Reply-To: ${ acknowledgement.message_id }`,
			],
			'Ecco il messaggio di errore che vedo.'
		);
		const viaSendgrid = await post( 'sendgrid', {
			form: { email: again },
		} );
		const viaPostmark = await postmark( again );
		expect( [
			viaSendgrid.json().outcome,
			viaPostmark.json().outcome,
		] ).toEqual( [ 'duplicate', 'duplicate' ] );
		expect( ( await thread( guestTicket ) ).messages ).toHaveLength(
			before
		);
	} );

	it( 'holds an answer from someone else for staff, outside the customer’s thread', async () => {
		const response = await postmark(
			message(
				[
					'From: Someone Else <intruder@example.com>',
					'To: help@agency.test',
					'Subject: Re: your ticket',
					'Message-ID: <intruder-1@example.com>',
					`In-Reply-To: ${ acknowledgement.message_id }`,
				],
				'Please send me the password of this site.'
			)
		);
		expect( response.json() ).toEqual( {
			outcome: 'held',
			ticket: guestTicket,
		} );
		const { messages } = await thread( guestTicket );
		expect(
			messages
				.filter( ( m ) => m.internal === '0' )
				.map( ( m ) => m.body )
		).not.toContain( 'Please send me the password of this site.' );
		const held = messages[ messages.length - 1 ];
		expect( held.internal ).toBe( '1' );
		expect( held.body ).toContain(
			'An email from intruder@example.com (&quot;Re: your ticket&quot;) answered this ticket, but intruder@example.com is not its customer'
		);
		expect( held.files ).toEqual( [
			{ file_name: 'original-email.eml', mime: 'message/rfc822' },
		] );
	} );

	it( 'never joins a ticket by the reference in the subject alone', async () => {
		const reference = ( await thread( guestTicket ) ).ticket.reference;
		const response = await postmark(
			message(
				[
					'From: Paolo Neri <paolo@example.it>',
					'To: help@agency.test',
					`Subject: Re: [${ reference }] Il sito non si apre`,
					'Message-ID: <subject-only-1@example.it>',
				],
				'Scrivo di nuovo per lo stesso problema di prima.'
			)
		);
		expect( response.json().outcome ).toBe( 'created' );
		expect( response.json().ticket ).not.toBe( guestTicket );
	} );

	it( 'follows a signed reply address when the mailbox takes plus-addresses, and refuses a forged one', async () => {
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'email_plus_addressing' => true ) );`
		);
		await caught();
		await site().php( `
			${ SERVICES_PHP }
			$ticket = $repo->find( ${ guestTicket } );
			$replies->reply( $ticket, 1, true, 'We restarted the server; does it work now?' );
		` );
		const mails = await caught();
		const answer = mails.find( ( mail ) =>
			mail.to.includes( 'paolo@example.it' )
		) as Mail;
		const replyTo = answer.headers
			.find( ( header ) => header.startsWith( 'Reply-To: ' ) )
			?.slice( 'Reply-To: '.length ) as string;
		expect( replyTo ).toMatch(
			new RegExp(
				`^help\\+t${ guestTicket }\\.[0-9a-f]{16}@agency\\.test$`
			)
		);
		const forged = replyTo.replace(
			/\.[0-9a-f]{16}@/,
			'.0000000000000000@'
		);
		const viaForged = await postmark(
			message(
				[
					'From: Paolo Neri <paolo@example.it>',
					`To: ${ forged }`,
					'Subject: Sì, funziona',
					'Message-ID: <plus-forged@example.it>',
				],
				'Sì, adesso funziona tutto, grazie.'
			)
		);
		expect( viaForged.json().ticket ).not.toBe( guestTicket );
		const viaAddress = await postmark(
			message(
				[
					'From: Paolo Neri <paolo@example.it>',
					`To: ${ replyTo }`,
					'Subject: Sì, funziona',
					'Message-ID: <plus-1@example.it>',
				],
				'Sì, adesso funziona tutto, grazie mille.'
			)
		);
		expect( viaAddress.json() ).toEqual( {
			outcome: 'replied',
			ticket: guestTicket,
		} );
		expect( ( await thread( guestTicket ) ).ticket.status ).toBe( 'open' );
	} );

	it( 'ignores auto-replies, bounces and its own mail, and answers none of them', async () => {
		await caught();
		const outcomes = [];
		for ( const raw of [
			corpus( 'auto-reply' ),
			corpus( 'bounce' ),
			message(
				[
					'From: help@agency.test',
					'To: help@agency.test',
					'Subject: loop',
					'Message-ID: <loop-1@agency.test>',
				],
				'A notification of ours came back to the mailbox.'
			),
		] ) {
			outcomes.push( ( await postmark( raw ) ).json().outcome );
		}
		expect( outcomes ).toEqual( [ 'ignored', 'ignored', 'ignored' ] );
		expect( await caught() ).toEqual( [] );
	} );

	it( 'keeps the files the form would accept and leaves the others out, saying which', async () => {
		const boundary = 'b1';
		const raw = [
			'From: Marta <marta@example.it>',
			'To: help@agency.test',
			'Subject: Screenshot e programma',
			'Message-ID: <files-1@example.it>',
			'MIME-Version: 1.0',
			`Content-Type: multipart/mixed; boundary="${ boundary }"`,
			'',
			`--${ boundary }`,
			'Content-Type: text/plain; charset=utf-8',
			'',
			'Vi allego la schermata dell’errore e il programma che uso.',
			`--${ boundary }`,
			'Content-Type: text/plain; name="log.txt"',
			'Content-Disposition: attachment; filename="log.txt"',
			'Content-Transfer-Encoding: base64',
			'',
			Buffer.from( 'PHP Fatal error: out of memory\n' ).toString(
				'base64'
			),
			`--${ boundary }`,
			'Content-Type: application/x-msdownload; name="setup.exe"',
			'Content-Disposition: attachment; filename="setup.exe"',
			'Content-Transfer-Encoding: base64',
			'',
			Buffer.from( 'MZ fake program' ).toString( 'base64' ),
			`--${ boundary }--`,
			'',
		].join( '\r\n' );
		const response = await postmark( raw );
		expect( response.json().outcome ).toBe( 'created' );
		const { messages } = await thread( response.json().ticket );
		expect( messages[ 0 ].files ).toEqual( [
			{ file_name: 'log.txt', mime: 'text/plain' },
		] );
		expect( messages[ 1 ].internal ).toBe( '1' );
		expect( messages[ 1 ].body ).toContain(
			'Files left out of the conversation (they are in the original): files: setup.exe is not an allowed file type'
		);
	} );

	it( 'points a stranger to the form instead, when the settings say so, and stores nothing', async () => {
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'email_unknown_senders' => 'point' ) );`
		);
		await caught();
		const before = await ticketCount();
		const response = await postmark(
			message(
				[
					'From: Nuovo Cliente <nuovo@example.it>',
					'To: help@agency.test',
					'Subject: Preventivo',
					'Message-ID: <point-1@example.it>',
				],
				'Vorrei un preventivo per un nuovo sito.'
			)
		);
		expect( response.json().outcome ).toBe( 'pointed' );
		expect( await ticketCount() ).toBe( before );
		const mails = await caught();
		expect( mails ).toHaveLength( 1 );
		expect( mails[ 0 ] ).toMatchObject( {
			to: [ 'nuovo@example.it' ],
			subject: 'Re: Preventivo',
		} );
		expect( mails[ 0 ].text ).toContain( 'Open a ticket' );
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'email_unknown_senders' => 'open' ) );`
		);
	} );

	it( 'reads each service’s parsed payload as it documents it, and rebuilds the original for staff', async () => {
		const log = Buffer.from( 'PHP Warning: cache full\n' );
		const opened: Record< string, { outcome: string; ticket: number } > =
			{};

		// Postmark: JSON, headers as a Name/Value list, files in base64 (no "include raw content").
		opened.postmark = (
			await post( 'postmark', {
				json: {
					From: 'pm@example.it',
					FromName: 'Piera Marni',
					FromFull: { Email: 'pm@example.it', Name: 'Piera Marni' },
					To: 'help@agency.test',
					ToFull: [ { Email: 'help@agency.test', Name: '' } ],
					Subject: 'Cache piena',
					MessageID: '7b2e0c5a-postmark-internal-id',
					TextBody: 'La cache del sito è piena da ieri.',
					HtmlBody: '<p>La cache del sito è piena da ieri.</p>',
					Headers: [
						{
							Name: 'Message-ID',
							Value: '<pm-parsed-1@example.it>',
						},
						{ Name: 'X-Spam-Status', Value: 'No' },
					],
					Attachments: [
						{
							Name: 'log.txt',
							Content: log.toString( 'base64' ),
							ContentType: 'text/plain',
							ContentLength: log.length,
						},
					],
				},
			} )
		).json();

		// Mailgun: form fields with message-headers as JSON pairs and attachment-N files, signed.
		const timestamp = String( Math.floor( Date.now() / 1000 ) );
		const token = crypto.randomBytes( 25 ).toString( 'hex' );
		const mailgunForm = new FormData();
		for ( const [ name, value ] of Object.entries( {
			timestamp,
			token,
			signature: crypto
				.createHmac( 'sha256', mailgunKey )
				.update( timestamp + token )
				.digest( 'hex' ),
			sender: 'mg@example.it',
			from: 'Mario Gialli <mg@example.it>',
			recipient: 'help@agency.test',
			subject: 'Cache piena anche qui',
			'body-plain': 'Anche il mio sito ha la cache piena.',
			'stripped-text': 'Anche il mio sito ha la cache piena.',
			'message-headers': JSON.stringify( [
				[ 'From', 'Mario Gialli <mg@example.it>' ],
				[ 'To', 'help@agency.test' ],
				[ 'Subject', 'Cache piena anche qui' ],
				[ 'Message-Id', '<mg-parsed-1@example.it>' ],
			] ),
			'attachment-count': '1',
		} ) ) {
			mailgunForm.append( name, value );
		}
		mailgunForm.append(
			'attachment-1',
			new Blob( [ new Uint8Array( log ) ], { type: 'text/plain' } ),
			'log.txt'
		);
		opened.mailgun = (
			await post( 'mailgun', { multipart: mailgunForm }, {} )
		).json();

		// SendGrid Inbound Parse, parsed mode: the raw header block, text, html and attachmentN.
		const sendgridForm = new FormData();
		for ( const [ name, value ] of Object.entries( {
			headers:
				'From: Sara Grigi <sg@example.it>\nTo: help@agency.test\nSubject: Cache piena, terzo sito\nMessage-ID: <sg-parsed-1@example.it>\n',
			from: 'Sara Grigi <sg@example.it>',
			to: 'help@agency.test',
			subject: 'Cache piena, terzo sito',
			text: 'Terzo sito con la cache piena.',
			attachments: '1',
			'attachment-info': JSON.stringify( {
				attachment1: { filename: 'log.txt', type: 'text/plain' },
			} ),
		} ) ) {
			sendgridForm.append( name, value );
		}
		sendgridForm.append(
			'attachment1',
			new Blob( [ new Uint8Array( log ) ], { type: 'text/plain' } ),
			'log.txt'
		);
		opened.sendgrid = (
			await post( 'sendgrid', { multipart: sendgridForm } )
		).json();

		const seen: Record< string, unknown > = {};
		for ( const [ service, outcome ] of Object.entries( opened ) ) {
			expect( outcome.outcome ).toBe( 'created' );
			const { messages } = await thread( outcome.ticket );
			const original = await site().phpJson< string >( `
				global $wpdb;
				$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE message_id = %d', WP24\\Helpdesk\\Schema\\Tables::attachments(), ${ messages[ 1 ].id } ), ARRAY_A );
				echo wp_json_encode( (string) file_get_contents( ( new WP24\\Helpdesk\\Attachments\\Attachment_Store( new WP24\\Helpdesk\\Settings\\Settings() ) )->path( WP24\\Helpdesk\\Attachments\\Attachment::from_row( $row ) ) ) );
			` );
			seen[ service ] = {
				body: messages[ 0 ].body,
				files: messages[ 0 ].files,
				rebuilt: original.includes(
					'X-WP24HD-Rebuilt: parsed fields posted by an inbound-mail service'
				),
			};
		}
		const file = [ { file_name: 'log.txt', mime: 'text/plain' } ];
		expect( seen ).toEqual( {
			postmark: {
				body: 'La cache del sito è piena da ieri.',
				files: file,
				rebuilt: true,
			},
			mailgun: {
				body: 'Anche il mio sito ha la cache piena.',
				files: file,
				rebuilt: true,
			},
			sendgrid: {
				body: 'Terzo sito con la cache piena.',
				files: file,
				rebuilt: true,
			},
		} );
	} );

	it( 'opens a support ticket for a customer with a plan, urgent when the subject says URGENTE', async () => {
		const response = await site().phpJson< number >( `
			${ SERVICES_PHP }
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			$user = wp_insert_user( array( 'user_login' => 'giulia', 'user_email' => 'giulia@example.it', 'user_pass' => wp_generate_password(), 'role' => 'subscriber' ) );
			$staff_ents->grant_by_staff( $user, $plan, 0, 1, 'Test customer' );
			echo (int) $user;
		` );
		expect( response ).toBeGreaterThan( 0 );
		const posted = await postmark(
			message(
				[
					'From: Giulia <Giulia@example.it>',
					'To: help@agency.test',
					'Subject: URGENTE: il checkout non funziona',
					'Message-ID: <plan-1@example.it>',
				],
				'I clienti non riescono a pagare da un’ora.'
			)
		);
		expect( posted.json().outcome ).toBe( 'created' );
		const { ticket } = await thread( posted.json().ticket );
		expect( [
			ticket.customer_id,
			ticket.type,
			ticket.priority,
			ticket.channel,
		] ).toEqual( [ String( response ), 'support', 'urgent', 'email' ] );
	} );
	it( 'gives the next email of the same request its own Message-ID (WordPress reuses its mailer)', async () => {
		const ids = await site().phpJson< string[] >( `
			${ SERVICES_PHP }
			// Real PHPMailer headers: the mail catcher steps aside, and SMTP to a closed port fails after the headers are built.
			remove_all_filters( 'pre_wp_mail' );
			add_action( 'phpmailer_init', static function ( $mailer ) { $mailer->isSMTP(); $mailer->Host = '127.0.0.1'; $mailer->Port = 9; $mailer->Timeout = 2; } );
			$ticket = $guest( 'Two emails in one request' );
			$mailer = new WP24\\Helpdesk\\Notifications\\Mailer( new WP24\\Helpdesk\\Notifications\\Email_Renderer( WP24HD_DIR . 'templates/emails/' ), $settings, new WP24\\Helpdesk\\Mail\\Thread_Token( 'key' ) );
			$mailer->send( array( 'guest@example.test' ), new WP24\\Helpdesk\\Notifications\\Email( 'ticket_received', 'About the ticket', 'Hello', array( 'Text.' ) ), $ticket, true );
			$first = $GLOBALS['phpmailer']->getLastMessageID();
			wp_mail( 'someone@example.test', 'Another email', 'Not about a ticket.' );
			echo wp_json_encode( array( $first, $GLOBALS['phpmailer']->getLastMessageID() ) );
		` );
		expect( ids[ 0 ] ).toMatch(
			/^<wp24hd\.t\d+\.[0-9a-f]{16}\.[0-9a-f]{16}@/
		);
		expect( ids[ 1 ] ).not.toBe( ids[ 0 ] );
		expect( ids[ 1 ] ).not.toMatch( /^<wp24hd\./ );
	} );
} );
