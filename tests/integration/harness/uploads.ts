/**
 * Files for upload tests: a real image and a multipart form like the browser sends.
 */

/** A valid 1×1 PNG. */
export const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

/**
 * A reply with files, as `multipart/form-data` (`body` plus `files[]`).
 *
 * @param entries File names and contents.
 */
export function uploadForm(
	...entries: Array< [ string, Buffer | string ] >
): FormData {
	const form = new FormData();
	form.append( 'body', 'Please see the attached files.' );
	for ( const [ name, content ] of entries ) {
		form.append(
			'files[]',
			new Blob( [
				typeof content === 'string'
					? content
					: new Uint8Array( content ),
			] ),
			name
		);
	}
	return form;
}
