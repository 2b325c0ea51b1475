/**
 * Grants a plan by hand (a bank transfer, a gift), with a reason for the log.
 */

/**
 * WordPress dependencies
 */
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { store } from '../store';
import { ErrorNotice, useRequest } from '../use-request';

/**
 * @param props        Props.
 * @param props.userId Customer.
 */
export function GrantForm( { userId }: { userId: number } ) {
	const { plans } = bootData();
	const [ planId, setPlanId ] = useState( String( plans[ 0 ]?.id ?? '' ) );
	const [ reason, setReason ] = useState( '' );
	const { busy, error, run } = useRequest();
	const { grantEntitlement } = useDispatch( store );

	const grant = () =>
		run(
			async () => {
				// The store rereads the customer's plans with the new one.
				await grantEntitlement( {
					user_id: userId,
					plan_id: Number( planId ),
					reason,
				} );
				setReason( '' );
			},
			__( 'The plan could not be granted.', 'wp24-helpdesk' )
		);

	return (
		<form
			className="wp24hd-panel wp24hd-grant"
			onSubmit={ ( event ) => {
				event.preventDefault();
				void grant();
			} }
		>
			<h3>{ __( 'Grant a plan by hand', 'wp24-helpdesk' ) }</h3>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Plan', 'wp24-helpdesk' ) }
				value={ planId }
				options={ plans.map( ( plan ) => ( {
					value: String( plan.id ),
					label: plan.name,
				} ) ) }
				onChange={ setPlanId }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Reason', 'wp24-helpdesk' ) }
				help={ __(
					'For example: paid by bank transfer.',
					'wp24-helpdesk'
				) }
				value={ reason }
				onChange={ setReason }
				required
			/>
			<ErrorNotice message={ error } />
			<Button
				variant="primary"
				type="submit"
				isBusy={ busy }
				disabled={ busy || reason.trim() === '' || ! planId }
			>
				{ __( 'Grant plan', 'wp24-helpdesk' ) }
			</Button>
		</form>
	);
}
