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

/**
 * Two upgrades at once need two PHP processes: the MariaDB lane runs each snippet in its own
 * php-cli, while Playground runs one at a time.
 */
const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

/**
 * A schema upgrade started by two requests at once runs each migration once (issue 17, class 9).
 */
( onMariaDB ? describe : describe.skip )( 'concurrent schema upgrades', () => {
	const site = useSite();

	/** PHP that counts the migration's row rewrites (UPDATEs of the entitlement log) in `$rewrites`. */
	const COUNT_REWRITES = `
		$rewrites = 0;
		$log_table = WP24\\Helpdesk\\Schema\\Tables::entitlement_log();
		add_filter( 'query', static function ( $sql ) use ( &$rewrites, $log_table, &$on_rewrite ) {
			if ( str_starts_with( $sql, 'UPDATE \`' . $log_table . '\`' ) ) {
				++$rewrites;
				if ( isset( $on_rewrite ) ) {
					$on_rewrite();
				}
			}
			return $sql;
		} );
	`;

	const waitFor = async ( file: string, ms: number ) => {
		const until = Date.now() + ms;
		while ( ! fs.existsSync( file ) ) {
			if ( Date.now() > until ) {
				throw new Error( `${ file } did not appear` );
			}
			await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
		}
	};

	it( 'runs the schema 10 migration once when a second upgrade starts while the first is migrating', async () => {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-upgrade-' ) );
		const started = path.join( dir, 'started' );
		const done = path.join( dir, 'done' );
		const blog = await site().phpJson< number >( `
			global $wpdb;
			foreach ( array( 93001, 93002, 93003 ) as $item ) {
				$wpdb->insert( WP24\\Helpdesk\\Schema\\Tables::entitlement_log(), array( 'entitlement_id' => 0, 'event' => 'grant', 'event_key' => 'grant:order_item:' . $item, 'order_id' => 9300, 'order_item_id' => $item, 'note' => '', 'created_at' => gmdate( 'Y-m-d H:i:s' ) ) );
			}
			update_option( 'wp24hd_schema_version', 9, false );
			echo get_current_blog_id();
		` );

		// The first upgrade stops at its first rewrite until the second one has finished.
		const first = site().phpJson< number >( `
			${ COUNT_REWRITES }
			$on_rewrite = static function () {
				static $paused = false;
				if ( $paused ) {
					return;
				}
				$paused = true;
				touch( ${ JSON.stringify( started ) } );
				for ( $i = 0; $i < 200 && ! file_exists( ${ JSON.stringify( done ) } ); $i++ ) {
					usleep( 50000 );
				}
			};
			( new WP24\\Helpdesk\\Schema\\Schema_Manager() )->maybe_upgrade();
			echo $rewrites;
		` );
		await waitFor( started, 20000 );
		const second = await site().phpJson< number >( `
			${ COUNT_REWRITES }
			( new WP24\\Helpdesk\\Schema\\Schema_Manager() )->maybe_upgrade();
			echo $rewrites;
		` );
		fs.writeFileSync( done, '' );
		const firstRewrites = await first;

		const after = await site().phpJson< {
			keys: string[];
			version: number;
		} >( `
			global $wpdb;
			wp_cache_delete( 'wp24hd_schema_version', 'options' );
			echo wp_json_encode( array(
				'keys'    => $wpdb->get_col( $wpdb->prepare( 'SELECT event_key FROM %i WHERE order_id = 9300 ORDER BY id', WP24\\Helpdesk\\Schema\\Tables::entitlement_log() ) ),
				'version' => (int) get_option( 'wp24hd_schema_version' ),
			) );
		` );
		fs.rmSync( dir, { recursive: true, force: true } );

		expect( { firstRewrites, second, ...after } ).toEqual( {
			firstRewrites: 3,
			second: 0,
			keys: [
				`grant:${ blog }:9300:93001`,
				`grant:${ blog }:9300:93002`,
				`grant:${ blog }:9300:93003`,
			],
			version: 14,
		} );
	} );
} );
