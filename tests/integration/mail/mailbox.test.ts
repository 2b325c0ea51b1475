/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import {
	imapUnavailable,
	startImapServer,
	type ImapServer,
} from '../harness/imap-server';
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

const onMariaDB = process.env.WP24_BACKEND === 'mariadb';
const unavailable = onMariaDB
	? imapUnavailable()
	: 'Playground’s PHP has no imap extension; this file runs on the MariaDB lane';
if ( unavailable ) {
	process.stdout.write( `[wp24] Mailbox tests skipped: ${ unavailable }\n` );
}

/** The pipeline and the mailbox job as Plugin::boot() wires them. */
const JOB_PHP = `
	${ SERVICES_PHP }
	$job = new WP24\\Helpdesk\\Mail\\Jobs\\Mailbox_Job(
		new WP24\\Helpdesk\\Mail\\Mailbox_Settings(),
		new WP24\\Helpdesk\\Mail\\Inbound_Pipeline( $intakes, $replies, $follow_ups, $replays, $repo, $ents, new WP24\\Helpdesk\\Attachments\\Attachment_Store( $settings ), new WP24\\Helpdesk\\Security\\Rate_Limiter(), $settings, new WP24\\Helpdesk\\Mail\\Thread_Token( WP24\\Helpdesk\\Mail\\Thread_Token::site_key() ) )
	);
`;

/**
 * The agency's own mailbox over IMAP, against a real Dovecot: settings with a write-only,
 * encrypted password, the connection test, the polling job (read, thread, mark handled with
 * the desk's keyword, never delete, never mark read), exactly once when runs overlap or one
 * dies before marking, and Site Health when the server refuses.
 */
( unavailable ? describe.skip : describe )(
	'the support mailbox over IMAP',
	() => {
		const site = useSite();
		let imap: ImapServer;
		let admin: Session;

		const raw = ( headers: string[], body: string ) =>
			[
				'MIME-Version: 1.0',
				'Content-Type: text/plain; charset=UTF-8',
				...headers,
				'',
				body,
				'',
			].join( '\r\n' );

		const customerMessages = ( subject: string ) =>
			site().phpJson< string[] >( `
			global $wpdb;
			$t = WP24\\Helpdesk\\Schema\\Tables::class;
			echo wp_json_encode( $wpdb->get_col( $wpdb->prepare( "SELECT m.body FROM %i m JOIN %i t ON t.id = m.ticket_id WHERE t.subject = %s AND m.author_role = 'customer' ORDER BY m.id", $t::messages(), $t::tickets(), ${ JSON.stringify(
				subject
			) } ) ) );
		` );

		beforeAll( async () => {
			imap = await startImapServer();
			const user = await site().createUser( 'administrator' );
			admin = await site().loginAs( user.login, user.password );
			await site().php(
				`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'support_email' => 'help@agency.test' ) );`
			);
		} );

		afterAll( async () => {
			await imap?.stop();
		} );

		it( 'keeps the password write-only and encrypted, and tests the connection', async () => {
			const saved = await admin.rest( '/wp24-helpdesk/v1/mailbox', {
				method: 'PATCH',
				json: {
					host: '127.0.0.1',
					port: imap.port,
					encryption: 'none',
					user: imap.user,
					password: 'wrong-password',
				},
			} );
			expect( saved.status ).toBe( 200 );
			const { webhooks, ...view } = saved.json();
			expect( view ).toEqual( {
				host: '127.0.0.1',
				port: imap.port,
				encryption: 'none',
				user: imap.user,
				folder: 'INBOX',
				has_password: true,
				has_mailgun_key: false,
			} );
			// The addresses to paste into each service, Basic credentials where it uses them.
			expect( webhooks.postmark ).toMatch(
				/^http:\/\/wp24hd:[A-Za-z0-9]{32}@127\.0\.0\.1:\d+\/.*inbound-email\/postmark$/
			);
			expect( webhooks.sendgrid ).toMatch(
				/^http:\/\/wp24hd:[A-Za-z0-9]{32}@127\.0\.0\.1:\d+\/.*inbound-email\/sendgrid$/
			);
			expect( webhooks.mailgun ).toMatch(
				/^http:\/\/127\.0\.0\.1:\d+\/.*inbound-email\/mailgun$/
			);
			const keyed = await admin.rest( '/wp24-helpdesk/v1/mailbox', {
				method: 'PATCH',
				json: { mailgun_key: 'key-from-mailgun' },
			} );
			expect( keyed.json().has_mailgun_key ).toBe( true );
			expect( JSON.stringify( keyed.json() ) ).not.toContain(
				'key-from-mailgun'
			);
			const refused = await admin.rest(
				'/wp24-helpdesk/v1/mailbox/test',
				{
					method: 'POST',
				}
			);
			expect( refused.json().ok ).toBe( false );
			expect( refused.json().message ).toMatch(
				/^The mail server refused the connection: .*(AUTHENTICATIONFAILED|Authentication failed|Can not authenticate)/i
			);

			await admin.rest( '/wp24-helpdesk/v1/mailbox', {
				method: 'PATCH',
				json: { password: imap.password },
			} );
			// An empty password in a later change keeps the saved one.
			await admin.rest( '/wp24-helpdesk/v1/mailbox', {
				method: 'PATCH',
				json: { folder: '', password: '' },
			} );
			const stored = await site().phpJson< string >(
				`echo wp_json_encode( wp_json_encode( get_option( 'wp24hd_mailbox' ) ) );`
			);
			expect( stored ).not.toContain( imap.password );
			const connected = await admin.rest(
				'/wp24-helpdesk/v1/mailbox/test',
				{
					method: 'POST',
				}
			);
			expect( connected.json() ).toEqual( {
				ok: true,
				message:
					'Connected. 0 messages are waiting to be read by the desk.',
			} );
		} );

		it( 'reads new mail into tickets and threads, marks it handled, and leaves it unread and in place', async () => {
			imap.deliver(
				raw(
					[
						'From: Laura Blu <laura@example.it>',
						'To: help@agency.test',
						'Subject: Errore 500 sul sito',
						'Message-ID: <imap-new-1@example.it>',
					],
					'Da ieri sera il sito risponde con errore 500.'
				)
			);
			imap.deliver(
				raw(
					[
						'From: Laura Blu <laura@example.it>',
						'To: help@agency.test',
						'Subject: Risposta automatica',
						'Auto-Submitted: auto-replied',
						'Message-ID: <imap-ooo-1@example.it>',
					],
					'Sono in ferie.'
				)
			);
			await site().php( `do_action( 'wp24hd_mailbox' );` );
			expect( await customerMessages( 'Errore 500 sul sito' ) ).toEqual( [
				'Da ieri sera il sito risponde con errore 500.',
			] );
			const mail = await site().phpJson<
				Array< { message_id: string } >
			>(
				`echo wp_json_encode( get_option( 'wp24hd_test_mails', array() ) ); delete_option( 'wp24hd_test_mails' );`
			);
			const acknowledgement = mail.find( ( m ) =>
				m.message_id.startsWith( '<wp24hd.t' )
			) as { message_id: string };

			imap.deliver(
				raw(
					[
						'From: Laura Blu <laura@example.it>',
						'To: help@agency.test',
						'Subject: Re: Errore 500 sul sito',
						'Message-ID: <imap-reply-1@example.it>',
						`In-Reply-To: ${ acknowledgement.message_id }`,
					],
					'Aggiungo: succede solo sul carrello.\n\nOn Mon, 30 Nov 2026 at 10:00, Assistenza <help@agency.test> wrote:\n> Abbiamo ricevuto la richiesta.'
				)
			);
			await site().php( `do_action( 'wp24hd_mailbox' );` );
			expect( await customerMessages( 'Errore 500 sul sito' ) ).toEqual( [
				'Da ieri sera il sito risponde con errore 500.',
				'Aggiungo: succede solo sul carrello.',
			] );
			// Every message is still there, none marked read by the desk, each marked handled.
			expect( imap.flags() ).toEqual( {
				'<imap-new-1@example.it>': '$WP24HD',
				'<imap-ooo-1@example.it>': '$WP24HD',
				'<imap-reply-1@example.it>': '$WP24HD',
			} );
		} );

		it( 'stores a message once when two runs read it at the same time or a run died before marking it', async () => {
			imap.deliver(
				raw(
					[
						'From: Marco Viola <marco@example.it>',
						'To: help@agency.test',
						'Subject: Backup mancante',
						'Message-ID: <imap-race-1@example.it>',
					],
					'Il backup di stanotte non risulta.'
				)
			);
			// A run that stored the message and died before marking it handled.
			await site().php( `
			${ JOB_PHP }
			$mailbox = WP24\\Helpdesk\\Mail\\Imap_Mailbox::open( new WP24\\Helpdesk\\Mail\\Mailbox_Settings() );
			foreach ( $mailbox->unhandled( 10 ) as $uid ) {
				( new WP24\\Helpdesk\\Mail\\Inbound_Pipeline( $intakes, $replies, $follow_ups, $replays, $repo, $ents, new WP24\\Helpdesk\\Attachments\\Attachment_Store( $settings ), new WP24\\Helpdesk\\Security\\Rate_Limiter(), $settings, new WP24\\Helpdesk\\Mail\\Thread_Token( WP24\\Helpdesk\\Mail\\Thread_Token::site_key() ) ) )
					->receive( WP24\\Helpdesk\\Mail\\Mime_Reader::read( $mailbox->raw( $uid ) ) );
			}
			$mailbox->close();
		` );
			expect( imap.flags()[ '<imap-race-1@example.it>' ] ).toBe( '' );
			// Two runs at once, without the lease that normally keeps them apart.
			const now = `new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) )`;
			await Promise.all( [
				site().php( `${ JOB_PHP } $job->run( ${ now }, 5 );` ),
				site().php( `${ JOB_PHP } $job->run( ${ now }, 5 );` ),
			] );
			expect( await customerMessages( 'Backup mancante' ) ).toEqual( [
				'Il backup di stanotte non risulta.',
			] );
			expect( imap.flags()[ '<imap-race-1@example.it>' ] ).toBe(
				'$WP24HD'
			);
		} );

		it( 'tells Site Health when the server refuses the desk', async () => {
			await admin.rest( '/wp24-helpdesk/v1/mailbox', {
				method: 'PATCH',
				json: { password: 'changed-on-the-server' },
			} );
			const health = await site().phpJson< {
				status: string;
				label: string;
				description: string;
			} >( `
			do_action( 'wp24hd_mailbox' );
			$tests = apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) );
			echo wp_json_encode( call_user_func( $tests['direct']['wp24hd_mailbox']['test'] ) );
		` );
			expect( health.status ).toBe( 'critical' );
			expect( health.label ).toBe(
				'The helpdesk cannot read its support mailbox'
			);
			expect( health.description ).toContain(
				'The mail server refused the connection:'
			);
		} );
	}
);
