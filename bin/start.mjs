#!/usr/bin/env node
/**
 * The dev site: a persistent WordPress with the plugin mounted live and demo data.
 *
 * Usage: node bin/start.mjs [--reset] [--wp=latest|minimum] [--port=9400] [--site-dir=.wp-site]
 *                           [--backend=playground|mariadb] [--locale=it_IT|en_US]
 * Each backend keeps its own site: .wp-site/ for Playground, .wp-site-mariadb/ (and its database in
 * .wp-site-mariadb.mariadb/) for MariaDB, both git-ignored, so switching backends wipes nothing;
 * --reset starts over from a fresh core copy.
 * Backends: WordPress Playground (PHP in WebAssembly, SQLite; the default, nothing to install) or
 * native PHP with MariaDB from Debian's packages (`apt-get install php-cli php-mysql
 * mariadb-server`), the production stack; its database lives in <site-dir>.mariadb/.
 * --locale sets the site language (WordPress's own it_IT files come with the provisioned core).
 * The end-to-end tests start their own site with another --site-dir and --port.
 */
import fs from 'node:fs';
import path from 'node:path';

import mariadb from './lib/mariadb.cjs';
import native from './lib/native-php.cjs';
import playground from './lib/playground.cjs';
import wordpressCore from './lib/wordpress-core.cjs';

const { PLUGIN_DIR, copyCore, runPhp, startPlayground } = playground;
const { provisionWordPress } = wordpressCore;

const args = process.argv.slice( 2 );
const option = ( name, fallback ) =>
	args.find( ( a ) => a.startsWith( `--${ name }=` ) )?.split( '=' )[ 1 ] ??
	fallback;
const wp = option( 'wp', process.env.WP24_WP_VERSION ?? 'latest' );
const port = Number( option( 'port', process.env.WP24_PORT ?? '9400' ) );
const backend = option( 'backend', process.env.WP24_BACKEND ?? 'playground' );
const locale = option( 'locale', process.env.WP24_LOCALE ?? '' );
const siteDir = path.resolve(
	PLUGIN_DIR,
	option(
		'site-dir',
		backend === 'mariadb' ? '.wp-site-mariadb' : '.wp-site'
	)
);
const databaseDir = `${ siteDir }.mariadb`;
const say = ( msg ) => process.stdout.write( `[wp24] ${ msg }\n` );

if ( locale && ! /^[a-z]{2,3}(_[A-Z]{2})?$/.test( locale ) ) {
	say( `Unknown locale "${ locale }": use it_IT or en_US.` );
	process.exit( 2 );
}
if ( ! [ 'playground', 'mariadb' ].includes( backend ) ) {
	say( `Unknown backend "${ backend }": use playground or mariadb.` );
	process.exit( 2 );
}

say( `Provisioning WordPress (${ wp })…` );
const core = await provisionWordPress( wp, { log: say } );

const marker = path.join( siteDir, '.wp24-site.json' );
const existing = fs.existsSync( marker )
	? JSON.parse( fs.readFileSync( marker, 'utf8' ) )
	: null;
// A site made by the other backend has the other database: never wipe it without being asked.
if (
	existing &&
	! args.includes( '--reset' ) &&
	( existing.backend ?? 'playground' ) !== backend
) {
	say(
		`${ siteDir } holds a site made with the ${ existing.backend ?? 'playground' } backend, kept as it is. Leave --site-dir out (each backend has its own folder), or add --reset to replace it.`
	);
	process.exit( 2 );
}
const reset = args.includes( '--reset' ) || ! existing;
if ( reset ) {
	say( existing ? 'Resetting the dev site…' : 'Creating the dev site…' );
	copyCore( core.dir, siteDir );
	fs.rmSync( databaseDir, { recursive: true, force: true } );
	fs.writeFileSync(
		marker,
		JSON.stringify( {
			wordpress: core.version,
			backend,
			createdAt: new Date().toISOString(),
		} )
	);
} else {
	say(
		`Reusing the dev site in ${ siteDir } (npm run start:fresh starts over).`
	);
}

// No mail server here: emails are saved as files in wp-content/wp24hd-dev-mails/.
fs.mkdirSync( path.join( siteDir, 'wp-content', 'mu-plugins' ), {
	recursive: true,
} );
fs.copyFileSync(
	path.join( PLUGIN_DIR, 'bin', 'dev-mail-log.php' ),
	path.join( siteDir, 'wp-content', 'mu-plugins', 'wp24hd-dev-mail-log.php' )
);

/**
 * Serves the site on Playground: `{ url, php, stop }`.
 */
async function servePlayground() {
	say( 'Booting WordPress Playground (PHP 8.3, SQLite)…' );
	const server = await startPlayground( { siteDir, port, quiet: true } );
	return {
		url: server.serverUrl,
		php: ( code ) => runPhp( server, code ),
		stop: () => server[ Symbol.asyncDispose ](),
	};
}

/**
 * Serves the site on native PHP and MariaDB: `{ url, php, stop }`.
 */
async function serveNative() {
	say( 'Starting MariaDB and PHP’s built-in server…' );
	const database = await mariadb.startMariaDB( databaseDir );
	database.query( 'CREATE DATABASE IF NOT EXISTS `wordpress`;' );
	const url = `http://127.0.0.1:${ port }`;
	native.linkPlugin( siteDir );
	native.writeConfig( siteDir, {
		database: 'wordpress',
		socket: database.socket,
		url,
		saltSeed: 'wp24-dev',
	} );
	// Four workers: the block editor loads many files at once.
	const server = await native.startPhpServer( { siteDir, port, workers: 4 } );
	await native.installWordPress( siteDir, url, true );
	return {
		url,
		php: ( code ) => native.runPhp( siteDir, url, code ),
		stop: async () => {
			await server.stop();
			await database.stop();
		},
	};
}

const site =
	backend === 'mariadb' ? await serveNative() : await servePlayground();

// The language first: the seeded pages take their titles in it.
if ( locale ) {
	const applied = await site.php(
		`update_option( 'WPLANG', 'en_US' === '${ locale }' ? '' : '${ locale }' ); echo get_option( 'WPLANG' ) ?: 'en_US';`
	);
	say( `Site language: ${ applied }` );
}

say( 'Seeding demo data…' );
const seed = JSON.parse(
	await site.php(
		`require WP_PLUGIN_DIR . '/wp24-helpdesk/bin/dev-seed.php';`
	)
);

say( `WordPress ${ core.version } (${ backend }) is running at ${ site.url }` );
say( `  wp-admin:       ${ site.url }/wp-admin/  (admin / password)` );
for ( const user of seed.users ) {
	say( `  ${ user.role.padEnd( 16 ) } ${ user.login } / ${ user.password }` );
}
say( `  support page:   ${ site.url }/?page_id=${ seed.pages.support }` );
say( `  REST namespace: ${ site.url }/?rest_route=/wp24-helpdesk/v1` );
say(
	`  emails:         saved in ${ path.join( siteDir, 'wp-content', 'wp24hd-dev-mails' ) }`
);
say(
	'PHP changes are live; run "npm run watch" in another terminal to rebuild scripts. Ctrl+C stops.'
);

const stop = async () => {
	say( 'Stopping…' );
	await site.stop();
	process.exit( 0 );
};
process.on( 'SIGINT', stop );
process.on( 'SIGTERM', stop );
