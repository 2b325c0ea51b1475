#!/usr/bin/env node
/**
 * Syntax-checks every PHP file of the plugin with Debian's php-cli (`php -l`), then runs the
 * WordPress coding standards (phpcs.xml.dist) when WP24_PHPCS_STANDARDS names a Composer vendor
 * directory holding PHP_CodeSniffer with WPCS 3, PHPCSUtils and PHPCSExtra (README says where
 * one comes from). Debian's php-codesniffer has no WordPress standards, and neither has the
 * Packagist copy this project installs from, so without it the standards are skipped, loudly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
if ( failed ) {
	process.exit( 1 );
}

const standards = process.env.WP24_PHPCS_STANDARDS;
if ( ! standards ) {
	process.stdout.write(
		'PHP coding standards skipped: WP24_PHPCS_STANDARDS is not set (README → PHP coding standards).\n'
	);
	process.exit( 0 );
}
const phpcs = path.join( standards, 'bin', 'phpcs' );
if ( ! fs.existsSync( phpcs ) ) {
	process.stderr.write(
		`WP24_PHPCS_STANDARDS=${ standards } holds no bin/phpcs: point it at a Composer vendor directory.\n`
	);
	process.exit( 1 );
}
const sniff = spawnSync(
	'php',
	[ '-d', 'memory_limit=1G', phpcs, '-q', '--report=full' ],
	{ cwd: root, stdio: 'inherit' }
);
if ( sniff.status === 0 ) {
	process.stdout.write(
		'PHP coding standards (WordPress-Extra, WordPress-Docs): no violations\n'
	);
}
process.exit( sniff.status ?? 1 );
