/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';
import { PNG, uploadForm as files } from '../harness/uploads';

type Mail = { to: string[]; subject: string };

/**
 * One request, one unit: a reply to a ticket closed too long ago starts a follow-up whose ticket,
 * message, link and files commit together or not at all, and whose emails go out only after the
 * commit (issue 17, class 3).
 */
describe( 'a follow-up is one unit', () => {
	const site = useSite();
	let customer: Session;
	let staff: string;
	let customerEmail: string;

	const run = Date.now().toString( 36 );
	const mails = () =>
		site().phpJson< Mail[] >(
			`$m = get_option( 'wp24hd_test_mails', array() ); delete_option( 'wp24hd_test_mails' ); echo wp_json_encode( array_map( static fn( $x ) => array( 'to' => $x['to'], 'subject' => $x['subject'] ), $m ) );`
		);
	type State = {
		followUps: number;
		closedThread: number;
		attachments: number;
		messages: string[];
	};
	const state = ( closed: number ) =>
		site().phpJson< State >( `
			global $wpdb;
			$t = WP24\\Helpdesk\\Schema\\Tables::class;
			$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE parent_id = %d', $t::tickets(), ${ closed } ) ) );
			$in  = $ids ? implode( ',', $ids ) : '0';
			echo wp_json_encode( array(
				'followUps'    => count( $ids ),
				'closedThread' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', $t::messages(), ${ closed } ) ),
				'attachments'  => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE ticket_id IN ($in)", $t::attachments() ) ),
				'messages'     => array_map( static fn( $m ) => $m['author_role'] . ': ' . wp_strip_all_tags( $m['body'] ), $wpdb->get_results( $wpdb->prepare( "SELECT author_role, body FROM %i WHERE ticket_id IN ($in) ORDER BY id", $t::messages() ), ARRAY_A ) ),
			) );
		` );
	/**
	 * Makes every write that names the table fail, as a database that refuses it would.
	 *
	 * @param table Name of a `Tables` method, e.g. `attachments`.
	 */
	const failWritesTo = ( table: string ) =>
		site().php(
			`update_option( 'wp24hd_test_fail_query', WP24\\Helpdesk\\Schema\\Tables::${ table }(), true );`
		);
	const healDatabase = () =>
		site().php( `delete_option( 'wp24hd_test_fail_query' );` );

	beforeAll( async () => {
		const c = await site().createUser( 'subscriber' );
		customer = await site().loginAs( c.login, c.password );
		staff = await site().php( `echo get_option( 'admin_email' );` );
		customerEmail = await site().php(
			`echo get_userdata( ${ c.id } )->user_email;`
		);
	} );

	afterEach( () => healDatabase() );

	it( 'stores nothing and sends nothing when the files of a follow-up fail, and the retry with the same key makes exactly one follow-up', async () => {
		const old = (
			await customer.rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Old problem',
					message: 'The backup plugin stopped working.',
					type: 'one-shot',
					consent: true,
				},
			} )
		).json();
		const closed: number = old.id;
		await site().php( `
			global $wpdb;
			$wpdb->update( WP24\\Helpdesk\\Schema\\Tables::tickets(), array( 'status' => 'closed', 'close_reason' => 'resolved', 'closed_at' => '2020-01-01 10:00:00' ), array( 'id' => ${ closed } ) );
			$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '%wp24hd\\\\_rl\\\\_%'" );
		` );
		const before = await state( closed );
		await mails();

		const reply = () => {
			const form = files( [ 'screen.png', PNG ] );
			form.append( 'body', 'It broke again this morning.' );
			return customer.rest(
				`/wp24-helpdesk/v1/tickets/${ closed }/messages`,
				{
					multipart: form,
					headers: {
						'Idempotency-Key': `follow-up-${ run }-0123456789`,
					},
				}
			);
		};

		await failWritesTo( 'attachments' );
		const failed = await reply();
		expect( failed.status ).toBe( 500 );
		expect( failed.json().code ).toBe( 'wp24hd_internal_error' );
		expect( await state( closed ) ).toEqual( before );
		expect( await mails() ).toEqual( [] );

		await healDatabase();
		const first = await reply();
		expect( first.status ).toBe( 201 );
		expect( first.json().subject ).toBe( 'Follow-up: Old problem' );
		const after = await state( closed );
		const ref: string = first.json().reference;
		expect( after ).toEqual( {
			followUps: 1,
			// The note that points to the follow-up.
			closedThread: before.closedThread + 1,
			attachments: 1,
			// The emails are recorded after the commit, so after everything the request wrote.
			messages: [
				'customer: It broke again this morning.',
				`system: Follow-up of ticket ${ old.reference }.`,
				`system: Email &quot;We received your request ${ ref }: Follow-up: Old problem&quot; sent to ${ customerEmail }.`,
				`system: Email &quot;New ticket ${ ref }: Follow-up: Old problem&quot; sent to ${ staff }.`,
			],
		} );
		expect( ( await mails() ).map( ( m ) => m.to ) ).toEqual( [
			[ customerEmail ],
			[ staff ],
		] );

		const again = await reply();
		expect( again.status ).toBe( 201 );
		expect( again.json().id ).toBe( first.json().id );
		expect( again.headers.get( 'idempotent-replayed' ) ).toBe( 'true' );
		expect( await state( closed ) ).toEqual( after );
		expect( await mails() ).toEqual( [] );
	} );

	it( 'joins a transaction run inside another to it, and holds after-commit work until the outermost commit', async () => {
		expect(
			await site().phpJson( `
				global $wpdb;
				$tx    = WP24\\Helpdesk\\Schema\\Transaction::class;
				$table = WP24\\Helpdesk\\Schema\\Tables::messages();
				$count = static fn() => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = 999999', $table ) );
				$add   = static fn() => $wpdb->insert( $table, array( 'ticket_id' => 999999, 'author_role' => 'system', 'body' => 'x', 'created_at' => '2026-01-01 00:00:00' ) );
				$ran   = array();
				try {
					$tx::run( static function () use ( $tx, $add, &$ran ) {
						$tx::run( static function () use ( $tx, $add, &$ran ) {
							$add();
							$tx::after_commit( static function () use ( &$ran ) { $ran[] = 'rolled back'; } );
						} );
						throw new RuntimeException( 'later step fails' );
					} );
				} catch ( RuntimeException $e ) {
					$ran[] = 'caught';
				}
				$after_rollback = $count();
				$tx::run( static function () use ( $tx, $add, &$ran ) {
					$tx::run( static function () use ( $tx, $add, &$ran ) {
						$add();
						$tx::after_commit( static function () use ( &$ran ) { $ran[] = 'inner'; } );
					} );
					$ran[] = 'outer body';
				} );
				$tx::after_commit( static function () use ( &$ran ) { $ran[] = 'outside'; } );
				echo wp_json_encode( array( 'rows after rollback' => $after_rollback, 'rows after commit' => $count(), 'ran' => $ran ) );
				$wpdb->delete( $table, array( 'ticket_id' => 999999 ) );
			` )
		).toEqual( {
			'rows after rollback': 0,
			'rows after commit': 1,
			ran: [ 'caught', 'outer body', 'inner', 'outside' ],
		} );
	} );
} );
