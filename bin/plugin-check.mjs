/**
 * WordPress.org's Plugin Check over the release zip, on the oldest supported WordPress and
 * native PHP + MariaDB (tests/integration/release/plugin-check.test.ts). Plugin Check is on
 * neither npm nor the Packagist copy here and is never committed: WP24_PLUGIN_CHECK_DIR names
 * an unpacked copy (the folder holding its plugin.php and vendor/); without it the lane says it
 * was skipped and why, and exits 0.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.WP24_PLUGIN_CHECK_DIR;
if ( ! dir ) {
	process.stdout.write(
		'Plugin Check skipped: WP24_PLUGIN_CHECK_DIR is not set. README → PHP coding standards says where to get it.\n'
	);
	process.exit( 0 );
}
if ( ! fs.existsSync( path.join( dir, 'plugin.php' ) ) ) {
	process.stderr.write(
		`WP24_PLUGIN_CHECK_DIR=${ dir } holds no plugin.php: point it at the unpacked plugin-check folder.\n`
	);
	process.exit( 1 );
}
const jest = spawnSync(
	'npx',
	[
		'jest',
		'--config',
		'tests/integration/jest.config.js',
		'--maxWorkers=1',
		'tests/integration/release/plugin-check',
	],
	{
		stdio: 'inherit',
		env: {
			...process.env,
			WP24_BACKEND: 'mariadb',
			WP24_WP_VERSION: 'minimum',
		},
	}
);
process.exit( jest.status ?? 1 );
