/**
 * `npm run bench`: the benchmark, on one real WordPress booted like the integration tests.
 */
const path = require( 'path' );
const integration = require( '../integration/jest.config.js' );

module.exports = {
	...integration,
	testMatch: [ '<rootDir>/tests/bench/**/*.bench.ts' ],
	testPathIgnorePatterns: [],
	// Seeding 50,000 tickets and measuring every line takes minutes, not seconds.
	testTimeout: 15 * 60 * 1000,
	rootDir: path.resolve( __dirname, '../..' ),
};
