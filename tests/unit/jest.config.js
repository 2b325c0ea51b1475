/**
 * Unit tests for the TypeScript: stores and components with @testing-library/react in jsdom.
 */
const path = require( 'path' );

module.exports = {
	rootDir: path.resolve( __dirname, '../..' ),
	preset: '@wordpress/jest-preset-default',
	testMatch: [
		'<rootDir>/tests/unit/**/*.test.[jt]s?(x)',
		'<rootDir>/src/**/test/*.test.[jt]s?(x)',
	],
	transform: {
		'\\.[jt]sx?$': [
			'babel-jest',
			{ configFile: path.resolve( __dirname, '../babel.config.js' ) },
		],
	},
	setupFilesAfterEnv: [ '@testing-library/jest-dom' ],
	modulePathIgnorePatterns: [
		'<rootDir>/.wp-site/',
		'<rootDir>/.wp-cache/',
		'<rootDir>/build/',
	],
};
