/**
 * Integration tests: each file boots a real WordPress (see harness/) and talks to it over HTTP and PHP.
 */
const path = require( 'path' );

/**
 * On the oldest supported WordPress in Playground (slow: PHP compiled to WebAssembly) the lane runs
 * the files that exercise WordPress's own APIs (activation, REST, blocks, meta, privacy, mail, cron,
 * uploads, the release zip). These files test the plugin's rules on top of $wpdb (and the
 * WooCommerce fake), which no WordPress version changes. On native PHP + MariaDB (what CI runs for
 * the oldest WordPress) every file runs: it takes a fifth of the time.
 */
const RULES_ONLY = [
	'/calendar/',
	'/commerce/',
	'/entitlements/entitlement-rules',
	'/jobs/auto-close',
	'/jobs/renewals-and-quotes',
	'/privacy/retention',
	'/tickets/queue',
	'/tickets/bad-input',
	'/tickets/tickets-rest',
	'/tickets/reply-status',
	'/tickets/idempotency',
	'/tickets/follow-up',
	'/tickets/words-not-codes',
	// The email pipeline's rules; the REST doors and uploads it uses are covered by the files kept.
	'/mail/inbound-email',
	// Search over the tickets' own text columns, and the response-time rule between plans.
	'/tickets/search',
	'/plans/response-targets',
	// The permission matrix walks the plugin's permission callbacks and ownership rules.
	'/security/',
];

module.exports = {
	rootDir: path.resolve( __dirname, '../..' ),
	testMatch: [ '<rootDir>/tests/integration/**/*.test.ts' ],
	testPathIgnorePatterns:
		process.env.WP24_WP_VERSION === 'minimum' &&
		process.env.WP24_BACKEND !== 'mariadb'
			? RULES_ONLY
			: [],
	testEnvironment: 'node',
	transform: {
		'\\.[jt]sx?$': [
			'babel-jest',
			{ configFile: path.resolve( __dirname, '../babel.config.js' ) },
		],
	},
	globalSetup: '<rootDir>/tests/integration/harness/global-setup.ts',
	globalTeardown: '<rootDir>/tests/integration/harness/global-teardown.ts',
	testTimeout: 120000,
	slowTestThreshold: 30,
	modulePathIgnorePatterns: [
		'<rootDir>/.wp-site/',
		'<rootDir>/.wp-cache/',
		'<rootDir>/build/',
		'<rootDir>/artifacts/',
	],
	reporters: [ 'default' ],
};
