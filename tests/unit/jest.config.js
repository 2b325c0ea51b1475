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
	// The app uses only the notices store; the package's index also loads its own newer copy of
	// @wordpress/components (ESM only, which jest's CommonJS cannot load). In the browser it is wp.notices.
	moduleNameMapper: {
		'^@wordpress/notices$':
			'<rootDir>/node_modules/@wordpress/notices/build/store/index.cjs',
	},
	modulePathIgnorePatterns: [
		'<rootDir>/.wp-site/',
		'<rootDir>/.wp-cache/',
		'<rootDir>/build/',
	],
};
