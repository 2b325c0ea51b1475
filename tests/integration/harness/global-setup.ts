/**
 * Runs once per `npm run test:integration`: provisions WordPress for the lane and installs
 * it once into a template directory, so each test file boots a copy of an installed site.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const wordpressCore = require( '../../../bin/lib/wordpress-core.cjs' );

const playground = require( '../../../bin/lib/playground.cjs' );

export default async function globalSetup(): Promise< void > {
	const lane = process.env.WP24_WP_VERSION || 'latest';
	const core = await wordpressCore.provisionWordPress( lane, {
		log: ( msg: string ) => process.stdout.write( `\n[wp24] ${ msg }` ),
	} );

	const template = fs.mkdtempSync(
		path.join( os.tmpdir(), `wp24-template-${ lane }-` )
	);
	playground.copyCore( core.dir, template );
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

	process.env.WP24_CORE_DIR_FOR_TESTS = core.dir;
	process.env.WP24_TEMPLATE_DIR = template;
	process.stdout.write(
		`\n[wp24] Integration lane: WordPress ${ core.version } (${ lane }), source: ${ core.source }\n`
	);
}
