/**
 * Records a renewal contact (R12): how the customer was reached and what they said.
 */

/**
 * WordPress dependencies
 */
import { Button, SelectControl, TextareaControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { contactChannelOptions, contactOutcomeOptions } from '../labels';
import { store } from '../store';
import { ErrorNotice, useRequest } from '../use-request';
import type { PostEntitlementsContactsRequest } from '../../shared/rest/types.generated';

type Contact = Omit< PostEntitlementsContactsRequest, 'id' >;

/**
 * The row shows the contact as soon as it is saved: the store keeps the holding the server answers.
 *
 * @param props               Props.
 * @param props.entitlementId Entitlement.
 */
export function ContactForm( { entitlementId }: { entitlementId: number } ) {
	const [ channel, setChannel ] = useState< Contact[ 'channel' ] >( 'phone' );
	const [ outcome, setOutcome ] =
		useState< Contact[ 'outcome' ] >( 'renewing' );
	const [ note, setNote ] = useState( '' );
	const { busy, error, run } = useRequest();
	const { recordContact } = useDispatch( store );

	const save = () =>
		run(
			async () => {
				await recordContact( entitlementId, {
					channel,
					outcome,
					note,
				} );
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
				onChange={ ( value ) =>
					setChannel( value as Contact[ 'channel' ] )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Outcome', 'wp24-helpdesk' ) }
				value={ outcome }
				options={ contactOutcomeOptions() }
				onChange={ ( value ) =>
					setOutcome( value as Contact[ 'outcome' ] )
				}
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
