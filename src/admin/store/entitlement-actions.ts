/**
 * The staff's changes to plan holdings: each answers with the holding as saved, which every list
 * showing it picks up at once; lists whose rows may change (a new holding, a new expiry or status)
 * are read again when next shown.
 */

/**
 * Internal dependencies
 */
import * as api from './api';
import type { Thunk } from './thunk';
import type { Entitlement } from '../types';
import type {
	PostEntitlementsContactsRequest,
	PostEntitlementsRequest,
} from '../../shared/rest/types.generated';

/**
 * Keeps the holding as saved; with `relist`, the lists are read again.
 *
 * @param dispatch    Store dispatch.
 * @param entitlement The holding the server answered with.
 * @param relist      Whether which holdings a list shows may have changed.
 */
function receive(
	dispatch: Parameters< Thunk >[ 0 ][ 'dispatch' ],
	entitlement: Entitlement,
	relist: boolean
): Entitlement {
	dispatch( { type: 'RECEIVE_ENTITLEMENTS', entitlements: [ entitlement ] } );
	if ( relist ) {
		dispatch.invalidateResolutionForStoreSelector( 'getEntitlements' );
	}
	return entitlement;
}

/**
 * Grants a plan by hand (a bank transfer, a gift), with a reason for the log.
 *
 * @param grant Customer, plan, reason.
 */
export const grantEntitlement =
	( grant: PostEntitlementsRequest ): Thunk< Entitlement > =>
	async ( { dispatch } ) =>
		receive( dispatch, await api.postEntitlement( grant ), true );

/**
 * Adds days to a holding, with a reason for the log.
 *
 * @param id     Entitlement.
 * @param days   Days to add.
 * @param reason Why.
 */
export const extendEntitlement =
	( id: number, days: number, reason: string ): Thunk< Entitlement > =>
	async ( { dispatch } ) =>
		receive( dispatch, await api.postExtend( id, { days, reason } ), true );

/**
 * Revokes a holding, with a reason for the log.
 *
 * @param id     Entitlement.
 * @param reason Why.
 */
export const revokeEntitlement =
	( id: number, reason: string ): Thunk< Entitlement > =>
	async ( { dispatch } ) =>
		receive( dispatch, await api.postRevoke( id, { reason } ), true );

/**
 * Records a renewal contact (R12); the holding stays in the lists it was in.
 *
 * @param id      Entitlement.
 * @param contact Channel, outcome, note.
 */
export const recordContact =
	(
		id: number,
		contact: Omit< PostEntitlementsContactsRequest, 'id' >
	): Thunk< Entitlement > =>
	async ( { dispatch } ) =>
		receive( dispatch, await api.postContact( id, contact ), false );
