/**
 * The helpdesk settings: validated by the server, its errors shown beside the field they concern.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Notice,
	RadioControl,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { errorMessage } from '../format';
import { store } from '../store';
import { changedSettings } from './changed-settings';
import { fieldErrors } from './field-errors';
import { formatHours, parseHours, type Interval } from './hours';
import { weekdayLabels } from './labels';
import { MailboxSettings } from './mailbox-settings';
import { SavedRepliesEditor } from './saved-replies-editor';

type Settings = Record< string, any >;

/** Settings shown as plain inputs, by kind. */
const NUMBERS = [
	'default_first_response_hours',
	'auto_close_days',
	'auto_close_reminder_hours',
	'reopen_days',
	'guest_link_days',
	'retention_months',
	'attachment_max_mb',
] as const;
const TEXTS = [
	'support_email',
	'whatsapp_number',
	'phone_number',
	'consent_version',
	'timezone',
] as const;
const LISTS = [
	'closures',
	'staff_emails',
	'oncall_emails',
	'email_urgent_words',
] as const;

/**
 * The settings screen.
 */
export default function SettingsView() {
	const { saved, failed } = useSelect(
		( select ) => ( {
			saved: select( store ).getSettings() as Settings | null,
			failed: select( store ).getResolutionError( 'getSettings', [] ),
		} ),
		[]
	);
	const [ draft, setDraft ] = useState< Settings >( {} );
	const [ hours, setHours ] = useState< Record< string, string > >( {} );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ busy, setBusy ] = useState( false );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const { saveSettings } = useDispatch( store );

	// The form starts from what the server holds, and again after each save.
	useEffect( () => {
		if ( ! saved ) {
			return;
		}
		setDraft( saved );
		setHours(
			Object.fromEntries(
				Object.entries(
					saved.weekly_hours as Record< string, Interval[] >
				).map( ( [ day, intervals ] ) => [
					day,
					formatHours( intervals ),
				] )
			)
		);
	}, [ saved ] );

	if ( failed ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ errorMessage(
					failed,
					__( 'The settings could not be loaded.', 'wp24-helpdesk' )
				) }
			</Notice>
		);
	}
	if ( ! saved || Object.keys( draft ).length === 0 ) {
		return <Spinner />;
	}

	const set = ( key: string, value: unknown ) =>
		setDraft( ( current ) => ( { ...current, [ key ]: value } ) );
	const help = ( key: string ) =>
		errors[ key ] ? (
			<span className="wp24hd-field-error" role="alert">
				{ errors[ key ] }
			</span>
		) : undefined;

	const save = async () => {
		const weekly: Record< string, Interval[] > = {};
		const problems: Record< string, string > = {};
		for ( const [ day, text ] of Object.entries( hours ) ) {
			const parsed = parseHours( text );
			if ( parsed === null ) {
				problems.weekly_hours = sprintf(
					/* translators: %s: weekday name. */
					__(
						'%s: write the hours as 09:30–13:00, 14:00–19:30, or leave empty when closed.',
						'wp24-helpdesk'
					),
					weekdayLabels()[ day ] ?? day
				);
			} else {
				weekly[ day ] = parsed;
			}
		}
		setErrors( problems );
		if ( Object.keys( problems ).length ) {
			return;
		}
		const changes = changedSettings( saved, {
			...draft,
			weekly_hours: weekly,
		} );
		if ( Object.keys( changes ).length === 0 ) {
			createSuccessNotice( __( 'Nothing to save.', 'wp24-helpdesk' ), {
				type: 'snackbar',
			} );
			return;
		}
		setBusy( true );
		try {
			await saveSettings( changes );
			createSuccessNotice( __( 'Settings saved.', 'wp24-helpdesk' ), {
				type: 'snackbar',
			} );
		} catch ( failure ) {
			setErrors( fieldErrors( failure as object, Object.keys( saved ) ) );
		} finally {
			setBusy( false );
		}
	};

	const labels = bootData().settingLabels ?? {};
	return (
		<>
			<form
				className="wp24hd-settings"
				onSubmit={ ( event ) => {
					event.preventDefault();
					void save();
				} }
				noValidate
			>
				{ errors[ '' ] && (
					<Notice status="error" isDismissible={ false }>
						{ errors[ '' ] }
					</Notice>
				) }
				<fieldset>
					<legend>{ __( 'Business hours', 'wp24-helpdesk' ) }</legend>
					{ Object.keys( hours ).map( ( day ) => (
						<TextControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							key={ day }
							label={ weekdayLabels()[ day ] ?? day }
							value={ hours[ day ] }
							placeholder={ __( 'Closed', 'wp24-helpdesk' ) }
							onChange={ ( value ) =>
								setHours( ( current ) => ( {
									...current,
									[ day ]: value,
								} ) )
							}
						/>
					) ) }
					{ help( 'weekly_hours' ) }
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ labels.national_holidays }
						checked={ Boolean( draft.national_holidays ) }
						onChange={ ( value ) =>
							set( 'national_holidays', value )
						}
					/>
				</fieldset>
				<fieldset>
					<legend>
						{ __( 'Channels, limits and times', 'wp24-helpdesk' ) }
					</legend>
					{ TEXTS.map( ( key ) => (
						<TextControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							key={ key }
							label={ labels[ key ] }
							value={ String( draft[ key ] ?? '' ) }
							onChange={ ( value ) => set( key, value ) }
							help={ help( key ) }
						/>
					) ) }
					{ NUMBERS.map( ( key ) => (
						<TextControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							key={ key }
							type="number"
							label={ labels[ key ] }
							value={ String( draft[ key ] ?? '' ) }
							onChange={ ( value ) =>
								set( key, value === '' ? '' : Number( value ) )
							}
							help={ help( key ) }
						/>
					) ) }
					{ LISTS.map( ( key ) => (
						<TextareaControl
							__nextHasNoMarginBottom
							key={ key }
							label={ labels[ key ] }
							value={ ( draft[ key ] as string[] ).join( '\n' ) }
							onChange={ ( value ) =>
								set(
									key,
									value
										.split( /[\n,]+/ )
										.map( ( line ) => line.trim() )
										.filter( Boolean )
								)
							}
							help={
								help( key ) ??
								__( 'One per line.', 'wp24-helpdesk' )
							}
						/>
					) ) }
					<RadioControl
						label={ labels.price_vat }
						selected={ String( draft.price_vat ?? 'included' ) }
						options={ [
							{
								label: __( 'VAT included', 'wp24-helpdesk' ),
								value: 'included',
							},
							{
								label: __( 'Plus VAT', 'wp24-helpdesk' ),
								value: 'excluded',
							},
							{
								label: __( 'No VAT note', 'wp24-helpdesk' ),
								value: 'none',
							},
						] }
						onChange={ ( value ) => set( 'price_vat', value ) }
						help={ help( 'price_vat' ) }
					/>
					<RadioControl
						label={ labels.email_unknown_senders }
						selected={ String(
							draft.email_unknown_senders ?? 'open'
						) }
						options={ [
							{
								label: __(
									'Open a one-shot request as a guest',
									'wp24-helpdesk'
								),
								value: 'open',
							},
							{
								label: __(
									'Answer with a link to the ticket form',
									'wp24-helpdesk'
								),
								value: 'point',
							},
						] }
						onChange={ ( value ) =>
							set( 'email_unknown_senders', value )
						}
						help={ help( 'email_unknown_senders' ) }
					/>
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ labels.email_plus_addressing }
						checked={ Boolean( draft.email_plus_addressing ) }
						onChange={ ( value ) =>
							set( 'email_plus_addressing', value )
						}
						help={ help( 'email_plus_addressing' ) }
					/>
				</fieldset>
				<fieldset>
					<legend>{ __( 'Emails sent', 'wp24-helpdesk' ) }</legend>
					{ Object.keys(
						draft.notifications as Record< string, boolean >
					).map( ( type ) => (
						<CheckboxControl
							__nextHasNoMarginBottom
							key={ type }
							label={
								bootData().notificationLabels?.[ type ] ?? type
							}
							checked={ Boolean( draft.notifications[ type ] ) }
							onChange={ ( value ) =>
								set( 'notifications', {
									...draft.notifications,
									[ type ]: value,
								} )
							}
						/>
					) ) }
					{ help( 'notifications' ) }
				</fieldset>
				<fieldset>
					<legend>{ __( 'Saved replies', 'wp24-helpdesk' ) }</legend>
					<SavedRepliesEditor
						value={ draft.saved_replies ?? [] }
						onChange={ ( value ) => set( 'saved_replies', value ) }
					/>
					{ help( 'saved_replies' ) }
				</fieldset>
				<fieldset>
					<legend>{ __( 'Data', 'wp24-helpdesk' ) }</legend>
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ labels.remove_data_on_uninstall }
						checked={ Boolean( draft.remove_data_on_uninstall ) }
						onChange={ ( value ) =>
							set( 'remove_data_on_uninstall', value )
						}
					/>
				</fieldset>
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Save settings', 'wp24-helpdesk' ) }
				</Button>
			</form>
			<MailboxSettings />
		</>
	);
}
