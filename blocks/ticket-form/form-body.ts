/**
 * The ticket form's fields as the REST API names them (no WordPress dependency, unit-tested).
 */

/** Prefix of every field the form posts (WordPress reads `name`, `type`… from posts as query variables). */
export const FIELD_PREFIX = 'wp24hd_';

/** Fields only the post without JavaScript needs: the REST route takes its nonce in a header. */
const NO_SCRIPT_ONLY = [ 'wp24hd_form', 'wp24hd_nonce' ];

/**
 * The form's name for an intake field.
 *
 * @param field REST name, e.g. `subject`.
 */
export const formName = ( field: string ) =>
	FIELD_PREFIX + ( field === 'files' ? 'files[]' : field );

/**
 * Renames the form's `wp24hd_…` fields to the intake route's names and leaves out the fields of
 * the post without JavaScript.
 *
 * @param data Form data built from the ticket form.
 * @return New form data for `POST /tickets`.
 */
export function restBody( data: FormData ): FormData {
	const body = new FormData();
	data.forEach( ( value, name ) => {
		if ( NO_SCRIPT_ONLY.includes( name ) ) {
			return;
		}
		body.append(
			name.startsWith( FIELD_PREFIX )
				? name.slice( FIELD_PREFIX.length )
				: name,
			value
		);
	} );
	return body;
}
