/**
 * Extends the @wordpress/scripts build: blocks come from `blocks/`, the admin app from `src/admin`.
 */
const path = require( 'path' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const configs = Array.isArray( defaultConfig ) ? defaultConfig : [ defaultConfig ];
const [ scriptConfig, ...moduleConfigs ] = configs;

module.exports = [
	{
		...scriptConfig,
		entry: async () => {
			const blockEntries =
				typeof scriptConfig.entry === 'function'
					? await scriptConfig.entry()
					: scriptConfig.entry;
			return {
				...blockEntries,
				'admin/index': path.resolve( __dirname, 'src/admin/index.tsx' ),
				'plan-editor/index': path.resolve( __dirname, 'src/plan-editor/index.tsx' ),
			};
		},
		devtool: process.env.NODE_ENV === 'production' ? false : scriptConfig.devtool,
	},
	...moduleConfigs,
];
