/**
 * Runs once per `npm run test:integration`: provisions WordPress for the lane and installs
 * it once into a template directory, so each test file boots a copy of an installed site.
 * In the MariaDB lane it first starts the lane's MariaDB server (stopped by global-teardown).
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { installNativeTemplate } from './native-site';

const wordpressCore = require( '../../../bin/lib/wordpress-core.cjs' );
const mariadb = require( '../../../bin/lib/mariadb.cjs' );
const playground = require( '../../../bin/lib/playground.cjs' );

/**
 * Installs the Playground template: Playground writes its SQLite database into the copy.
 *
 * @param coreDir  WordPress core.
 * @param template Target directory.
 */
async function installPlaygroundTemplate( coreDir: string, template: string ) {
	playground.copyCore( coreDir, template );
	const server = await playground.startPlayground( {
		siteDir: template,
		activate: true,
	} );
	try {
		await playground.runPhp( server, 'echo get_option( "siteurl" );' );
	} finally {
		await server[ Symbol.asyncDispose ]();
	}
	fs.rmSync( path.join( template, 'wp-content', 'debug.log' ), {
		force: true,
	} );
}

export default async function globalSetup(): Promise< void > {
	const lane = process.env.WP24_WP_VERSION || 'latest';
	const native = process.env.WP24_BACKEND === 'mariadb';
	const core = await wordpressCore.provisionWordPress( lane, {
		log: ( msg: string ) => process.stdout.write( `\n[wp24] ${ msg }` ),
	} );

	const template = fs.mkdtempSync(
		path.join( os.tmpdir(), `wp24-template-${ lane }-` )
	);
	if ( native ) {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-mariadb-' ) );
		const server = await mariadb.startMariaDB( dir );
		( globalThis as any ).wp24MariaDB = { server, dir, template };
		process.env.WP24_MARIADB_SOCKET = server.socket;
		await installNativeTemplate( core.dir, template );
	} else {
		await installPlaygroundTemplate( core.dir, template );
	}

	process.env.WP24_CORE_DIR_FOR_TESTS = core.dir;
	process.env.WP24_TEMPLATE_DIR = template;
	process.stdout.write(
		`\n[wp24] Integration lane: WordPress ${ core.version } (${ lane }) on ${
			native ? 'native PHP + MariaDB' : 'Playground + SQLite'
		}, source: ${ core.source }\n`
	);
}
