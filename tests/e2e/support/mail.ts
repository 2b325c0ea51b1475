/**
 * The emails the dev site would have sent (bin/dev-mail-log.php saves each as JSON).
 */

/**
 * External dependencies
 */
import fs from 'fs';
import path from 'path';

/** Where the e2e dev site saves them. */
const MAIL_DIR = path.resolve(
	__dirname,
	'../../../artifacts/e2e-site/wp-content/wp24hd-dev-mails'
);

export type SavedMail = {
	to: string[];
	subject: string;
	headers: string[];
	html: string;
	message_id: string;
};

/**
 * The newest saved email sent to an address.
 *
 * @param to Recipient.
 */
export function mailTo( to: string ): SavedMail | undefined {
	if ( ! fs.existsSync( MAIL_DIR ) ) {
		return undefined;
	}
	return fs
		.readdirSync( MAIL_DIR )
		.sort()
		.reverse()
		.map(
			( file ) =>
				JSON.parse(
					fs.readFileSync( path.join( MAIL_DIR, file ), 'utf8' )
				) as SavedMail
		)
		.find( ( mail ) => mail.to.includes( to ) );
}
