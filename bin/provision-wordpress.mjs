#!/usr/bin/env node
/**
 * Prints the path of a WordPress core directory for a version name (`latest`, `minimum`).
 *
 * Usage: node bin/provision-wordpress.mjs [latest|minimum|6.8] [--refresh]
 * Progress and the source go to stderr; the path alone goes to stdout.
 */
import wordpressCore from './lib/wordpress-core.cjs';

const { provisionWordPress } = wordpressCore;

const args = process.argv.slice( 2 );
const name = args.find( ( a ) => ! a.startsWith( '--' ) ) ?? 'latest';

try {
	const { dir } = await provisionWordPress( name, {
		refresh: args.includes( '--refresh' ),
	} );
	process.stdout.write( dir + '\n' );
} catch ( error ) {
	process.stderr.write(
		`Could not provision WordPress ${ name }: ${ error.message }\n`
	);
	process.exit( 1 );
}
