/**
 * Internal dependencies
 */
import { fieldErrors } from '../../../blocks/ticket-form/field-errors';

describe( 'fieldErrors', () => {
	it( 'puts a rule message next to the field it names, without the field prefix', () => {
		expect(
			fieldErrors( {
				code: 'wp24hd_invalid_subject',
				message: 'subject: write between 3 and 200 characters.',
			} )
		).toEqual( {
			fields: { subject: 'write between 3 and 200 characters.' },
			form: '',
		} );
	} );

	it( 'maps schema errors by parameter, files[] included', () => {
		expect(
			fieldErrors( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): email, files[]',
				data: {
					params: {
						email: 'email is too long.',
						'files[]': 'Bad file.',
						priority: 'not shown here',
					},
				},
			} )
		).toEqual( {
			fields: { email: 'email is too long.', files: 'Bad file.' },
			form: '',
		} );
	} );

	it( 'keeps messages about no field for the whole form', () => {
		expect(
			fieldErrors( {
				code: 'rest_forbidden',
				message: 'Please log in first.',
			} )
		).toEqual( {
			fields: {},
			form: 'Please log in first.',
		} );
		expect(
			fieldErrors( {
				message: 'status: a ticket cannot go from new to new.',
			} )
		).toEqual( {
			fields: {},
			form: 'status: a ticket cannot go from new to new.',
		} );
	} );
} );
