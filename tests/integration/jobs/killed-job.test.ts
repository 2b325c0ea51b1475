/**
 * External dependencies
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { SERVICES_PHP } from '../harness/php-services';

/**
 * A job process killed mid-run needs a real process: the MariaDB lane runs each snippet in its
 * own php-cli, while Playground runs one at a time inside the test process.
 */
const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

type Result = {
	skipped: boolean;
	log: string[];
	states: Array< { status: string; close_reason: string; notes: number } >;
	mails: string[];
	lease: string | null;
};

/**
 * The fault lane (issue 17): the auto-close job's php-cli process is killed (SIGKILL) while it
 * sends the second of four closing notices. Its lease blocks the next run, which says so in the
 * log; once the lease has run out (the clock set one lease on) the next run takes over and does
 * the remaining work once: the two tickets left are closed and told, the first is not told
 * again, and the notice the kill interrupted is not sent twice (closing notices are at most once).
 */
( onMariaDB ? describe : describe.skip )(
	'a job process killed mid-run',
	() => {
		const site = useSite();

		it( 'blocks the next run for one lease only, which then closes the rest once', async () => {
			const dir = fs.mkdtempSync(
				path.join( os.tmpdir(), 'wp24-killed-' )
			);
			const pidFile = path.join( dir, 'pid' );
			const ids = await site().phpJson< number[] >( `
			${ SERVICES_PHP }
			$ids = array();
			$at  = array_map( static fn( $n ) => $ago( 'P8DT' . $n . 'M' ), array( 4 => 4, 3 => 3, 2 => 2, 1 => 1 ) );
			foreach ( $at as $n => $moment ) {
				// Asked 8 days and n minutes ago, so the job closes them in this order.
				$travel_to( $moment );
				$ticket = $guest( 'Killed run ' . $n, 'killed' . ( 5 - $n ) . '@example.test' );
				$ids[]  = $replies->reply( $ticket, 1, true, 'Could you send us the error message?' )->id();
			}
			$travel_back();
			delete_option( 'wp24hd_test_mails' );
			echo wp_json_encode( $ids );
		` );

			const killed = site()
				.php(
					`
				add_filter( 'wp_mail', static function ( $args ) {
					if ( in_array( 'killed2@example.test', (array) $args['to'], true ) ) {
						file_put_contents( ${ JSON.stringify( pidFile ) }, (string) getmypid() );
						sleep( 60 );
					}
					return $args;
				}, 1 );
				do_action( 'wp24hd_auto_close' );
			`
				)
				.then(
					() => 'finished',
					( error: Error ) => error.message
				);
			for ( let waited = 0; ! fs.existsSync( pidFile ); waited += 50 ) {
				if ( waited > 20000 ) {
					throw new Error(
						'The job never reached the second notice.'
					);
				}
				await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
			}
			process.kill(
				Number( fs.readFileSync( pidFile, 'utf8' ) ),
				'SIGKILL'
			);
			expect( await killed ).toMatch( /^PHP failed \(SIGKILL\)/ );
			fs.rmSync( dir, { recursive: true, force: true } );

			const result = await site().phpJson< Result >( `
			${ SERVICES_PHP }
			$log = get_temp_dir() . 'wp24hd-killed-' . wp_generate_password( 8, false ) . '.log';
			ini_set( 'error_log', $log );
			$ids = ${ JSON.stringify( ids ) };
			$closed = static fn() => array_map( static fn( $id ) => $repo->find( $id )->status->value, $ids );
			// Right after the kill its lease still holds: this run is skipped.
			do_action( 'wp24hd_auto_close' );
			$skipped = array( 'closed', 'closed', 'waiting_customer', 'waiting_customer' ) === $closed();
			// One lease later the next run takes over.
			$travel( 'PT' . ( WP24\\Helpdesk\\Jobs\\Job_Lock::LEASE + 1 ) . 'S' );
			do_action( 'wp24hd_auto_close' );
			$travel_back();
			echo wp_json_encode( array(
				'skipped' => $skipped,
				'log'     => file_exists( $log ) ? array_map( static fn( $line ) => preg_replace( '/^\\[[^\\]]*\\] /', '', $line ), file( $log, FILE_IGNORE_NEW_LINES ) ) : array(),
				'states'  => array_map(
					static function ( $id ) use ( $repo ) {
						$notes = array_filter( $repo->messages()->thread( $id, true ), static fn( $m ) => 'system' === $m->author_role && str_starts_with( $m->body, 'Closed automatically' ) );
						return array( 'status' => $repo->find( $id )->status->value, 'close_reason' => (string) $repo->find( $id )->close_reason, 'notes' => count( $notes ) );
					},
					$ids
				),
				'mails'   => array_map( static fn( $m ) => $m['to'][0], $mails() ),
				'lease'   => $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT option_value FROM %i WHERE option_name = %s', $GLOBALS['wpdb']->options, 'wp24hd_lock_wp24hd_auto_close' ) ),
			) );
		` );

			const closed = {
				status: 'closed',
				close_reason: 'auto_closed',
				notes: 1,
			};
			expect( result ).toEqual( {
				skipped: true,
				log: [
					'WP24 Helpdesk: the wp24hd_auto_close run was skipped: another run holds its lease.',
				],
				states: [ closed, closed, closed, closed ],
				// killed1 was told by the killed run, killed2's notice died with it.
				mails: [
					'killed1@example.test',
					'killed3@example.test',
					'killed4@example.test',
				],
				lease: null,
			} );
		}, 120000 );
	}
);
