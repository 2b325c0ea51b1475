#!/usr/bin/env node
/**
 * Fills the dev site with benchmark data: `npm run bench:seed -- --tickets=50000`.
 *
 * Usage: node bin/bench-seed.mjs [--tickets=50000] [--customers=2000] [--backend=playground|mariadb]
 *                                [--site-dir=.wp-site, or .wp-site-mariadb for MariaDB]
 * Run `npm start` once first (it creates the site and the demo data); stop it before seeding.
 * Idempotent: it adds only what is missing up to the numbers asked for. Works on either backend
 * of the dev site (Playground, or native PHP and MariaDB).
 */
import fs from 'node:fs';
import path from 'node:path';

import mariadb from './lib/mariadb.cjs';
import native from './lib/native-php.cjs';
import playground from './lib/playground.cjs';

const { PLUGIN_DIR, runPhp, startPlayground } = playground;

const args = process.argv.slice( 2 );
const option = ( name, fallback ) =>
	args.find( ( a ) => a.startsWith( `--${ name }=` ) )?.split( '=' )[ 1 ] ??
	fallback;
const tickets = Number( option( 'tickets', '50000' ) );
const customers = Number( option( 'customers', '2000' ) );
const wanted = option( 'backend', process.env.WP24_BACKEND ?? 'playground' );
const siteDir = path.resolve(
	PLUGIN_DIR,
	option( 'site-dir', wanted === 'mariadb' ? '.wp-site-mariadb' : '.wp-site' )
);
const say = ( msg ) => process.stdout.write( `[wp24] ${ msg }\n` );

if (
	! Number.isInteger( tickets ) ||
	tickets < 1 ||
	! Number.isInteger( customers ) ||
	customers < 1
) {
	say( 'Use whole numbers: --tickets=50000 --customers=2000' );
	process.exit( 2 );
}
if ( ! fs.existsSync( path.join( siteDir, '.wp24-site.json' ) ) ) {
	say(
		`No dev site in ${ siteDir }: run "npm start${
			wanted === 'mariadb' ? ' -- --backend=mariadb' : ''
		}" once first.`
	);
	process.exit( 1 );
}

say(
	`Seeding ${ tickets } tickets for ${ customers } customers into ${ siteDir }…`
);
const started = Date.now();
const code = `require_once WP_PLUGIN_DIR . '/wp24-helpdesk/bin/bench-seed.php'; echo wp_json_encode( wp24hd_bench_seed( ${ tickets }, ${ customers } ) );`;
const { backend = 'playground' } = JSON.parse(
	fs.readFileSync( path.join( siteDir, '.wp24-site.json' ), 'utf8' )
);
let counts;
if ( backend === 'mariadb' ) {
	// The site's own database server; PHP runs through php-cli, no web server needed.
	const database = await mariadb.startMariaDB( `${ siteDir }.mariadb` );
	try {
		counts = await native.runPhp( siteDir, 'http://127.0.0.1', code );
	} finally {
		await database.stop();
	}
} else {
	const server = await startPlayground( { siteDir, quiet: true } );
	try {
		counts = await runPhp( server, code );
	} finally {
		await server[ Symbol.asyncDispose ]();
	}
}
say(
	`Done in ${ Math.round( ( Date.now() - started ) / 1000 ) } s: ${ counts }`
);
