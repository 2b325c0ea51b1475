/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { Plan } from '../types';

export const REST_NAMESPACE = 'wp24-helpdesk/v1';

/**
 * The published plans, in the owner's order.
 */
export function fetchPlans(): Promise< Plan[] > {
	return apiFetch< Plan[] >( { path: `/${ REST_NAMESPACE }/plans` } );
}
