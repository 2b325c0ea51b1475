/**
 * Saving the helpdesk settings, the support mailbox and the technician's own alert preference.
 * A refused save throws the REST error, so the screen can place each message beside its field.
 */

/**
 * Internal dependencies
 */
import * as api from './api';
import type { Thunk } from './thunk';
import type {
	Mailbox,
	MailboxTest,
	PatchMailboxRequest,
	PatchSettingsRequest,
	Settings,
} from '../../shared/rest/types.generated';

/**
 * Saves the changed settings; the store keeps what the server answers.
 *
 * @param changes Only the settings that changed.
 */
export const saveSettings =
	( changes: PatchSettingsRequest ): Thunk< Settings > =>
	async ( { dispatch } ) => {
		const settings = await api.patchSettings( changes );
		dispatch( { type: 'RECEIVE_SETTINGS', settings } );
		return settings;
	};

/**
 * Saves the mailbox; the password and Mailgun key are write-only (empty keeps the saved one).
 *
 * @param changes Server, port, encryption, user, folder and the secrets.
 */
export const saveMailbox =
	( changes: PatchMailboxRequest ): Thunk< Mailbox > =>
	async ( { dispatch } ) => {
		const mailbox = await api.patchMailbox( changes );
		dispatch( { type: 'RECEIVE_MAILBOX', mailbox } );
		return mailbox;
	};

/**
 * Tries the saved mailbox; the answer says whether it connected, in words for the screen.
 */
export const testMailbox = (): Thunk< MailboxTest > => async () =>
	api.postMailboxTest();

/**
 * Keeps the technician's choice of browser notifications of new urgent tickets.
 *
 * @param on Whether they are wanted.
 */
export const saveUrgentAlerts =
	( on: boolean ): Thunk =>
	async () => {
		await api.postUrgentAlerts( on );
	};
