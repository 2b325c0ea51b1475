/**
 * Records a renewal contact (R12): how the customer was reached and what they said.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, SelectControl, TextareaControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ErrorNotice, useRequest } from '../use-request';
import { contactChannelOptions, contactOutcomeOptions } from '../labels';
import { REST_NAMESPACE } from '../../shared/rest/namespace';

/**
 * @param props               Props.
 * @param props.entitlementId Entitlement.
 * @param props.onSaved       Called with the entitlement as saved.
 */
export function ContactForm( {
	entitlementId,
	onSaved,
}: {
	entitlementId: number;
	onSaved: ( entitlement: unknown ) => void;
} ) {
	const [ channel, setChannel ] = useState( 'phone' );
	const [ outcome, setOutcome ] = useState( 'renewing' );
	const [ note, setNote ] = useState( '' );
	const { busy, error, run } = useRequest();

	const save = () =>
		run(
			async () => {
				onSaved(
					await apiFetch( {
						path: `/${ REST_NAMESPACE }/entitlements/${ entitlementId }/contacts`,
						method: 'POST',
						data: { channel, outcome, note },
					} )
				);
				setNote( '' );
			},
			__( 'The contact could not be recorded.', 'wp24-helpdesk' )
		);

	return (
		<form
			className="wp24hd-contact-form"
			onSubmit={ ( event ) => {
				event.preventDefault();
				void save();
			} }
		>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Channel', 'wp24-helpdesk' ) }
				value={ channel }
				options={ contactChannelOptions() }
				onChange={ setChannel }
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Outcome', 'wp24-helpdesk' ) }
				value={ outcome }
				options={ contactOutcomeOptions() }
				onChange={ setOutcome }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Note', 'wp24-helpdesk' ) }
				value={ note }
				onChange={ setNote }
				rows={ 2 }
			/>
			<ErrorNotice message={ error } />
			<Button
				variant="secondary"
				type="submit"
				isBusy={ busy }
				disabled={ busy }
			>
				{ __( 'Record contact', 'wp24-helpdesk' ) }
			</Button>
		</form>
	);
}
