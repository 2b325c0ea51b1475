/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { SERVICES_PHP } from '../harness/php-services';

type Mail = { to: string[]; subject: string; text: string };

/**
 * R12 and R8 on the clock: renewal reminders a month before expiry (once per period), expiry,
 * and quotes that outlive their validity.
 */
describe( 'renewal and quote expiry jobs', () => {
	const site = useSite();
	let planId: number;

	/**
	 * Runs PHP with the services, `$plan` and `$customer( $login )` (a user with the plan for
	 * 365 days), and `$expires( $entitlement, $spec_from_now )`.
	 *
	 * @param body PHP that echoes JSON.
	 */
	const run = < T >( body: string ) =>
		site().phpJson< T >( `
			${ SERVICES_PHP }
			$plan     = ${ planId };
			$customer = static function ( string $login ) use ( $staff_ents, $plan ) {
				$user = wp_insert_user( array( 'user_login' => $login, 'user_email' => $login . '@renew.test', 'user_pass' => wp_generate_password(), 'display_name' => ucfirst( $login ), 'role' => 'subscriber' ) );
				return $staff_ents->grant_by_staff( $user, $plan, 0, 1, 'Test customer' );
			};
			$expires = static function ( $entitlement, DateTimeImmutable $at ) use ( $ent_repo ) {
				return $ent_repo->update( $entitlement->id, array( 'expires_at' => $at ) );
			};
			${ body }
		` );

	beforeAll( async () => {
		planId = await site().phpJson( `
			$id = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			update_post_meta( $id, 'wp24hd_renewal_notice_days', 30 );
			update_option( 'admin_email', 'staff@agency.test' );
			echo (int) $id;
		` );
	} );

	it( 'reminds once at 30 days before expiry, puts the plan in the renewal queue and sends staff one digest', async () => {
		const result = await run< {
			first: Mail[];
			again: Mail[];
			log: string[];
			early: Mail[];
		} >( `
			$due   = $expires( $customer( 'anna' ), $ahead( 'P29DT23H' ) );
			$early = $expires( $customer( 'bruno' ), $ahead( 'P30DT1H' ) );
			$mails();
			do_action( 'wp24hd_renewals' );
			$first = $mails();
			do_action( 'wp24hd_renewals' );
			$again = $mails();
			echo wp_json_encode( array(
				'first' => $first,
				'again' => $again,
				'log'   => array_column( $ent_repo->log()->for_entitlement( $due->id ), 'event' ),
				'early' => array_values( array_filter( $first, static fn( $m ) => in_array( 'bruno@renew.test', $m['to'], true ) ) ),
			) );
		` );

		const customerMail = result.first.filter( ( m ) =>
			m.to.includes( 'anna@renew.test' )
		);
		expect( customerMail ).toHaveLength( 1 );
		expect( customerMail[ 0 ].subject ).toMatch(
			/^Your Piano Basic expires on /
		);
		const digest = result.first.filter( ( m ) =>
			m.to.includes( 'staff@agency.test' )
		);
		expect( digest ).toHaveLength( 1 );
		expect( digest[ 0 ].subject ).toBe(
			'1 plan to renew: contact the customer'
		);
		expect( digest[ 0 ].text ).toContain( 'Anna <anna@renew.test>' );
		expect( digest[ 0 ].text ).not.toContain( 'bruno' );
		expect( result.early ).toEqual( [] );
		expect( result.again ).toEqual( [] );
		expect( result.log ).toEqual( [ 'staff_grant', 'renewal_due' ] );
	} );

	it( 'reminds again for the next period after a renewal', async () => {
		const result = await run< { before: number; after: number } >( `
			$e = $expires( $customer( 'carla' ), $ahead( 'P10D' ) );
			do_action( 'wp24hd_renewals' );
			$before = count( array_filter( $mails(), static fn( $m ) => in_array( 'carla@renew.test', $m['to'], true ) ) );
			// Renewed: a year later, the new period comes close to its end.
			$expires( $e, $ahead( 'P20D' ) );
			do_action( 'wp24hd_renewals' );
			$after = count( array_filter( $mails(), static fn( $m ) => in_array( 'carla@renew.test', $m['to'], true ) ) );
			echo wp_json_encode( compact( 'before', 'after' ) );
		` );

		expect( result ).toEqual( { before: 1, after: 1 } );
	} );

	it( 'expires plans past their end, tells the customer once, and handles new tickets as without plan', async () => {
		const result = await run< {
			status: string;
			active: boolean;
			mails: Mail[];
			again: number;
			intake: string;
		} >( `
			$e = $expires( $customer( 'dario' ), $ago( 'PT1M' ) );
			$mails();
			do_action( 'wp24hd_renewals' );
			$first = $mails();
			do_action( 'wp24hd_renewals' );
			try {
				$intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $e->user_id, 'Help under the plan', 'The site is down since this morning.', WP24\\Helpdesk\\Tickets\\Ticket_Type::SUPPORT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) );
				$intake = 'accepted';
			} catch ( WP24\\Helpdesk\\Errors\\Domain_Exception $error ) {
				$intake = $error->error_code();
			}
			echo wp_json_encode( array(
				'status' => $ent_repo->find( $e->id )->status,
				'active' => null !== $ents->active_for_user( $e->user_id ),
				'mails'  => array_values( array_filter( $first, static fn( $m ) => in_array( 'dario@renew.test', $m['to'], true ) ) ),
				'again'  => count( $mails() ),
				'intake' => $intake,
			) );
		` );

		expect( result.status ).toBe( 'expired' );
		expect( result.active ).toBe( false );
		expect( result.mails.map( ( m ) => m.subject ) ).toEqual( [
			'Your Piano Basic has expired',
		] );
		expect( result.again ).toBe( 0 );
		expect( result.intake ).toBe( 'wp24hd_plan_required' );
	} );

	it( 'expires a sent quote after its validity, notes it on the ticket and tells the customer once', async () => {
		const result = await run< {
			quote: string;
			ticket: string;
			mails: Mail[];
			again: number;
			note: boolean;
		} >( `
			// Asked for and sent a week and a minute ago, valid for a week.
			$travel_to( $ago( 'P7DT1M' ) );
			$ticket = $guest( 'Quote me a new theme', 'quote@example.test' );
			$quote  = $quotes->create( $ticket, 45000, 'EUR', 'Two days of work.', $ahead( 'P7D' ), true, 1 );
			$travel_back();
			$mails();
			do_action( 'wp24hd_quote_expiry' );
			$first = $mails();
			do_action( 'wp24hd_quote_expiry' );
			echo wp_json_encode( array(
				'quote'  => $repo->quotes()->latest( $ticket->id() )->status->value,
				'ticket' => $repo->find( $ticket->id() )->status->value,
				'mails'  => $first,
				'again'  => count( $mails() ),
				'note'   => in_array( 'The quote expired without an answer. Reply to the ticket to ask for a new one.', array_column( $repo->messages()->thread( $ticket->id(), false ), 'body' ), true ),
			) );
		` );

		expect( result.quote ).toBe( 'expired' );
		expect( result.ticket ).toBe( 'quote_sent' );
		expect( result.mails.map( ( m ) => [ m.to, m.subject ] ) ).toEqual( [
			[
				[ 'quote@example.test' ],
				expect.stringMatching(
					/^Your quote has expired: WP24-\w+ Quote me a new theme$/
				),
			],
		] );
		expect( result.mails[ 0 ].text ).toContain( '450.00 EUR' );
		expect( result.again ).toBe( 0 );
		expect( result.note ).toBe( true );
	} );
} );
