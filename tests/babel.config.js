/**
 * Babel for the test runners: TypeScript and JSX the way @wordpress/scripts compiles them.
 */
module.exports = {
	presets: [ '@wordpress/babel-preset-default' ],
};
