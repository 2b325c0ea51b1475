#!/usr/bin/env node
/**
 * `npm run i18n`: regenerates languages/wp24-helpdesk.pot from the PHP, TypeScript and block.json
 * sources, merges it into every translation (.po), and compiles the .mo, .l10n.php and per-script
 * JSON files WordPress loads. Needs Debian's gettext (xgettext) and a build (npm run build).
 * Translate the new entries in languages/wp24-helpdesk-<locale>.po, then run it again.
 */
import fs from 'node:fs';
import path from 'node:path';

import i18n from './lib/i18n.cjs';

const { ROOT, DOMAIN, build } = i18n;
const { files, template, translations } = build();

// JSON files of scripts that no longer exist go.
for ( const name of fs.readdirSync( path.join( ROOT, 'languages' ) ) ) {
	if (
		name.startsWith( `${ DOMAIN }-` ) &&
		name.endsWith( '.json' ) &&
		! files[ `languages/${ name }` ]
	) {
		fs.rmSync( path.join( ROOT, 'languages', name ) );
	}
}
for ( const [ file, content ] of Object.entries( files ) ) {
	fs.writeFileSync( path.join( ROOT, file ), content );
}

process.stdout.write(
	`${ template.length } strings in languages/${ DOMAIN }.pot\n`
);
for ( const [ locale, entries ] of Object.entries( translations ) ) {
	const missing = entries.filter( ( entry ) =>
		entry.msgstr.some( ( text ) => text === '' )
	).length;
	process.stdout.write(
		`${ locale }: ${ entries.length - missing } of ${ entries.length } translated${
			missing
				? ` — ${ missing } to translate in languages/${ DOMAIN }-${ locale }.po`
				: ''
		}\n`
	);
}
