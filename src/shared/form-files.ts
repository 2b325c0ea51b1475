/**
 * Browsers send an empty part for a file input left empty; the REST API would read it as a
 * failed upload. Keeps only real files under `files[]`.
 *
 * @param body Form data built from a form with a `files[]` input.
 * @return The same form data, changed in place.
 */
export function withChosenFiles( body: FormData ): FormData {
	const files = body
		.getAll( 'files[]' )
		.filter( ( file ) => file instanceof File && file.size > 0 );
	body.delete( 'files[]' );
	files.forEach( ( file ) => body.append( 'files[]', file ) );
	return body;
}
