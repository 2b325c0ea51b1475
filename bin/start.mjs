#!/usr/bin/env node
/**
 * The dev site: WordPress Playground serving a persistent site with the plugin mounted live.
 *
 * Usage: node bin/start.mjs [--reset] [--wp=latest|minimum] [--port=9400] [--site-dir=.wp-site]
 * The site lives in .wp-site/ (git-ignored); --reset starts over from a fresh core copy.
 * The end-to-end tests start their own site with another --site-dir and --port.
 */
import fs from 'node:fs';
import path from 'node:path';

import playground from './lib/playground.cjs';
import wordpressCore from './lib/wordpress-core.cjs';

const { PLUGIN_DIR, copyCore, runPhp, startPlayground } = playground;
const { provisionWordPress } = wordpressCore;

const args = process.argv.slice( 2 );
const option = ( name, fallback ) =>
	args.find( ( a ) => a.startsWith( `--${ name }=` ) )?.split( '=' )[ 1 ] ??
	fallback;
const reset = args.includes( '--reset' );
const wp = option( 'wp', process.env.WP24_WP_VERSION ?? 'latest' );
const port = Number( option( 'port', process.env.WP24_PORT ?? '9400' ) );
const siteDir = path.resolve( PLUGIN_DIR, option( 'site-dir', '.wp-site' ) );
const say = ( msg ) => process.stdout.write( `[wp24] ${ msg }\n` );

say( `Provisioning WordPress (${ wp })…` );
const core = await provisionWordPress( wp, { log: say } );

const marker = path.join( siteDir, '.wp24-site.json' );
if ( reset || ! fs.existsSync( marker ) ) {
	say( reset ? 'Resetting the dev site…' : 'Creating the dev site…' );
	copyCore( core.dir, siteDir );
	fs.writeFileSync(
		marker,
		JSON.stringify( {
			wordpress: core.version,
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

say( 'Booting WordPress Playground (PHP 8.3, SQLite)…' );
const server = await startPlayground( { siteDir, port, quiet: true } );

say( 'Seeding demo data…' );
const seed = JSON.parse(
	await runPhp(
		server,
		`require '${ '/wordpress/wp-content/plugins/wp24-helpdesk/bin/dev-seed.php' }';`
	)
);

say( `WordPress ${ core.version } is running at ${ server.serverUrl }` );
say( `  wp-admin:       ${ server.serverUrl }/wp-admin/  (admin / password)` );
for ( const user of seed.users ) {
	say( `  ${ user.role.padEnd( 16 ) } ${ user.login } / ${ user.password }` );
}
say(
	`  support page:   ${ server.serverUrl }/?page_id=${ seed.pages.support }`
);
say( `  REST namespace: ${ server.serverUrl }/?rest_route=/wp24-helpdesk/v1` );
say(
	`  emails:         saved in ${ path.join( siteDir, 'wp-content', 'wp24hd-dev-mails' ) }`
);
say(
	'PHP changes are live; run "npm run watch" in another terminal to rebuild scripts. Ctrl+C stops.'
);

const stop = async () => {
	say( 'Stopping…' );
	await server[ Symbol.asyncDispose ]();
	process.exit( 0 );
};
process.on( 'SIGINT', stop );
process.on( 'SIGTERM', stop );
