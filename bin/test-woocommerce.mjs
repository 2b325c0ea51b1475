/**
 * The real-WooCommerce lane: runs the commerce integration files on native PHP + MariaDB with the
 * WooCommerce unpacked at WP24_WOOCOMMERCE_DIR (the layout of the wordpress.org zip: the folder
 * holding woocommerce.php). WooCommerce is on neither npm nor Debian and is never committed, so
 * without it the lane says it was skipped and why, and exits 0.
 *
 * `--record` writes the contract traces (tests/integration/commerce/traces/) instead of comparing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.WP24_WOOCOMMERCE_DIR;
if ( ! dir ) {
	process.stdout.write(
		'Real-WooCommerce lane skipped: WP24_WOOCOMMERCE_DIR is not set. Point it at an unpacked WooCommerce (the folder holding woocommerce.php); README → WooCommerce says where to get one.\n'
	);
	process.exit( 0 );
}
const main = path.join( dir, 'woocommerce.php' );
if ( ! fs.existsSync( main ) ) {
	process.stderr.write(
		`WP24_WOOCOMMERCE_DIR=${ dir } holds no woocommerce.php: point it at the unpacked plugin folder.\n`
	);
	process.exit( 1 );
}
const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(
	fs.readFileSync( main, 'utf8' )
)?.[ 1 ];
const modules = spawnSync( 'php', [ '-m' ], { encoding: 'utf8' } ).stdout;
const missing = [ 'mbstring', 'mysqli' ].filter(
	( name ) => ! new RegExp( `^${ name }$`, 'm' ).test( modules )
);
if ( missing.length ) {
	process.stderr.write(
		`WooCommerce needs PHP's ${ missing.join( ', ' ) }: apt-get install php-mbstring php-mysql.\n`
	);
	process.exit( 1 );
}
process.stdout.write(
	`Real-WooCommerce lane: WooCommerce ${ version } from ${ dir }\n`
);
const patterns = process.argv
	.slice( 2 )
	.filter( ( arg ) => arg !== '--record' );
const jest = spawnSync(
	'npx',
	[
		'jest',
		'--config',
		'tests/integration/jest.config.js',
		'--maxWorkers=1',
		...( patterns.length ? patterns : [ 'tests/integration/commerce/' ] ),
	],
	{
		stdio: 'inherit',
		env: {
			...process.env,
			WP24_BACKEND: 'mariadb',
			WP24_WOOCOMMERCE: 'real',
			WP24_WOOCOMMERCE_VERSION: version,
			WP24_RECORD_TRACES: process.argv.includes( '--record' ) ? '1' : '',
		},
	}
);
process.exit( jest.status ?? 1 );
