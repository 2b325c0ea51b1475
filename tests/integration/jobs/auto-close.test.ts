/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { SERVICES_PHP } from '../harness/php-services';

type Mail = { to: string[]; subject: string; text: string; html: string };
type Row = { status: string; close_reason: string; reminder: boolean };

/**
 * R9: a ticket waiting for the customer is reminded once and closed after 7 days, driven by
 * calling the job's hook with the tickets' clocks moved back (no sleeping).
 */
describe( 'auto-close job', () => {
	const site = useSite();

	/**
	 * Runs PHP with the services and `$state( $id )` (status, close reason, reminder sent).
	 *
	 * @param body PHP that echoes JSON.
	 */
	const run = < T >( body: string ) =>
		site().phpJson< T >( `
			${ SERVICES_PHP }
			$state = static function ( int $id ) use ( $repo ): array {
				$t = $repo->find( $id );
				return array( 'status' => $t->status(), 'close_reason' => (string) $t->close_reason, 'reminder' => null !== $t->reminder_sent_at );
			};
			$waiting = static function ( string $subject, string $email = 'guest@example.test' ) use ( $guest, $svc ) {
				$ticket = $guest( $subject, $email );
				return $svc->reply( $ticket, 1, true, 'Could you send us the error message?' );
			};
			${ body }
		` );

	it( 'closes at 7 days without a reply, not at 6 days 23 hours, and reminds the younger one once', async () => {
		const result = await run< {
			old: Row;
			young: Row;
			mails: Mail[];
			again: Mail[];
			notes: string[];
		} >( `
			$old   = $waiting( 'Old waiting ticket', 'old@example.test' );
			$young = $waiting( 'Young waiting ticket', 'young@example.test' );
			$set( $old->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P7DT1M' ) ) ) );
			$set( $young->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P6DT23H' ) ) ) );
			$mails();
			do_action( 'wp24hd_auto_close' );
			$first = $mails();
			do_action( 'wp24hd_auto_close' );
			echo wp_json_encode( array(
				'old'   => $state( $old->id() ),
				'young' => $state( $young->id() ),
				'mails' => $first,
				'again' => $mails(),
				'notes' => array_map( static fn( $m ) => $m['body'], array_filter( $repo->messages( $old->id(), true ), static fn( $m ) => 'system' === $m['author_role'] ) ),
			) );
		` );

		expect( result.old ).toEqual( {
			status: 'closed',
			close_reason: 'auto_closed',
			reminder: false,
		} );
		expect( result.young ).toEqual( {
			status: 'waiting_customer',
			close_reason: '',
			reminder: true,
		} );
		const byRecipient = Object.fromEntries(
			result.mails.map( ( m ) => [ m.to[ 0 ], m ] )
		);
		expect( result.mails ).toHaveLength( 2 );
		expect( byRecipient[ 'old@example.test' ].subject ).toMatch(
			/^Ticket closed: WP24-\w+ Old waiting ticket$/
		);
		expect( byRecipient[ 'old@example.test' ].text ).toContain(
			'Reply to the ticket within 14 days and it opens again.'
		);
		expect( byRecipient[ 'young@example.test' ].subject ).toMatch(
			/^We are waiting for your reply: WP24-\w+ Young waiting ticket$/
		);
		expect( result.again ).toEqual( [] );
		const notes = Object.values( result.notes ).join( '\n' );
		expect( notes ).toContain(
			'Closed automatically after 7 days without a reply from the customer.'
		);
		expect( notes ).toMatch(
			/Email &quot;Ticket closed: WP24-\w+ Old waiting ticket&quot; sent to old@example\.test\./
		);
	} );

	it( 'stops the countdown when the customer replies, and restarts it on the next technician answer', async () => {
		const result = await run< {
			afterReply: Row;
			afterAnswer: Row & { waiting_recent: boolean };
			mails: Mail[];
		} >( `
			$ticket = $waiting( 'Customer answers in time' );
			$set( $ticket->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P6DT12H' ) ) ) );
			do_action( 'wp24hd_auto_close' );
			$reminded = $repo->find( $ticket->id() );
			$svc->reply( $reminded, 0, false, 'Here is the error message you asked for.' );
			$set( $ticket->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P30D' ) ) ) );
			$mails();
			do_action( 'wp24hd_auto_close' );
			$after_reply = $state( $ticket->id() );
			$svc->reply( $repo->find( $ticket->id() ), 1, true, 'Thanks, fixed. Can you confirm?' );
			$answered = $repo->find( $ticket->id() );
			do_action( 'wp24hd_auto_close' );
			echo wp_json_encode( array(
				'afterReply'  => $after_reply,
				'afterAnswer' => $state( $ticket->id() ) + array( 'waiting_recent' => $answered->time( 'waiting_since' ) > $ago( 'PT5M' ) ),
				'mails'       => array_values( array_filter( $mails(), static fn( $m ) => str_contains( $m['subject'], 'Customer answers in time' ) && ! str_starts_with( $m['subject'], 'New reply' ) && ! str_starts_with( $m['subject'], 'Customer reply' ) ) ),
			) );
		` );

		expect( result.afterReply.status ).toBe( 'open' );
		expect( result.afterAnswer ).toEqual( {
			status: 'waiting_customer',
			close_reason: '',
			reminder: false,
			waiting_recent: true,
		} );
		expect( result.mails ).toEqual( [] );
	} );

	it( 'catches up after ten days without cron with one notice per ticket', async () => {
		const result = await run< { states: Row[]; mails: Mail[] } >( `
			$ids = array();
			foreach ( array( 'a', 'b', 'c' ) as $n ) {
				$ticket = $waiting( 'Forgotten ' . $n, $n . '@catchup.test' );
				$set( $ticket->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P17D' ) ) ) );
				$ids[] = $ticket->id();
			}
			$mails();
			do_action( 'wp24hd_auto_close' );
			do_action( 'wp24hd_auto_close' );
			echo wp_json_encode( array(
				'states' => array_map( $state, $ids ),
				'mails'  => $mails(),
			) );
		` );

		expect( result.states.map( ( s ) => s.close_reason ) ).toEqual( [
			'auto_closed',
			'auto_closed',
			'auto_closed',
		] );
		expect( result.mails.map( ( m ) => m.to[ 0 ] ).sort() ).toEqual( [
			'a@catchup.test',
			'b@catchup.test',
			'c@catchup.test',
		] );
		expect(
			result.mails.every( ( m ) =>
				m.subject.startsWith( 'Ticket closed' )
			)
		).toBe( true );
	} );

	it( 'does nothing while another run holds the lock, and takes over a lock left by a crashed run', async () => {
		const result = await run< {
			locked: string;
			released: string;
			stale: boolean;
		} >( `
			$ticket = $waiting( 'Locked ticket' );
			$set( $ticket->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P8D' ) ) ) );
			WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'wp24hd_auto_close', 900 );
			do_action( 'wp24hd_auto_close' );
			$locked = $repo->find( $ticket->id() )->status();
			WP24\\Helpdesk\\Jobs\\Job_Lock::release( 'wp24hd_auto_close' );
			do_action( 'wp24hd_auto_close' );
			$released = $repo->find( $ticket->id() )->status();
			// A crashed run's lock expired a minute ago: the next run takes it over.
			$GLOBALS['wpdb']->insert( $GLOBALS['wpdb']->options, array( 'option_name' => 'wp24hd_lock_stale_job', 'option_value' => (string) ( time() - 60 ), 'autoload' => 'off' ) );
			$stale = WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'stale_job', 900 ) && ! WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'stale_job', 900 );
			WP24\\Helpdesk\\Jobs\\Job_Lock::release( 'stale_job' );
			echo wp_json_encode( compact( 'locked', 'released', 'stale' ) );
		` );

		expect( result ).toEqual( {
			locked: 'waiting_customer',
			released: 'closed',
			stale: true,
		} );
	} );

	it( 'follows the configured days and reminder time, and sends no reminder when it is set to 0', async () => {
		const result = await run< { closed: string; kept: Row } >( `
			$settings->update( array( 'auto_close_days' => 3, 'auto_close_reminder_hours' => 0 ) );
			$closed = $waiting( 'Three days are enough' );
			$kept   = $waiting( 'Two days are not' );
			$set( $closed->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P3DT1M' ) ) ) );
			$set( $kept->id(), array( 'waiting_since' => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $ago( 'P2DT23H' ) ) ) );
			do_action( 'wp24hd_auto_close' );
			$settings->update( array( 'auto_close_days' => 7, 'auto_close_reminder_hours' => 48 ) );
			echo wp_json_encode( array( 'closed' => $state( $closed->id() )['close_reason'], 'kept' => $state( $kept->id() ) ) );
		` );

		expect( result.closed ).toBe( 'auto_closed' );
		expect( result.kept ).toEqual( {
			status: 'waiting_customer',
			close_reason: '',
			reminder: false,
		} );
	} );
} );
