/**
 * The translation pipeline without WP-CLI: extracts every string from PHP (Debian's xgettext),
 * TypeScript (the TypeScript compiler's parser), block.json and the plugin header; merges the
 * template into each translation; compiles what WordPress loads: `.mo`, `.l10n.php` (read first
 * by WordPress 6.5+) and one JSON per script for `wp_set_script_translations`.
 *
 * Used by `npm run i18n` (bin/i18n.mjs) and by the completeness check in the unit tests.
 */
const { execFileSync } = require( 'node:child_process' );
const crypto = require( 'node:crypto' );
const fs = require( 'node:fs' );
const path = require( 'node:path' );

const gettext = require( 'gettext-parser' );
const ts = require( 'typescript' );

const { FILES: BUNDLED } = require( './bundled-strings.cjs' );
const { i18nCalls } = require( './text-domain.cjs' );

const ROOT = path.resolve( __dirname, '../..' );
const DOMAIN = 'wp24-helpdesk';
const LANGUAGES = path.join( ROOT, 'languages' );
const POT = path.join( LANGUAGES, `${ DOMAIN }.pot` );

/** Translations the project ships, with their plural rule. */
const LOCALES = {
	it_IT: { language: 'it', pluralForms: 'nplurals=2; plural=(n != 1);' },
};

/** Functions and the argument positions of singular, plural and context. */
const JS_FUNCTIONS = {
	__: { msgid: 0 },
	_x: { msgid: 0, msgctxt: 1 },
	_n: { msgid: 0, plural: 1 },
	_nx: { msgid: 0, plural: 1, msgctxt: 3 },
};

const PHP_KEYWORDS = [
	'__:1,2t',
	'_e:1,2t',
	'esc_html__:1,2t',
	'esc_html_e:1,2t',
	'esc_attr__:1,2t',
	'esc_attr_e:1,2t',
	'_x:1,2c,3t',
	'_ex:1,2c,3t',
	'esc_html_x:1,2c,3t',
	'esc_attr_x:1,2c,3t',
	'_n:1,2,4t',
	'_nx:1,2,4c,5t',
	'_n_noop:1,2,3t',
	'_nx_noop:1,2,3c,4t',
];

/** Where the strings live. */
const SOURCES = {
	php: [ 'plugin.php', 'uninstall.php', 'includes', 'templates', 'blocks' ],
	js: [ 'src', 'blocks' ],
	blockJson: 'blocks',
};

/**
 * Files under the given roots whose names match.
 *
 * @param {string[]} roots   Paths relative to the project.
 * @param {RegExp}   pattern File name pattern.
 */
function filesUnder( roots, pattern ) {
	const found = [];
	const walk = ( relative ) => {
		const absolute = path.join( ROOT, relative );
		if ( ! fs.existsSync( absolute ) ) {
			return;
		}
		if ( fs.statSync( absolute ).isDirectory() ) {
			for ( const name of fs.readdirSync( absolute ).sort() ) {
				walk( path.posix.join( relative, name ) );
			}
		} else if ( pattern.test( relative ) ) {
			found.push( relative );
		}
	};
	roots.forEach( walk );
	return found;
}

/**
 * The key of an entry: context and singular, as gettext joins them.
 *
 * @param {{ msgctxt?: string, msgid: string }} entry Entry.
 */
function keyOf( entry ) {
	return entry.msgctxt
		? `${ entry.msgctxt }\u0004${ entry.msgid }`
		: entry.msgid;
}

/**
 * A catalog builder that merges references and comments of repeated strings.
 */
function catalog() {
	const entries = new Map();
	return {
		add( entry, reference, comment ) {
			const key = keyOf( entry );
			const existing = entries.get( key ) ?? {
				...entry,
				msgstr: entry.msgid_plural ? [ '', '' ] : [ '' ],
				comments: { reference: [], extracted: [] },
			};
			if ( entry.msgid_plural && ! existing.msgid_plural ) {
				existing.msgid_plural = entry.msgid_plural;
				existing.msgstr = [ '', '' ];
			}
			if ( reference ) {
				existing.comments.reference.push( reference );
			}
			if (
				comment &&
				! existing.comments.extracted.includes( comment )
			) {
				existing.comments.extracted.push( comment );
			}
			entries.set( key, existing );
		},
		entries,
	};
}

/**
 * The text of a string literal argument, or null when it is not one.
 *
 * @param {import('typescript').Node} node Argument.
 */
function literal( node ) {
	return node &&
		( ts.isStringLiteral( node ) ||
			ts.isNoSubstitutionTemplateLiteral( node ) )
		? node.text
		: null;
}

/**
 * The `translators:` comment written just before a call (on it or on an enclosing node that
 * starts on the same line or the line before).
 *
 * @param {import('typescript').Node}       node   Call.
 * @param {import('typescript').SourceFile} source File.
 */
function translatorComment( node, source ) {
	const text = source.getFullText();
	for ( let current = node; current; current = current.parent ) {
		const ranges = ts.getLeadingCommentRanges( text, current.pos ) ?? [];
		for ( const range of ranges ) {
			const comment = text.slice( range.pos, range.end );
			const match = comment.match(
				/translators:\s*([\s\S]*?)\s*(\*\/)?$/
			);
			if ( match ) {
				return `translators: ${ match[ 1 ].replace( /\s+/g, ' ' ).trim() }`;
			}
		}
		if ( ts.isStatement( current ) || ts.isJsxElement( current ) ) {
			break;
		}
	}
	return '';
}

/**
 * Adds the strings of the TypeScript sources.
 *
 * @param {ReturnType<typeof catalog>} into Catalog.
 */
function extractTypeScript( into ) {
	for ( const file of filesUnder( SOURCES.js, /\.(ts|tsx)$/ ) ) {
		const source = ts.createSourceFile(
			file,
			fs.readFileSync( path.join( ROOT, file ), 'utf8' ),
			ts.ScriptTarget.Latest,
			true,
			file.endsWith( '.tsx' ) ? ts.ScriptKind.TSX : ts.ScriptKind.TS
		);
		const visit = ( node ) => {
			if (
				ts.isCallExpression( node ) &&
				ts.isIdentifier( node.expression ) &&
				JS_FUNCTIONS[ node.expression.text ]
			) {
				const spec = JS_FUNCTIONS[ node.expression.text ];
				const args = node.arguments;
				const domainArg = literal( args[ args.length - 1 ] );
				const msgid = literal( args[ spec.msgid ] );
				if ( msgid !== null && domainArg === DOMAIN ) {
					const entry = { msgid };
					if ( spec.plural !== undefined ) {
						entry.msgid_plural =
							literal( args[ spec.plural ] ) ?? '';
					}
					if ( spec.msgctxt !== undefined ) {
						entry.msgctxt = literal( args[ spec.msgctxt ] ) ?? '';
					}
					const line =
						source.getLineAndCharacterOfPosition( node.getStart() )
							.line + 1;
					into.add(
						entry,
						`${ file }:${ line }`,
						translatorComment( node, source )
					);
				}
			}
			ts.forEachChild( node, visit );
		};
		visit( source );
	}
}

/**
 * Adds the strings of the bundled package copies, read with the same code as the webpack loader
 * that gives them the plugin's domain (bin/lib/text-domain.cjs).
 *
 * @param {ReturnType<typeof catalog>} into Catalog.
 */
function extractBundled( into ) {
	for ( const file of BUNDLED ) {
		const relative = path.relative( ROOT, fs.realpathSync( file ) );
		// Where the package lives (node_modules may be a link to another checkout), not where it was found.
		const reference = relative.slice( relative.indexOf( 'node_modules/' ) );
		for ( const { entry, line, call } of i18nCalls(
			fs.readFileSync( file, 'utf8' ),
			file
		) ) {
			if ( entry ) {
				into.add(
					entry,
					`${ reference }:${ line }`,
					translatorComment( call, call.getSourceFile() )
				);
			}
		}
	}
}

/**
 * Adds the strings of the PHP sources, read by Debian's xgettext.
 *
 * @param {ReturnType<typeof catalog>} into Catalog.
 */
function extractPhp( into ) {
	const files = filesUnder( SOURCES.php, /\.php$/ );
	let output;
	try {
		output = execFileSync(
			'xgettext',
			[
				'--language=PHP',
				'--from-code=UTF-8',
				'--add-comments=translators:',
				'--no-wrap',
				'--force-po',
				'--output=-',
				...PHP_KEYWORDS.map( ( keyword ) => `--keyword=${ keyword }` ),
				...files,
			],
			{ cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
		);
	} catch ( error ) {
		if ( error.code === 'ENOENT' ) {
			throw new Error(
				'xgettext is missing: apt-get install gettext (the CI script installs it).'
			);
		}
		throw error;
	}
	const parsed = gettext.po.parse( output, 'utf-8' );
	for ( const [ msgctxt, messages ] of Object.entries(
		parsed.translations
	) ) {
		for ( const message of Object.values( messages ) ) {
			if ( message.msgid === '' ) {
				continue;
			}
			const entry = { msgid: message.msgid };
			if ( msgctxt ) {
				entry.msgctxt = msgctxt;
			}
			if ( message.msgid_plural ) {
				entry.msgid_plural = message.msgid_plural;
			}
			const references = ( message.comments?.reference ?? '' )
				.split( /\s+/ )
				.filter( Boolean );
			const comment = message.comments?.extracted ?? '';
			if ( ! references.length ) {
				into.add( entry, '', comment );
			}
			for ( const reference of references ) {
				into.add( entry, reference, comment );
			}
		}
	}
}

/**
 * Adds the strings of block.json files, with the contexts WordPress translates them in.
 *
 * @param {ReturnType<typeof catalog>} into Catalog.
 */
function extractBlockJson( into ) {
	for ( const file of filesUnder( [ SOURCES.blockJson ], /block\.json$/ ) ) {
		const block = JSON.parse(
			fs.readFileSync( path.join( ROOT, file ), 'utf8' )
		);
		if ( block.textdomain !== DOMAIN ) {
			continue;
		}
		if ( block.title ) {
			into.add( { msgid: block.title, msgctxt: 'block title' }, file );
		}
		if ( block.description ) {
			into.add(
				{ msgid: block.description, msgctxt: 'block description' },
				file
			);
		}
		for ( const keyword of block.keywords ?? [] ) {
			into.add( { msgid: keyword, msgctxt: 'block keyword' }, file );
		}
		for ( const style of block.styles ?? [] ) {
			into.add(
				{ msgid: style.label, msgctxt: 'block style label' },
				file
			);
		}
	}
}

/**
 * Adds the plugin header's name and description (shown translated on the Plugins screen).
 *
 * @param {ReturnType<typeof catalog>} into Catalog.
 */
function extractHeader( into ) {
	const header = fs.readFileSync( path.join( ROOT, 'plugin.php' ), 'utf8' );
	for ( const field of [ 'Plugin Name', 'Description', 'Author' ] ) {
		const match = header.match(
			new RegExp( `^\\s*\\*\\s*${ field }:\\s*(.+)$`, 'm' )
		);
		if ( match ) {
			into.add(
				{ msgid: match[ 1 ].trim() },
				'plugin.php',
				`${ field } of the plugin`
			);
		}
	}
}

/**
 * Every translatable string of the plugin, sorted by key.
 *
 * @return {Array<Object>} Entries `{ msgctxt?, msgid, msgid_plural?, msgstr, comments }`.
 */
function extract() {
	const into = catalog();
	extractHeader( into );
	extractPhp( into );
	extractTypeScript( into );
	extractBundled( into );
	extractBlockJson( into );
	return [ ...into.entries.values() ].sort( ( a, b ) =>
		keyOf( a ).localeCompare( keyOf( b ), 'en' )
	);
}

/**
 * What names a message and what translates it, the same in our entries and in gettext-parser's
 * documents: context and plural only when present.
 *
 * @param {Object} message An entry or a parsed message.
 */
function identity( message ) {
	return {
		...( message.msgctxt ? { msgctxt: message.msgctxt } : {} ),
		msgid: message.msgid,
		...( message.msgid_plural
			? { msgid_plural: message.msgid_plural }
			: {} ),
		msgstr: message.msgstr,
	};
}

/**
 * Builds a gettext-parser document from entries.
 *
 * @param {Array<Object>}          entries Entries.
 * @param {Record<string, string>} headers Headers.
 */
function toDocument( entries, headers ) {
	const translations = { '': { '': { msgid: '', msgstr: [ '' ] } } };
	for ( const entry of entries ) {
		const context = entry.msgctxt ?? '';
		translations[ context ] ??= {};
		translations[ context ][ entry.msgid ] = {
			...identity( entry ),
			comments: {
				...( entry.comments?.extracted?.length
					? { extracted: entry.comments.extracted.join( '\n' ) }
					: {} ),
				...( entry.comments?.reference?.length
					? { reference: entry.comments.reference.join( ' ' ) }
					: {} ),
				...( entry.comments?.flag
					? { flag: entry.comments.flag }
					: {} ),
			},
		};
	}
	return { charset: 'utf-8', headers, translations };
}

/**
 * The entries of a .po or .pot file.
 *
 * @param {string} file Path.
 */
function readPo( file ) {
	if ( ! fs.existsSync( file ) ) {
		return { headers: {}, entries: [] };
	}
	const parsed = gettext.po.parse( fs.readFileSync( file ), 'utf-8' );
	const entries = [];
	for ( const messages of Object.values( parsed.translations ) ) {
		for ( const message of Object.values( messages ) ) {
			if ( message.msgid === '' ) {
				continue;
			}
			entries.push( {
				...identity( message ),
				comments: {
					extracted: message.comments?.extracted
						? message.comments.extracted.split( '\n' )
						: [],
					reference: ( message.comments?.reference ?? '' )
						.split( /\s+/ )
						.filter( Boolean ),
					flag: message.comments?.flag ?? '',
				},
			} );
		}
	}
	return { headers: parsed.headers, entries };
}

/**
 * The template's headers.
 */
function potHeaders() {
	return {
		'Project-Id-Version': 'WP24 Helpdesk',
		'Report-Msgid-Bugs-To': '',
		'MIME-Version': '1.0',
		// gettext-parser 1.x reads the charset from the lower-case key.
		'content-type': 'text/plain; charset=utf-8',
		'Content-Transfer-Encoding': '8bit',
		'X-Domain': DOMAIN,
		'X-Generator': 'bin/i18n.mjs',
	};
}

/**
 * The template text for entries (no dates, so it only changes when the strings do).
 *
 * @param {Array<Object>} entries Extracted entries.
 */
function potText( entries ) {
	return gettext.po
		.compile( toDocument( entries, potHeaders() ), { foldLength: 0 } )
		.toString();
}

/**
 * A translation merged with the template: translations kept for strings still in the code,
 * new strings untranslated, strings no longer in the code dropped.
 *
 * @param {Array<Object>} template Template entries.
 * @param {string}        locale   Locale, e.g. it_IT.
 * @return {{ text: string, entries: Array<Object> }} The merged file.
 */
function mergePo( template, locale ) {
	const file = path.join( LANGUAGES, `${ DOMAIN }-${ locale }.po` );
	const previous = new Map(
		readPo( file ).entries.map( ( entry ) => [ keyOf( entry ), entry ] )
	);
	const entries = template.map( ( entry ) => {
		const old = previous.get( keyOf( entry ) );
		const sameShape =
			old &&
			Boolean( old.msgid_plural ) === Boolean( entry.msgid_plural );
		return {
			...entry,
			msgstr: sameShape ? old.msgstr : entry.msgstr,
			comments: {
				...entry.comments,
				flag: sameShape ? old.comments.flag : '',
			},
		};
	} );
	const headers = {
		...potHeaders(),
		Language: locale,
		'Plural-Forms': LOCALES[ locale ].pluralForms,
	};
	return {
		text: gettext.po
			.compile( toDocument( entries, headers ), { foldLength: 0 } )
			.toString(),
		entries,
	};
}

/**
 * Translated entries only, as `{ key: msgstr[] }`.
 *
 * @param {Array<Object>} entries Entries of a translation.
 */
function translatedMessages( entries ) {
	const messages = {};
	for ( const entry of entries ) {
		if (
			entry.msgstr.every( ( text ) => text !== '' ) &&
			! /fuzzy/.test( entry.comments?.flag ?? '' )
		) {
			messages[ keyOf( entry ) ] = entry.msgstr;
		}
	}
	return messages;
}

/**
 * The `.l10n.php` file WordPress 6.5+ loads before the .mo: a PHP array, plural translations
 * joined with NUL, contexts joined to the string with EOT, as WordPress's own converter writes it.
 *
 * @param {Array<Object>} entries Entries of a translation.
 * @param {string}        locale  Locale.
 */
function l10nPhp( entries, locale ) {
	const quote = ( text ) =>
		`'${ text
			.replace( /\\/g, '\\\\' )
			.replace( /'/g, "\\'" )
			.replace( /\0/g, '\' . "\\0" . \'' )
			.replace( /\u0004/g, '\' . "\\4" . \'' ) }'`;
	const messages = Object.entries( translatedMessages( entries ) ).map(
		( [ key, msgstr ] ) =>
			`${ quote( key ) }=>${ quote( msgstr.join( '\0' ) ) }`
	);
	// The guard keeps the file silent when requested directly (WordPress.org's Plugin Check asks for it).
	return `<?php\ndefined( 'ABSPATH' ) || exit;\nreturn ['domain'=>${ quote( DOMAIN ) },'plural-forms'=>${ quote(
		LOCALES[ locale ].pluralForms
	) },'language'=>${ quote( locale ) },'messages'=>[${ messages.join(
		','
	) }]];\n`;
}

/**
 * The .mo file.
 *
 * @param {Array<Object>} entries Entries of a translation.
 * @param {string}        locale  Locale.
 */
function moBuffer( entries, locale ) {
	const translated = entries.filter(
		( entry ) => keyOf( entry ) in translatedMessages( [ entry ] )
	);
	return gettext.mo.compile(
		toDocument(
			translated.map( ( entry ) => ( { ...entry, comments: {} } ) ),
			{
				'content-type': 'text/plain; charset=utf-8',
				Language: locale,
				'Plural-Forms': LOCALES[ locale ].pluralForms,
				'X-Domain': DOMAIN,
			}
		)
	);
}

/**
 * The plugin's scripts that WordPress loads translations for: the registered file (whose path
 * names the JSON file) and every built file of it (lazy chunks load no translations of their own,
 * so their strings go into the entry script's JSON).
 */
function scripts() {
	const buildDir = path.join( ROOT, 'build' );
	if ( ! fs.existsSync( buildDir ) ) {
		throw new Error( 'No build/ directory: run npm run build first.' );
	}
	const list = [];
	for ( const name of fs.readdirSync( buildDir ).sort() ) {
		const entry = path.join( buildDir, name, 'index.js' );
		if ( fs.existsSync( entry ) ) {
			const chunks = fs
				.readdirSync( buildDir )
				.filter(
					( file ) =>
						file.startsWith( `${ name }-` ) &&
						file.endsWith( '.js' )
				)
				.map( ( file ) => `build/${ file }` );
			list.push( {
				script: `build/${ name }/index.js`,
				files: [ `build/${ name }/index.js`, ...chunks ],
			} );
		}
	}
	return list;
}

/**
 * Whether a built file contains a string as a JavaScript literal.
 *
 * @param {string} code Built code.
 * @param {string} text String.
 */
function containsLiteral( code, text ) {
	const single = `'${ text.replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ).replace( /\n/g, '\\n' ) }'`;
	return code.includes( JSON.stringify( text ) ) || code.includes( single );
}

/**
 * The JSON translation files (Jed 1.x, as `wp i18n make-json` writes them), by file name: one
 * per script that calls the plugin's text domain, holding the strings found in its files.
 *
 * @param {Array<Object>} entries Entries of a translation.
 * @param {string}        locale  Locale.
 * @return {Record<string, Object>} File name → JSON value.
 */
function scriptJson( entries, locale ) {
	const messages = translatedMessages( entries );
	const files = {};
	for ( const { script, files: built } of scripts() ) {
		const code = built
			.map( ( file ) =>
				fs.readFileSync( path.join( ROOT, file ), 'utf8' )
			)
			.join( '\n' );
		if ( ! containsLiteral( code, DOMAIN ) ) {
			continue;
		}
		const data = {
			'': {
				domain: 'messages',
				lang: locale,
				'plural-forms': LOCALES[ locale ].pluralForms,
			},
		};
		for ( const entry of entries ) {
			const key = keyOf( entry );
			if ( messages[ key ] && containsLiteral( code, entry.msgid ) ) {
				data[ key ] = messages[ key ];
			}
		}
		const hash = crypto
			.createHash( 'md5' )
			.update( script )
			.digest( 'hex' );
		files[ `${ DOMAIN }-${ locale }-${ hash }.json` ] = {
			'translation-revision-date': '',
			generator: 'bin/i18n.mjs',
			source: script,
			domain: 'messages',
			locale_data: { messages: data },
		};
	}
	return files;
}

/**
 * Everything `npm run i18n` writes, by path relative to the project: the template, the merged
 * translations and their compiled forms.
 *
 * @return {{ files: Record<string, string|Buffer>, template: Array<Object>, translations: Record<string, Array<Object>> }} Outputs.
 */
function build() {
	const template = extract();
	const files = { [ path.relative( ROOT, POT ) ]: potText( template ) };
	const translations = {};
	for ( const locale of Object.keys( LOCALES ) ) {
		const base = `languages/${ DOMAIN }-${ locale }`;
		const merged = mergePo( template, locale );
		translations[ locale ] = merged.entries;
		files[ `${ base }.po` ] = merged.text;
		files[ `${ base }.mo` ] = moBuffer( merged.entries, locale );
		files[ `${ base }.l10n.php` ] = l10nPhp( merged.entries, locale );
		for ( const [ name, json ] of Object.entries(
			scriptJson( merged.entries, locale )
		) ) {
			files[ `languages/${ name }` ] = JSON.stringify( json ) + '\n';
		}
	}
	return { files, template, translations };
}

/**
 * The printf placeholders of a string, sorted (`%s`, `%d`, `%1$s`…).
 *
 * @param {string} text String.
 */
function placeholders( text ) {
	return (
		text
			.replace( /%%/g, '' )
			.match( /%(\d+\$)?[-+ 0#]*\d*(\.\d+)?[sdfuxXc]/g ) ?? []
	).sort();
}

module.exports = {
	ROOT,
	DOMAIN,
	LOCALES,
	build,
	extract,
	keyOf,
	placeholders,
	readPo,
	scripts,
};
