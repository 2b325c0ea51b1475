/**
 * The support mailbox the desk reads over IMAP: where it is, who signs in, and a connection test.
 * Its own form, saved to `/mailbox`: the password is write-only there (the screen shows only
 * whether one is saved), so it never sits in the settings the rest of the screen loads.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	SelectControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../format';
import { store } from '../store';
import { fieldErrors } from './field-errors';
import type { Mailbox, MailboxTest } from '../../shared/rest/types.generated';

type Result = MailboxTest;

/**
 * The mailbox fieldset with its own Save and Test buttons.
 */
export function MailboxSettings() {
	const { saved, failed } = useSelect(
		( select ) => ( {
			saved: select( store ).getMailbox(),
			failed: select( store ).getResolutionError( 'getMailbox', [] ),
		} ),
		[]
	);
	const [ mailbox, setMailbox ] = useState< Mailbox | null >( null );
	const [ password, setPassword ] = useState( '' );
	const [ mailgunKey, setMailgunKey ] = useState( '' );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ result, setResult ] = useState< Result | null >( null );
	const [ busy, setBusy ] = useState( false );
	const { saveMailbox, testMailbox } = useDispatch( store );

	// The form starts from what the server holds, and again after each save.
	useEffect( () => setMailbox( saved ), [ saved ] );

	if ( ! mailbox ) {
		return failed ? (
			<Notice status="error" isDismissible={ false }>
				{ errorMessage(
					failed,
					__(
						'The mailbox settings could not be loaded.',
						'wp24-helpdesk'
					)
				) }
			</Notice>
		) : null;
	}

	const set = < K extends keyof Mailbox >( key: K, value: Mailbox[ K ] ) =>
		setMailbox( { ...mailbox, [ key ]: value } );
	const help = ( key: string ) =>
		errors[ key ] ? (
			<span className="wp24hd-field-error" role="alert">
				{ errors[ key ] }
			</span>
		) : undefined;

	const save = async () => {
		setBusy( true );
		setResult( null );
		setErrors( {} );
		try {
			const { host, port, encryption, user, folder } = mailbox;
			await saveMailbox( {
				host,
				port,
				encryption,
				user,
				folder,
				password,
				mailgun_key: mailgunKey,
			} );
			setPassword( '' );
			setMailgunKey( '' );
			setResult( await testMailbox() );
		} catch ( failure ) {
			setErrors(
				fieldErrors( failure as object, Object.keys( mailbox ) )
			);
		} finally {
			setBusy( false );
		}
	};

	return (
		<form
			className="wp24hd-settings wp24hd-settings__mailbox"
			onSubmit={ ( event ) => {
				event.preventDefault();
				void save();
			} }
			noValidate
		>
			<fieldset>
				<legend>
					{ __( 'Support mailbox (IMAP)', 'wp24-helpdesk' ) }
				</legend>
				<p>
					{ __(
						'Emails to the support address become tickets and replies. The desk reads new mail every five minutes, marks what it handled and never deletes anything.',
						'wp24-helpdesk'
					) }
				</p>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Mail server', 'wp24-helpdesk' ) }
					value={ mailbox.host }
					placeholder="imap.example.com"
					onChange={ ( value ) => set( 'host', value ) }
					help={ help( 'host' ) }
				/>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Encryption', 'wp24-helpdesk' ) }
					value={ mailbox.encryption }
					options={ [
						{
							label: __( 'SSL/TLS (port 993)', 'wp24-helpdesk' ),
							value: 'ssl',
						},
						{
							label: __( 'STARTTLS (port 143)', 'wp24-helpdesk' ),
							value: 'tls',
						},
						{
							label: __(
								'None (same server only)',
								'wp24-helpdesk'
							),
							value: 'none',
						},
					] }
					onChange={ ( value ) =>
						set( 'encryption', value as Mailbox[ 'encryption' ] )
					}
					help={ help( 'encryption' ) }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="number"
					label={ __( 'Port', 'wp24-helpdesk' ) }
					value={ String( mailbox.port ) }
					onChange={ ( value ) => set( 'port', Number( value ) ) }
					help={ help( 'port' ) }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'User name', 'wp24-helpdesk' ) }
					value={ mailbox.user }
					autoComplete="off"
					onChange={ ( value ) => set( 'user', value ) }
					help={ help( 'user' ) }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="password"
					label={ __( 'Password', 'wp24-helpdesk' ) }
					value={ password }
					autoComplete="new-password"
					placeholder={
						mailbox.has_password
							? __(
									'Saved; type a new one to change it',
									'wp24-helpdesk'
								)
							: ''
					}
					onChange={ setPassword }
					help={ help( 'password' ) }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Folder', 'wp24-helpdesk' ) }
					value={ mailbox.folder }
					onChange={ ( value ) => set( 'folder', value ) }
					help={ help( 'folder' ) }
				/>
				<h3>
					{ __(
						'Or a hosted inbound-mail service',
						'wp24-helpdesk'
					) }
				</h3>
				<p>
					{ __(
						'Give the service the address below (README → Email says where each one asks for it). The credentials in it are this site’s own; keep them private.',
						'wp24-helpdesk'
					) }
				</p>
				{ (
					[
						[
							'postmark',
							__( 'Postmark inbound webhook', 'wp24-helpdesk' ),
						],
						[
							'sendgrid',
							__( 'SendGrid Inbound Parse URL', 'wp24-helpdesk' ),
						],
						[
							'mailgun',
							__( 'Mailgun route URL', 'wp24-helpdesk' ),
						],
					] as const
				 ).map( ( [ service, label ] ) => (
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						key={ service }
						label={ label }
						value={ mailbox.webhooks[ service ] }
						readOnly
						onChange={ () => undefined }
					/>
				) ) }
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="password"
					label={ __(
						'Mailgun webhook signing key',
						'wp24-helpdesk'
					) }
					value={ mailgunKey }
					autoComplete="off"
					placeholder={
						mailbox.has_mailgun_key
							? __(
									'Saved; type a new one to change it',
									'wp24-helpdesk'
								)
							: ''
					}
					onChange={ setMailgunKey }
				/>
				{ result && (
					<Notice
						status={ result.ok ? 'success' : 'error' }
						isDismissible={ false }
					>
						{ result.message }
					</Notice>
				) }
			</fieldset>
			<Button
				variant="secondary"
				type="submit"
				isBusy={ busy }
				disabled={ busy }
			>
				{ __( 'Save and test the connection', 'wp24-helpdesk' ) }
			</Button>
		</form>
	);
}
