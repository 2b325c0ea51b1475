/**
 * Gives the translatable strings of a bundled WordPress package the plugin's text domain.
 *
 * The `@wordpress/dataviews` package is not a script WordPress ships, so the admin app bundles its `build-wp`
 * copy, whose `__( 'Add filter' )` calls name no text domain: they ask wp.i18n's `default`
 * domain, where nothing on a plugin's screen loads them, and stay English. The webpack loader
 * (bin/webpack/text-domain-loader.cjs) rewrites those calls to the plugin's domain, and the
 * extractor (bin/lib/i18n.cjs) reads the same calls with the same code, so `npm run i18n`
 * puts them in the plugin's catalogue and its script JSON.
 */
const ts = require( 'typescript' );

/** Position of the domain argument of each i18n function, and of its strings. */
const FUNCTIONS = {
	__: { domain: 1, msgid: 0 },
	_x: { domain: 2, msgid: 0, msgctxt: 1 },
	_n: { domain: 3, msgid: 0, plural: 1 },
	_nx: { domain: 4, msgid: 0, plural: 1, msgctxt: 3 },
};

/**
 * The text of a string literal, or null.
 *
 * @param {import('typescript').Node|undefined} node Node.
 */
function literal( node ) {
	return node &&
		( ts.isStringLiteral( node ) ||
			ts.isNoSubstitutionTemplateLiteral( node ) )
		? node.text
		: null;
}

/**
 * Every i18n call of a bundled ES module: the local names its `import { __ as __26 } from
 * '@wordpress/i18n'` lines give, then the calls to those names.
 *
 * @param {string} code     Module source.
 * @param {string} fileName Name, for the parser.
 * @return {Array<{ fn: string, call: import('typescript').CallExpression, entry: Object|null, line: number }>} Calls; `entry` is null when the string is not a literal.
 */
function i18nCalls( code, fileName = 'bundle.js' ) {
	const source = ts.createSourceFile(
		fileName,
		code,
		ts.ScriptTarget.Latest,
		true,
		ts.ScriptKind.JS
	);
	const aliases = new Map();
	for ( const statement of source.statements ) {
		if (
			ts.isImportDeclaration( statement ) &&
			literal( statement.moduleSpecifier ) === '@wordpress/i18n' &&
			statement.importClause?.namedBindings &&
			ts.isNamedImports( statement.importClause.namedBindings )
		) {
			for ( const element of statement.importClause.namedBindings
				.elements ) {
				const imported = ( element.propertyName ?? element.name ).text;
				if ( FUNCTIONS[ imported ] ) {
					aliases.set( element.name.text, imported );
				}
			}
		}
	}
	const found = [];
	const visit = ( node ) => {
		if (
			ts.isCallExpression( node ) &&
			ts.isIdentifier( node.expression ) &&
			aliases.has( node.expression.text )
		) {
			const fn = aliases.get( node.expression.text );
			const spec = FUNCTIONS[ fn ];
			const msgid = literal( node.arguments[ spec.msgid ] );
			let entry = null;
			if ( msgid !== null ) {
				entry = { msgid };
				if ( spec.plural !== undefined ) {
					entry.msgid_plural =
						literal( node.arguments[ spec.plural ] ) ?? '';
				}
				if ( spec.msgctxt !== undefined ) {
					entry.msgctxt =
						literal( node.arguments[ spec.msgctxt ] ) ?? '';
				}
			}
			found.push( {
				fn,
				call: node,
				entry,
				line:
					source.getLineAndCharacterOfPosition( node.getStart() )
						.line + 1,
			} );
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return found;
}

/**
 * The module with every i18n call in the given text domain (an existing domain argument is
 * replaced, a missing one added).
 *
 * @param {string} code   Module source.
 * @param {string} domain Text domain.
 * @return {string} Rewritten source.
 */
function withTextDomain( code, domain ) {
	const edits = [];
	for ( const { fn, call } of i18nCalls( code ) ) {
		const index = FUNCTIONS[ fn ].domain;
		const args = call.arguments;
		const quoted = JSON.stringify( domain );
		if ( args.length > index ) {
			edits.push( {
				start: args[ index ].getStart(),
				end: args[ index ].getEnd(),
				text: quoted,
			} );
		} else if ( args.length === index ) {
			edits.push( {
				start: args.end,
				end: args.end,
				text: `${ args.hasTrailingComma ? ' ' : ', ' }${ quoted }`,
			} );
		}
		// Fewer arguments than the strings need: not a call to translate, left as it is.
	}
	edits.sort( ( a, b ) => b.start - a.start );
	let out = code;
	for ( const edit of edits ) {
		out = out.slice( 0, edit.start ) + edit.text + out.slice( edit.end );
	}
	return out;
}

module.exports = { FUNCTIONS, i18nCalls, withTextDomain };
