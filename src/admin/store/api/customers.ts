/**
 * Customer search over REST.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { REST_NAMESPACE } from '../../../shared/rest/namespace';
import type { Customer } from '../../../shared/rest/types.generated';

/**
 * Customers matching a search; without one (''), those whose tickets moved last.
 *
 * @param search Part of the name, login or email, or ''.
 */
export const fetchCustomers = ( search: string ) =>
	apiFetch< Customer[] >( {
		path: addQueryArgs(
			`/${ REST_NAMESPACE }/customers`,
			search ? { search } : {}
		),
	} );
