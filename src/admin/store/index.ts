/**
 * `wp24hd/helpdesk`: everything the technicians' app reads and writes over the REST API —
 * tickets, threads and figures, plan holdings, customers, settings and the mailbox.
 */

/**
 * WordPress dependencies
 */
import { createReduxStore, register } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { reducer } from './reducer';
import * as ticketActions from './actions';
import * as entitlementActions from './entitlement-actions';
import * as settingsActions from './settings-actions';
import * as resolvers from './resolvers';
import * as selectors from './selectors';

export const STORE_NAME = 'wp24hd/helpdesk';

export const store = createReduxStore( STORE_NAME, {
	reducer,
	actions: { ...ticketActions, ...entitlementActions, ...settingsActions },
	selectors,
	resolvers,
} );

register( store );
