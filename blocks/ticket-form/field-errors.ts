/**
 * Mapping of REST errors to the ticket form's fields (no WordPress dependency, unit-tested).
 */

export type Field =
	| 'type'
	| 'service'
	| 'name'
	| 'email'
	| 'subject'
	| 'message'
	| 'site_url'
	| 'files'
	| 'consent';

export type RestError = {
	code?: string;
	message?: string;
	data?: { params?: Record< string, string > };
};

export const FIELDS: Field[] = [
	'type',
	'service',
	'name',
	'email',
	'subject',
	'message',
	'site_url',
	'files',
	'consent',
];

/**
 * Which field a server error belongs to: schema errors name their parameter; the rules'
 * messages start with the field name ("subject: write between…").
 *
 * @param error The REST error.
 * @return Messages by field, and the rest for the whole form.
 */
export function fieldErrors( error: RestError ): {
	fields: Partial< Record< Field, string > >;
	form: string;
} {
	const fields: Partial< Record< Field, string > > = {};
	for ( const [ name, text ] of Object.entries( error.data?.params ?? {} ) ) {
		const field = ( name === 'files[]' ? 'files' : name ) as Field;
		if ( FIELDS.includes( field ) ) {
			fields[ field ] = text;
		}
	}
	const message = error.message ?? '';
	const match = /^([a-z_]+): (.+)$/s.exec( message );
	if ( match && FIELDS.includes( match[ 1 ] as Field ) ) {
		fields[ match[ 1 ] as Field ] = match[ 2 ];
		return { fields, form: '' };
	}
	return {
		fields,
		form: Object.keys( fields ).length ? '' : message,
	};
}
