/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

/** Only MariaDB has a connection to lose; SQLite runs inside the PHP process. */
const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

/**
 * A lost database connection inside a transaction never answers success: the request answers 503
 * with Retry-After, leaves no row behind, and the next request works (issue 17, class 1).
 */
( onMariaDB ? describe : describe.skip )(
	'a database connection lost inside a transaction',
	() => {
		const site = useSite();
		const run = Date.now().toString( 36 );
		const email = `lost.${ run }@example.test`;
		const message = `The order page ${ run } shows an error.`;

		const rows = () =>
			site().phpJson< { tickets: number; messages: number } >( `
				global $wpdb;
				echo wp_json_encode( array(
					'tickets'  => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE guest_email = %s', WP24\\Helpdesk\\Schema\\Tables::tickets(), '${ email }' ) ),
					'messages' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE author_role = %s AND body LIKE %s', WP24\\Helpdesk\\Schema\\Tables::messages(), 'customer', '%${ run }%' ) ),
				) );
			` );
		const intake = () =>
			site().rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Order page error',
					message,
					type: 'one-shot',
					consent: true,
					name: 'Lia Lost',
					email,
				},
				headers: {
					'Idempotency-Key': `lost-${ run }-0123456789abcdef`,
				},
			} );

		afterEach( () =>
			site().php( `delete_option( 'wp24hd_test_kill_connection' );` )
		);

		it( 'answers 503 with Retry-After and stores nothing when the connection dies before the first message is written; the retry stores the ticket once', async () => {
			await site().php( `
				update_option( 'wp24hd_test_kill_connection', WP24\\Helpdesk\\Schema\\Tables::messages(), true );
				delete_option( 'wp24hd_test_mails' );
			` );
			const lost = await intake();
			expect( lost.status ).toBe( 503 );
			expect( lost.headers.get( 'retry-after' ) ).toBe( '5' );
			expect( lost.json().code ).toBe( 'wp24hd_database_unavailable' );
			expect( lost.json().message ).toBe(
				'Our database was unavailable for a moment and nothing was saved. Please send it again in a few seconds.'
			);
			expect( await rows() ).toEqual( { tickets: 0, messages: 0 } );
			expect(
				await site().php(
					`echo count( get_option( 'wp24hd_test_mails', array() ) );`
				)
			).toBe( '0' );

			await site().php(
				`delete_option( 'wp24hd_test_kill_connection' );`
			);
			const retried = await intake();
			expect( retried.status ).toBe( 201 );
			expect( retried.headers.get( 'idempotent-replayed' ) ).toBeNull();
			expect( await rows() ).toEqual( { tickets: 1, messages: 1 } );
		} );
	}
);
