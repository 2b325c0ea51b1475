/**
 * The helpdesk settings and the support mailbox over REST.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { REST_NAMESPACE } from '../../../shared/rest/namespace';
import type {
	Mailbox,
	MailboxTest,
	PatchMailboxRequest,
	PatchSettingsRequest,
	Settings,
} from '../../../shared/rest/types.generated';

const settingsPath = `/${ REST_NAMESPACE }/settings`;
const mailboxPath = `/${ REST_NAMESPACE }/mailbox`;

export const fetchSettings = () =>
	apiFetch< Settings >( { path: settingsPath } );

export const patchSettings = ( changes: PatchSettingsRequest ) =>
	apiFetch< Settings >( {
		path: settingsPath,
		method: 'PATCH',
		data: changes,
	} );

export const fetchMailbox = () => apiFetch< Mailbox >( { path: mailboxPath } );

export const patchMailbox = ( changes: PatchMailboxRequest ) =>
	apiFetch< Mailbox >( {
		path: mailboxPath,
		method: 'PATCH',
		data: changes,
	} );

export const postMailboxTest = () =>
	apiFetch< MailboxTest >( {
		path: `${ mailboxPath }/test`,
		method: 'POST',
	} );
