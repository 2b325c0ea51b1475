/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { SERVICES_PHP } from '../harness/php-services';

type Mail = { to: string[]; subject: string; text: string; html: string };
type Row = { status: string; close_reason: string; reminder: boolean };

/**
 * R9: a ticket waiting for the customer is reminded once and closed after 7 days, driven by
 * calling the job's hook with the plugin's clock set (no sleeping, no rows moved).
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
				return array( 'status' => $t->status->value, 'close_reason' => (string) $t->close_reason, 'reminder' => null !== $t->reminder_sent_at );
			};
			$waiting = static function ( string $subject, string $email = 'guest@example.test' ) use ( $guest, $replies ) {
				$ticket = $guest( $subject, $email );
				return $replies->reply( $ticket, 1, true, 'Could you send us the error message?' );
			};
			// A ticket whose technician asked the customer at a moment in the past.
			$waiting_since = static function ( DateTimeImmutable $at, string $subject, string $email = 'guest@example.test' ) use ( $waiting, $travel_to, $travel_back ) {
				$travel_to( $at );
				$ticket = $waiting( $subject, $email );
				$travel_back();
				return $ticket;
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
			$old   = $waiting_since( $ago( 'P7DT1M' ), 'Old waiting ticket', 'old@example.test' );
			$young = $waiting_since( $ago( 'P6DT23H' ), 'Young waiting ticket', 'young@example.test' );
			$mails();
			do_action( 'wp24hd_auto_close' );
			$first = $mails();
			do_action( 'wp24hd_auto_close' );
			echo wp_json_encode( array(
				'old'   => $state( $old->id() ),
				'young' => $state( $young->id() ),
				'mails' => $first,
				'again' => $mails(),
				'notes' => array_map( static fn( $m ) => $m->body, array_filter( $repo->messages()->thread( $old->id(), true ), static fn( $m ) => 'system' === $m->author_role ) ),
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
			$ticket = $waiting_since( $ago( 'P6DT12H' ), 'Customer answers in time' );
			do_action( 'wp24hd_auto_close' );
			$reminded = $repo->find( $ticket->id() );
			$replies->reply( $reminded, 0, false, 'Here is the error message you asked for.' );
			$mails();
			// A month later the customer's answer still holds the ticket open.
			$travel( 'P30D' );
			do_action( 'wp24hd_auto_close' );
			$travel_back();
			$after_reply = $state( $ticket->id() );
			$replies->reply( $repo->find( $ticket->id() ), 1, true, 'Thanks, fixed. Can you confirm?' );
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
				$ticket = $waiting_since( $ago( 'P17D' ), 'Forgotten ' . $n, $n . '@catchup.test' );
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

	/** PHP that sends error_log() to a file of its own and `$logged()` reads it, without the dates. */
	const LOG_PHP = `
		$log = get_temp_dir() . 'wp24hd-lease-' . wp_generate_password( 8, false ) . '.log';
		ini_set( 'error_log', $log );
		$logged = static fn(): array => file_exists( $log ) ? array_map( static fn( $line ) => preg_replace( '/^\\[[^\\]]*\\] /', '', $line ), file( $log, FILE_IGNORE_NEW_LINES ) ) : array();
		$lease_row = static fn( string $name ) => $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT option_value FROM %i WHERE option_name = %s', $GLOBALS['wpdb']->options, 'wp24hd_lock_' . $name ) );
	`;

	it( 'skips a run while another run holds a live lease, says so in the log, and does nothing', async () => {
		const result = await run< {
			status: string;
			log: string[];
			row: boolean;
		} >( `
			${ LOG_PHP }
			$ticket = $waiting_since( $ago( 'P8D' ), 'Leased ticket' );
			$held = 'another-run|' . ( time() + 60 );
			$GLOBALS['wpdb']->insert( $GLOBALS['wpdb']->options, array( 'option_name' => 'wp24hd_lock_wp24hd_auto_close', 'option_value' => $held, 'autoload' => 'off' ) );
			do_action( 'wp24hd_auto_close' );
			$status = $repo->find( $ticket->id() )->status->value;
			$row    = $held === $lease_row( 'wp24hd_auto_close' );
			$GLOBALS['wpdb']->delete( $GLOBALS['wpdb']->options, array( 'option_name' => 'wp24hd_lock_wp24hd_auto_close' ) );
			echo wp_json_encode( array( 'status' => $status, 'log' => $logged(), 'row' => $row ) );
		` );

		expect( result ).toEqual( {
			status: 'waiting_customer',
			log: [
				'WP24 Helpdesk: the wp24hd_auto_close run was skipped: another run holds its lease.',
			],
			row: true,
		} );
	} );

	it( 'takes over the expired lease of a run killed mid-run and does the work', async () => {
		const result = await run< {
			status: string;
			log: string[];
			row: string | null;
		} >( `
			${ LOG_PHP }
			$ticket = $waiting_since( $ago( 'P8D' ), 'Ticket of a killed run' );
			// The killed run last renewed its lease more than a lease ago: it expired a second ago.
			$GLOBALS['wpdb']->insert( $GLOBALS['wpdb']->options, array( 'option_name' => 'wp24hd_lock_wp24hd_auto_close', 'option_value' => 'killed-run|' . ( time() - 1 ), 'autoload' => 'off' ) );
			do_action( 'wp24hd_auto_close' );
			echo wp_json_encode( array( 'status' => $repo->find( $ticket->id() )->status->value, 'log' => $logged(), 'row' => $lease_row( 'wp24hd_auto_close' ) ) );
		` );

		expect( result ).toEqual( { status: 'closed', log: [], row: null } );
	} );

	it( 'keeps the lease of a run that renews it, even past the time a lease lasts', async () => {
		const result = await run< {
			renewed: boolean;
			expiresIn: number;
			takenOver: boolean;
			released: string | null;
		} >( `
			${ LOG_PHP }
			$lease = WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'long_job', WP24\\Helpdesk\\Jobs\\Job_Lock::LEASE, $clock );
			// A batch took longer than the lease: its expiry has passed, nobody has taken it yet.
			$travel( 'PT3M' );
			$renewed    = $lease->renew();
			$value      = $lease_row( 'long_job' );
			$expires_in = (int) substr( $value, strrpos( $value, '|' ) + 1 ) - $clock->now()->getTimestamp();
			$taken_over = null !== WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'long_job', WP24\\Helpdesk\\Jobs\\Job_Lock::LEASE, $clock );
			$lease->release();
			$travel_back();
			echo wp_json_encode( array( 'renewed' => $renewed, 'expiresIn' => $expires_in, 'takenOver' => $taken_over, 'released' => $lease_row( 'long_job' ) ) );
		` );

		expect( result ).toEqual( {
			renewed: true,
			expiresIn: 120,
			takenOver: false,
			released: null,
		} );
	} );

	it( 'renews its lease before each batch, so a run whose batch outlasted the lease is not taken over', async () => {
		const result = await run< {
			closed: Row;
			reminded: Row;
			takenOver: boolean[];
			released: string | null;
		} >( `
			${ LOG_PHP }
			$close  = $waiting_since( $ago( 'P8D' ), 'Closed in the first batch', 'first@batch.test' );
			$remind = $waiting_since( $ago( 'P6D' ), 'Reminded in the second batch', 'second@batch.test' );
			$taken_over = array();
			add_filter( 'wp_mail', static function ( $args ) use ( $travel, $clock, &$taken_over ) {
				if ( 'first@batch.test' === $args['to'] || array( 'first@batch.test' ) === $args['to'] ) {
					// The first batch took longer than the lease: its expiry has passed.
					$travel( 'PT3M' );
				} else {
					$taken_over[] = null !== WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'wp24hd_auto_close', WP24\\Helpdesk\\Jobs\\Job_Lock::LEASE, $clock );
				}
				return $args;
			} );
			do_action( 'wp24hd_auto_close' );
			$travel_back();
			echo wp_json_encode( array( 'closed' => $state( $close->id() ), 'reminded' => $state( $remind->id() ), 'takenOver' => $taken_over, 'released' => $lease_row( 'wp24hd_auto_close' ) ) );
		` );

		expect( result ).toEqual( {
			closed: {
				status: 'closed',
				close_reason: 'auto_closed',
				reminder: false,
			},
			reminded: {
				status: 'waiting_customer',
				close_reason: '',
				reminder: true,
			},
			takenOver: [ false ],
			released: null,
		} );
	} );

	it( 'lets only its owner release a lease: a run whose lease was taken over releases nothing', async () => {
		const result = await run< {
			takenOver: boolean;
			staleRenews: boolean;
			heldAfterStaleRelease: boolean;
			freeAfterOwnerRelease: boolean;
		} >( `
			${ LOG_PHP }
			$lease = static fn() => WP24\\Helpdesk\\Jobs\\Job_Lock::acquire( 'owned_job', WP24\\Helpdesk\\Jobs\\Job_Lock::LEASE, $clock );
			$stale = $lease();
			// The stale run stopped renewing: a lease later another run takes over.
			$travel( 'PT3M' );
			$owner        = $lease();
			$owner_value  = $lease_row( 'owned_job' );
			$stale_renews = $stale->renew();
			$stale->release();
			$held = $owner_value === $lease_row( 'owned_job' ) && null === $lease();
			$owner->release();
			$again = $lease();
			$free  = null !== $again;
			$again->release();
			$travel_back();
			echo wp_json_encode( array( 'takenOver' => null !== $owner, 'staleRenews' => $stale_renews, 'heldAfterStaleRelease' => $held, 'freeAfterOwnerRelease' => $free ) );
		` );

		expect( result ).toEqual( {
			takenOver: true,
			staleRenews: false,
			heldAfterStaleRelease: true,
			freeAfterOwnerRelease: true,
		} );
	} );

	it( 'follows the configured days and reminder time, and sends no reminder when it is set to 0', async () => {
		const result = await run< { closed: string; kept: Row } >( `
			$settings->update( array( 'auto_close_days' => 3, 'auto_close_reminder_hours' => 0 ) );
			$closed = $waiting_since( $ago( 'P3DT1M' ), 'Three days are enough' );
			$kept   = $waiting_since( $ago( 'P2DT23H' ), 'Two days are not' );
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

	// Last in the file: eight days on, every ticket still waiting here closes.
	it( 'closes a ticket asked today when the clock stands eight days later, and not on the seventh day minus a minute', async () => {
		const result = await run< {
			before: Row;
			after: Row & { closed_at: string; expected: string };
		} >( `
			$ticket = $waiting( 'Closed by the clock, no row moved', 'clock@example.test' );
			$since  = $repo->find( $ticket->id() )->time( 'waiting_since' );
			$travel_to( $since->add( new DateInterval( 'P6DT23H59M' ) ) );
			do_action( 'wp24hd_auto_close' );
			$before = $state( $ticket->id() );
			$travel( 'P8D' );
			$at = $clock->now();
			do_action( 'wp24hd_auto_close' );
			$travel_back();
			echo wp_json_encode( array(
				'before' => $before,
				'after'  => $state( $ticket->id() ) + array(
					'closed_at' => (string) $repo->find( $ticket->id() )->closed_at,
					'expected'  => WP24\\Helpdesk\\Tickets\\Ticket_Repository::date( $at ),
				),
			) );
		` );

		expect( result.before ).toEqual( {
			status: 'waiting_customer',
			close_reason: '',
			reminder: true,
		} );
		expect( result.after.status ).toBe( 'closed' );
		expect( result.after.close_reason ).toBe( 'auto_closed' );
		// The close is stamped with the clock's time, eight days on, not the machine's.
		expect(
			Math.abs(
				Date.parse( result.after.closed_at + 'Z' ) -
					Date.parse( result.after.expected + 'Z' )
			)
		).toBeLessThanOrEqual( 2000 );
	} );
} );
