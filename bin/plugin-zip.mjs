#!/usr/bin/env node
/**
 * Makes wp24-helpdesk.zip, the file the agency uploads in Plugins → Add New.
 *
 * Usage: node bin/plugin-zip.mjs [--out=path/to/wp24-helpdesk.zip]
 * Takes the built assets (run `npm run build` first; `npm run plugin-zip` does), the PHP,
 * block metadata, languages, readme.txt and uninstall.php; never source maps, tests,
 * node_modules or dev tooling.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import AdmZip from 'adm-zip';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const out = path.resolve(
	root,
	process.argv.find( ( a ) => a.startsWith( '--out=' ) )?.slice( 6 ) ??
		'wp24-helpdesk.zip'
);

const ENTRIES = [
	'plugin.php',
	'uninstall.php',
	'readme.txt',
	'includes',
	'build',
	'templates',
	'languages',
];
const EXCLUDED = [ /\.map$/, /(^|\/)\./, /\.(ts|tsx|scss)$/ ];

if ( ! fs.existsSync( path.join( root, 'build', 'blocks-manifest.php' ) ) ) {
	process.stderr.write( 'build/ is missing: run "npm run build" first.\n' );
	process.exit( 1 );
}

const zip = new AdmZip();
let count = 0;
const add = ( relative ) => {
	const full = path.join( root, relative );
	if ( fs.statSync( full ).isDirectory() ) {
		for ( const child of fs.readdirSync( full ).sort() ) {
			add( path.join( relative, child ) );
		}
		return;
	}
	if ( EXCLUDED.some( ( pattern ) => pattern.test( relative ) ) ) {
		return;
	}
	zip.addFile(
		`wp24-helpdesk/${ relative.split( path.sep ).join( '/' ) }`,
		fs.readFileSync( full )
	);
	count++;
};
for ( const entry of ENTRIES ) {
	add( entry );
}
fs.mkdirSync( path.dirname( out ), { recursive: true } );
zip.writeZip( out );
process.stdout.write(
	`${ path.relative( process.cwd(), out ) }: ${ count } files, ${ fs.statSync( out ).size } bytes\n`
);
