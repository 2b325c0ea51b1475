/* @jest-environment node */

/**
 * The bundled @wordpress/dataviews copy translates in the plugin's domain: the webpack loader
 * gives its calls the domain, and the extractor reads the same calls into the catalogue.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

const {
	withTextDomain,
	i18nCalls,
} = require( '../../../bin/lib/text-domain.cjs' );
const { FILES } = require( '../../../bin/lib/bundled-strings.cjs' );
const i18n = require( '../../../bin/lib/i18n.cjs' );
const webpackConfig = require( '../../../webpack.config.js' );

const SAMPLE = `import { __ as __26, _x as _x3, _n as _n2, _nx, sprintf } from "@wordpress/i18n";
const a = __26("Add filter");
const b = _x3("Filter", "verb");
const c = _n2("%d Item", "%d Items", count);
const d = _nx("%d row", "%d rows", count, "table", "default");
const e = sprintf("%s", label);
const f = other("Add filter");
`;

describe( 'bundled package strings', () => {
	it( 'the loader gives every i18n call the plugin’s domain, replacing one that was there', () => {
		const out = withTextDomain( SAMPLE, 'wp24-helpdesk' );
		expect( out ).toContain( '__26("Add filter", "wp24-helpdesk")' );
		expect( out ).toContain( '_x3("Filter", "verb", "wp24-helpdesk")' );
		expect( out ).toContain(
			'_n2("%d Item", "%d Items", count, "wp24-helpdesk")'
		);
		expect( out ).toContain(
			'_nx("%d row", "%d rows", count, "table", "wp24-helpdesk")'
		);
		expect( out ).toContain( 'sprintf("%s", label)' );
		expect( out ).toContain( 'other("Add filter")' );
	} );

	it( 'leaves no call of the real DataViews copy without the domain', () => {
		const [ file ] = FILES;
		expect( file ).toMatch( /@wordpress\/dataviews\/build-wp\/index\.js$/ );
		const calls = i18nCalls(
			withTextDomain( fs.readFileSync( file, 'utf8' ), 'wp24-helpdesk' )
		);
		expect( calls.length ).toBeGreaterThan( 200 );
		const missing = calls.filter(
			( {
				call,
			}: {
				call: { arguments: Array< { getText: () => string } > };
			} ) =>
				call.arguments[ call.arguments.length - 1 ].getText() !==
				'"wp24-helpdesk"'
		);
		expect( missing ).toEqual( [] );
	} );

	it( 'webpack runs the loader on the file the admin app imports', () => {
		const [ scripts ] = webpackConfig;
		const rule = scripts.module.rules.find(
			( candidate: { use?: unknown } ) =>
				Array.isArray( candidate.use ) &&
				candidate.use.some( ( use: { loader?: string } ) =>
					String( use?.loader ).endsWith( 'text-domain-loader.cjs' )
				)
		);
		expect(
			rule.test( require.resolve( '@wordpress/dataviews/wp' ) )
		).toBe( true );
		expect( rule.use[ 0 ].options ).toEqual( { domain: 'wp24-helpdesk' } );
	} );

	it( 'the catalogue holds DataViews’ strings: the filter bar, the count, the view options', () => {
		const keys = (
			i18n.extract() as Array< { msgctxt?: string; msgid: string } >
		 ).map( i18n.keyOf );
		expect( keys ).toEqual(
			expect.arrayContaining( [
				'Add filter',
				'Reset',
				'Actions',
				'%d Item',
				'<Name>%1$s includes: </Name><Value>%2$s</Value>',
				'View is used as a noun\u0004View options',
			] )
		);
	} );

	it( 'the built admin script carries them in the plugin’s domain (npm test builds first)', () => {
		const built = path.join( i18n.ROOT, 'build/admin/index.js' );
		const code = fs.readFileSync( built, 'utf8' );
		expect( code ).toContain( '"Add filter","wp24-helpdesk"' );
		expect( code ).not.toMatch( /\("Add filter"\)/ );
	} );
} );
