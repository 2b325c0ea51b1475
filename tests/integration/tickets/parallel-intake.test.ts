/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

/**
 * Races need real parallel PHP: the MariaDB lane's php -S runs 4 workers, while Playground runs one
 * request at a time (100 parallel requests only queue there).
 */
const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

/** Addresses of this run: a database kept from an earlier run must not answer for them. */
const run = Date.now().toString( 36 );

/**
 * The fault and concurrency lane (issue 17): a burst of customers writing at the same moment is
 * stored exactly once each, under unique references, each thread holding its own message.
 */
( onMariaDB ? describe : describe.skip )( 'intake under a burst', () => {
	const site = useSite();

	beforeAll( () =>
		// Behind a proxy, so each customer comes from an address of their own (the per-address
		// intake limit is 10 an hour).
		site().php(
			`update_option( 'wp24hd_test_trusted_proxies', array( '127.0.0.1', '::1' ), true );`
		)
	);

	it( 'stores 100 parallel intakes exactly once each, with unique references and each its own first message', async () => {
		const answers = await Promise.all(
			Array.from( { length: 100 }, ( _, i ) =>
				site().rest( '/wp24-helpdesk/v1/tickets', {
					json: {
						subject: `Burst ticket ${ i }`,
						message: `Message of customer ${ i } in the burst.`,
						type: 'one-shot',
						consent: true,
						name: `Burst Guest ${ i }`,
						email: `burst${ i }.${ run }@example.test`,
					},
					headers: {
						'X-Forwarded-For': `198.51.100.${ i + 1 }`,
					},
				} )
			)
		);
		expect( answers.map( ( a ) => a.status ) ).toEqual(
			Array( 100 ).fill( 201 )
		);
		const tickets = answers.map(
			( a ) =>
				a.json() as { id: number; reference: string; subject: string }
		);
		expect( new Set( tickets.map( ( t ) => t.id ) ).size ).toBe( 100 );
		expect( new Set( tickets.map( ( t ) => t.reference ) ).size ).toBe(
			100
		);
		expect( tickets.map( ( t ) => t.subject ) ).toEqual(
			Array.from( { length: 100 }, ( _, i ) => `Burst ticket ${ i }` )
		);

		// What the database holds for this run's addresses: one ticket each, and on each
		// ticket exactly one customer message, its own.
		const stored = await site().phpJson<
			Array< { email: string; subject: string; bodies: string } >
		>( `
			global $wpdb;
			echo wp_json_encode( $wpdb->get_results( $wpdb->prepare(
				"SELECT t.guest_email AS email, t.subject, GROUP_CONCAT( m.body ORDER BY m.id SEPARATOR '|' ) AS bodies
				FROM %i t LEFT JOIN %i m ON m.ticket_id = t.id AND m.author_role = 'customer'
				WHERE t.guest_email LIKE %s GROUP BY t.id ORDER BY t.id",
				WP24\\Helpdesk\\Schema\\Tables::tickets(),
				WP24\\Helpdesk\\Schema\\Tables::messages(),
				'%.${ run }@example.test'
			), ARRAY_A ) );
		` );
		expect( stored ).toHaveLength( 100 );
		const byEmail = new Map( stored.map( ( row ) => [ row.email, row ] ) );
		for ( let i = 0; i < 100; i++ ) {
			const row = byEmail.get( `burst${ i }.${ run }@example.test` );
			expect( row?.subject ).toBe( `Burst ticket ${ i }` );
			expect( row?.bodies.replace( /<[^>]+>/g, '' ) ).toBe(
				`Message of customer ${ i } in the burst.`
			);
		}
	}, 120000 );
} );
