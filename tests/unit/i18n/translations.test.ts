/* @jest-environment node */

/**
 * The translation check of `npm test`: the template holds every string of the code, each
 * translation is complete, and the compiled files WordPress loads are what the .po says.
 * Extraction runs Debian's xgettext; the script JSON needs the build (npm test builds first).
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

const i18n = require( '../../../bin/lib/i18n.cjs' );

type Entry = {
	msgctxt?: string;
	msgid: string;
	msgid_plural?: string;
	msgstr: string[];
	comments: { flag?: string };
};

const { files, template, translations } = i18n.build() as {
	files: Record< string, string | Buffer >;
	template: Entry[];
	translations: Record< string, Entry[] >;
};
const onDisk = ( file: string ) => path.join( i18n.ROOT, file );
const fix =
	'run `npm run i18n`, translate what it reports, and commit languages/';

describe( 'translations', () => {
	it( 'the .pot holds every string in the code, and nothing else', () => {
		const pot = i18n.readPo( onDisk( 'languages/wp24-helpdesk.pot' ) )
			.entries as Entry[];
		const inPot = new Set( pot.map( i18n.keyOf ) );
		const inCode = new Set( template.map( i18n.keyOf ) );
		expect( {
			missing: [ ...inCode ].filter( ( key ) => ! inPot.has( key ) ),
			stale: [ ...inPot ].filter( ( key ) => ! inCode.has( key ) ),
			fix,
		} ).toEqual( { missing: [], stale: [], fix } );
		// Strings from PHP, TypeScript, block.json and the plugin header are all there.
		expect( [ ...inCode ] ).toEqual(
			expect.arrayContaining( [
				'Support tickets, yearly maintenance plans and renewals for the Assistenza WP24 agency, enforcing its support terms.',
				'Save settings',
				'block title\u0004Support ticket form',
				'Too many requests. Please wait a little and try again.',
			] )
		);
	} );

	it.each( Object.keys( i18n.LOCALES ) )(
		'%s is complete: no untranslated or fuzzy entry, placeholders and plural forms kept',
		( locale ) => {
			const file = `languages/wp24-helpdesk-${ locale }.po`;
			const problems: string[] = [];
			const entries = i18n.readPo( onDisk( file ) ).entries as Entry[];
			const byKey = new Map(
				entries.map( ( entry ) => [ i18n.keyOf( entry ), entry ] )
			);
			for ( const expected of translations[ locale ] ) {
				const entry = byKey.get( i18n.keyOf( expected ) );
				if ( ! entry ) {
					problems.push( `missing: ${ expected.msgid }` );
					continue;
				}
				if ( /fuzzy/.test( entry.comments.flag ?? '' ) ) {
					problems.push( `fuzzy: ${ entry.msgid }` );
				}
				if ( entry.msgstr.some( ( text ) => text.trim() === '' ) ) {
					problems.push( `untranslated: ${ entry.msgid }` );
				}
				if ( entry.msgstr.length !== ( entry.msgid_plural ? 2 : 1 ) ) {
					problems.push( `plural forms: ${ entry.msgid }` );
				}
				const wanted = [
					entry.msgid,
					entry.msgid_plural ?? entry.msgid,
				]
					.map( ( text ) => i18n.placeholders( text ).join( ' ' ) )
					.sort();
				entry.msgstr.forEach( ( text ) => {
					const found = i18n.placeholders( text ).join( ' ' );
					// A singular may say "one" instead of %d; everything else keeps its placeholders.
					const singularWithoutNumber =
						entry.msgid_plural &&
						found === '' &&
						text === entry.msgstr[ 0 ];
					if (
						! wanted.includes( found ) &&
						! singularWithoutNumber
					) {
						problems.push(
							`placeholders: ${ entry.msgid } → ${ text }`
						);
					}
				} );
			}
			expect( { file, problems, fix } ).toEqual( {
				file,
				problems: [],
				fix,
			} );
		}
	);

	it( 'the .mo, .l10n.php and script JSON files are compiled from the current .po', () => {
		const stale = Object.entries( files )
			.filter(
				( [ file ] ) =>
					! file.endsWith( '.po' ) && ! file.endsWith( '.pot' )
			)
			.filter( ( [ file, content ] ) => {
				const target = onDisk( file );
				return (
					! fs.existsSync( target ) ||
					! Buffer.from( content ).equals( fs.readFileSync( target ) )
				);
			} )
			.map( ( [ file ] ) => file );
		expect( { stale, fix } ).toEqual( { stale: [], fix } );
	} );

	it( 'every built script that uses the text domain has its JSON file, named as WordPress looks it up', () => {
		const scripts = i18n.scripts() as Array< {
			script: string;
			files: string[];
		} >;
		const needing = scripts
			.filter( ( { files: built } ) =>
				built.some( ( file ) =>
					fs
						.readFileSync( onDisk( file ), 'utf8' )
						.includes( '"wp24-helpdesk"' )
				)
			)
			.map( ( { script } ) => script );
		expect( needing ).toEqual(
			expect.arrayContaining( [
				'build/admin/index.js',
				'build/plan-editor/index.js',
			] )
		);
		for ( const locale of Object.keys( i18n.LOCALES ) ) {
			for ( const script of needing ) {
				const hash = require( 'node:crypto' )
					.createHash( 'md5' )
					.update( script )
					.digest( 'hex' );
				const file = onDisk(
					`languages/wp24-helpdesk-${ locale }-${ hash }.json`
				);
				expect( { script, exists: fs.existsSync( file ) } ).toEqual( {
					script,
					exists: true,
				} );
			}
		}
		// The admin app's lazy screens have no JSON of their own: their strings are in the app's.
		const admin = JSON.parse(
			fs.readFileSync(
				onDisk(
					`languages/wp24-helpdesk-it_IT-${ require( 'node:crypto' )
						.createHash( 'md5' )
						.update( 'build/admin/index.js' )
						.digest( 'hex' ) }.json`
				),
				'utf8'
			)
		).locale_data.messages;
		expect( admin[ 'Save settings' ] ).toEqual( [ 'Salva impostazioni' ] );
		expect( admin[ '%d ticket updated.' ] ).toEqual( [
			'%d ticket aggiornato.',
			'%d ticket aggiornati.',
		] );
	} );
} );
