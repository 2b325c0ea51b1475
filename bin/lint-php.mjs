#!/usr/bin/env node
/**
 * Syntax-checks every PHP file of the plugin with Debian's php-cli (`php -l`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);

if ( spawnSync( 'php', [ '--version' ] ).status !== 0 ) {
	process.stderr.write(
		'php-cli is missing: apt-get install -y php-cli (the CI script installs it).\n'
	);
	process.exit( 1 );
}

const files = execFileSync(
	'git',
	[ 'ls-files', '--cached', '--others', '--exclude-standard', '*.php' ],
	{
		cwd: root,
		encoding: 'utf8',
	}
)
	.split( '\n' )
	.filter( Boolean );

let failed = 0;
for ( const file of files ) {
	const result = spawnSync( 'php', [ '-d', 'display_errors=1', '-l', file ], {
		cwd: root,
		encoding: 'utf8',
	} );
	if ( result.status !== 0 ) {
		failed++;
		process.stderr.write( result.stdout + result.stderr );
	}
}
process.stdout.write(
	`PHP syntax: ${ files.length - failed } passed, ${ failed } failed\n`
);
process.exit( failed ? 1 : 0 );
