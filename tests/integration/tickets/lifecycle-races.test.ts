/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

/**
 * Races need real parallel PHP: the MariaDB lane's php -S runs 4 workers, while Playground runs one
 * request at a time (parallel requests only queue there, and 40 of them outlast a test's timeout).
 */
const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

/**
 * Lifecycle transitions are compare-and-set: under parallel requests the thread records only the
 * changes that happened, each once (issue 17, class 4).
 */
( onMariaDB ? describe : describe.skip )(
	'lifecycle under parallel requests',
	() => {
		const site = useSite();
		let owner: Session;
		let tech: Session;

		type Row = { role: string; body: string };
		const thread = ( id: number ) =>
			site().phpJson< Row[] >( `
			global $wpdb;
			echo wp_json_encode( $wpdb->get_results( $wpdb->prepare( 'SELECT author_role AS role, body FROM %i WHERE ticket_id = %d ORDER BY id', WP24\\Helpdesk\\Schema\\Tables::messages(), ${ id } ), ARRAY_A ) );
		` );
		const changes = ( rows: Row[] ) =>
			rows
				.filter(
					( row ) =>
						row.role === 'system' &&
						row.body.startsWith( 'Status changed' )
				)
				.map( ( row ) => row.body );

		beforeAll( async () => {
			const c = await site().createUser( 'subscriber' );
			const t = await site().createUser( 'wp24hd_technician' );
			owner = await site().loginAs( c.login, c.password );
			tech = await site().loginAs( t.login, t.password );
		} );

		beforeEach( () =>
			site().php(
				`$GLOBALS['wpdb']->query( "DELETE FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '%wp24hd\\\\_rl\\\\_%'" );`
			)
		);

		it( 'reopens a waiting ticket once when 30 customer replies arrive at the same moment, and stores each reply once', async () => {
			const id = (
				await owner.rest( '/wp24-helpdesk/v1/tickets', {
					json: {
						subject: 'Checkout is slow',
						message: 'The checkout takes a minute to load.',
						type: 'one-shot',
						consent: true,
					},
				} )
			).json().id;
			expect(
				(
					await tech.rest(
						`/wp24-helpdesk/v1/tickets/${ id }/messages`,
						{
							json: { body: 'Which payment method do you use?' },
						}
					)
				).status
			).toBe( 201 );
			const before = await thread( id );
			expect( changes( before ) ).toEqual( [
				'Status changed from New to Waiting for the customer.',
			] );

			const answers = await Promise.all(
				Array.from( { length: 30 }, ( _, i ) =>
					owner.rest( `/wp24-helpdesk/v1/tickets/${ id }/messages`, {
						json: { body: `Reply number ${ i + 1 }: PayPal.` },
					} )
				)
			);
			expect( answers.map( ( a ) => a.status ) ).toEqual(
				Array( 30 ).fill( 201 )
			);

			const after = await thread( id );
			const replies = after
				.slice( before.length )
				.filter( ( row ) => row.role === 'customer' )
				.map( ( row ) => row.body.replace( /<[^>]+>/g, '' ) )
				.sort();
			expect( replies ).toEqual(
				Array.from(
					{ length: 30 },
					( _, i ) => `Reply number ${ i + 1 }: PayPal.`
				).sort()
			);
			expect( changes( after ) ).toEqual( [
				'Status changed from New to Waiting for the customer.',
				'Status changed from Waiting for the customer to Open.',
			] );
			expect(
				(
					await owner.rest( `/wp24-helpdesk/v1/tickets/${ id }` )
				).json().status
			).toBe( 'open' );
		} );

		it( 'records no change when a transition finds the ticket already where it was going', async () => {
			const result = await site().phpJson( `
			$plans = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$repo  = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$intakes = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans ), $plans, $settings = new WP24\\Helpdesk\\Settings\\Settings(), new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$svc   = new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, new WP24\\Helpdesk\\Settings\\Settings() );
			$user  = (int) get_user_by( 'login', ${ JSON.stringify( owner.login ) } )->ID;
			$stale = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $user, 'Stale read', 'The home page takes ten seconds to load.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) )['ticket'];
			// Another request closes the ticket after this one read it as new.
			$svc->close_by_customer( $stale, $user );
			$moved = $svc->move( $stale, WP24\\Helpdesk\\Tickets\\Ticket_Status::CLOSED, $user, 'by_customer' );
			$again = $svc->move( $moved, WP24\\Helpdesk\\Tickets\\Ticket_Status::CLOSED, $user, 'by_customer' );
			// A technician closing from the stale read finds it closed already: nothing to do.
			$same     = $svc->change_status( $stale, WP24\\Helpdesk\\Tickets\\Ticket_Status::CLOSED, 1, 'resolved' )->status->value;
			$conflict = '';
			try {
				// One who decided "waiting for the customer" on the stale read is told it changed.
				$svc->change_status( $stale, WP24\\Helpdesk\\Tickets\\Ticket_Status::WAITING, 1 );
			} catch ( WP24\\Helpdesk\\Errors\\Domain_Exception $e ) {
				$conflict = $e->status() . ' ' . $e->getMessage();
			}
			global $wpdb;
			echo wp_json_encode( array(
				'status'   => $repo->find( $stale->id() )->status->value,
				'reason'   => $repo->find( $stale->id() )->close_reason,
				'changes'  => $wpdb->get_col( $wpdb->prepare( "SELECT body FROM %i WHERE ticket_id = %d AND author_role = 'system' AND body LIKE %s ORDER BY id", WP24\\Helpdesk\\Schema\\Tables::messages(), $stale->id(), 'Status changed%' ) ),
				'same'     => $same,
				'conflict' => $conflict,
			) );
		` );
			expect( result ).toEqual( {
				status: 'closed',
				reason: 'by_customer',
				changes: [ 'Status changed from New to Closed.' ],
				same: 'closed',
				conflict:
					'409 status: someone changed this ticket meanwhile; reload it and decide again.',
			} );
		} );
	}
);
