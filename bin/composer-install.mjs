/**
 * Runs after `npm install`: installs the PHP dev tools composer.json pins (PHPStan with
 * WordPress's and WooCommerce's stubs, PHPUnit) into vendor/, so the README's two commands
 * still set everything up. Composer comes from Debian (`apt-get install composer`; .ci/run
 * installs it). Nothing from vendor/ ships in the release zip.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);

if ( spawnSync( 'composer', [ '--version' ] ).status !== 0 ) {
	process.stderr.write(
		'Composer is missing: apt-get install -y composer (the CI script installs it), then npm install again.\n'
	);
	process.exit( 1 );
}
const install = spawnSync(
	'composer',
	[ 'install', '--no-interaction', '--no-progress', '--quiet' ],
	{ cwd: root, stdio: 'inherit' }
);
process.exit( install.status ?? 1 );
