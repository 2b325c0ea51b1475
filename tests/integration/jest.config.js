/**
 * Integration tests: each file boots a real WordPress (see harness/) and talks to it over HTTP and PHP.
 */
const path = require( 'path' );

module.exports = {
	rootDir: path.resolve( __dirname, '../..' ),
	testMatch: [ '<rootDir>/tests/integration/**/*.test.ts' ],
	testEnvironment: 'node',
	transform: {
		'\\.[jt]sx?$': [
			'babel-jest',
			{ configFile: path.resolve( __dirname, '../babel.config.js' ) },
		],
	},
	globalSetup: '<rootDir>/tests/integration/harness/global-setup.ts',
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
