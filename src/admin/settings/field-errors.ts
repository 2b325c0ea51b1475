/**
 * Which setting a REST error is about, so the message can be shown beside that field.
 */

type RestError = {
	code?: string;
	message?: string;
	data?: { params?: Record< string, string > };
};

/**
 * The error messages by setting key; problems that name no setting go under `''`.
 *
 * WordPress's argument validation lists them in `data.params`; the settings service names the key
 * at the start of its message ("closures: …") or as the schema path ("auto_close_days must be …").
 *
 * @param error Error thrown by apiFetch.
 * @param keys  Setting keys on the form.
 */
export function fieldErrors(
	error: RestError,
	keys: string[]
): Record< string, string > {
	if ( error.data?.params && Object.keys( error.data.params ).length ) {
		return { ...error.data.params };
	}
	const message = error.message ?? '';
	const key = [ ...keys ]
		.sort( ( a, b ) => b.length - a.length )
		.find(
			( candidate ) =>
				message.startsWith( `${ candidate }:` ) ||
				message.startsWith( `${ candidate } ` ) ||
				message.startsWith( `${ candidate }[` )
		);
	return { [ key ?? '' ]: message };
}
