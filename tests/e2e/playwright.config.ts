/**
 * End-to-end tests in Debian's Chromium against a dev site started for the run.
 *
 * No browser is ever downloaded: the executable is /usr/bin/chromium (apt-get install chromium),
 * or CHROMIUM_PATH.
 */

/**
 * External dependencies
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number( process.env.WP24_E2E_PORT ?? 9401 );
const baseURL = `http://127.0.0.1:${ port }`;
const root = path.resolve( __dirname, '../..' );

process.env.WP_BASE_URL = baseURL;
process.env.STORAGE_STATE_PATH ??= path.join(
	root,
	'artifacts/storage-states/admin.json'
);

export default defineConfig( {
	testDir: './specs',
	outputDir: path.join( root, 'artifacts/test-results' ),
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: process.env.CI
		? [ [ 'list' ] ]
		: [
				[ 'list' ],
				[
					'html',
					{
						open: 'never',
						outputFolder: path.join( root, 'artifacts/e2e-report' ),
					},
				],
			],
	globalSetup: require.resolve( './global-setup.ts' ),
	use: {
		baseURL,
		storageState: process.env.STORAGE_STATE_PATH,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		actionTimeout: 20_000,
		navigationTimeout: 60_000,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	webServer: {
		command: `node bin/start.mjs --reset --port=${ port } --site-dir=artifacts/e2e-site`,
		cwd: root,
		url: `${ baseURL }/?rest_route=/wp24-helpdesk/v1`,
		timeout: 240_000,
		reuseExistingServer: ! process.env.CI,
		stdout: 'pipe',
		// SIGTERM first, so bin/start.mjs stops PHP's server (its own process group) and MariaDB.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
	},
} );
