/**
 * Plan holdings over REST: lists, one holding, and the staff's changes with a reason for the log.
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
import type {
	Entitlement,
	GetEntitlementsRequest,
	PostEntitlementsContactsRequest,
	PostEntitlementsExtendRequest,
	PostEntitlementsRequest,
	PostEntitlementsRevokeRequest,
} from '../../../shared/rest/types.generated';

const base = `/${ REST_NAMESPACE }/entitlements`;

export const fetchEntitlements = ( query: GetEntitlementsRequest ) =>
	apiFetch< Entitlement[] >( { path: addQueryArgs( base, { ...query } ) } );

export const fetchEntitlement = ( id: number ) =>
	apiFetch< Entitlement >( { path: `${ base }/${ id }` } );

export const postEntitlement = ( grant: PostEntitlementsRequest ) =>
	apiFetch< Entitlement >( { path: base, method: 'POST', data: grant } );

export const postExtend = (
	id: number,
	extension: Omit< PostEntitlementsExtendRequest, 'id' >
) =>
	apiFetch< Entitlement >( {
		path: `${ base }/${ id }/extend`,
		method: 'POST',
		data: extension,
	} );

export const postRevoke = (
	id: number,
	revocation: Omit< PostEntitlementsRevokeRequest, 'id' >
) =>
	apiFetch< Entitlement >( {
		path: `${ base }/${ id }/revoke`,
		method: 'POST',
		data: revocation,
	} );

export const postContact = (
	id: number,
	contact: Omit< PostEntitlementsContactsRequest, 'id' >
) =>
	apiFetch< Entitlement >( {
		path: `${ base }/${ id }/contacts`,
		method: 'POST',
		data: contact,
	} );
