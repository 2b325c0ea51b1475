/**
 * Extends the @wordpress/scripts build: blocks come from `blocks/`, the admin app from `src/admin`.
 */
const path = require( 'path' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const configs = Array.isArray( defaultConfig )
	? defaultConfig
	: [ defaultConfig ];
const [ scriptConfig, ...moduleConfigs ] = configs;

/**
 * Packages the admin app bundles (WordPress does not ship them as scripts): their strings take the
 * plugin's text domain, so `npm run i18n` extracts them and the plugin's translations reach them.
 */
const BUNDLED_WITH_STRINGS = require( './bin/lib/bundled-strings.cjs' ).FILES;

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
				'plan-editor/index': path.resolve(
					__dirname,
					'src/plan-editor/index.tsx'
				),
			};
		},
		devtool:
			process.env.NODE_ENV === 'production'
				? false
				: scriptConfig.devtool,
		module: {
			...scriptConfig.module,
			rules: [
				...scriptConfig.module.rules,
				{
					test: ( file ) => BUNDLED_WITH_STRINGS.includes( file ),
					use: [
						{
							loader: path.resolve(
								__dirname,
								'bin/webpack/text-domain-loader.cjs'
							),
							options: { domain: 'wp24-helpdesk' },
						},
					],
				},
			],
		},
	},
	...moduleConfigs,
];
