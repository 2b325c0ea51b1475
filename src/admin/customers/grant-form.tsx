/**
 * Grants a plan by hand (a bank transfer, a gift), with a reason for the log.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { ErrorNotice, useRequest } from '../use-request';
import { REST_NAMESPACE } from '../../shared/rest/namespace';

/**
 * @param props         Props.
 * @param props.userId  Customer.
 * @param props.onSaved Called after the grant.
 */
export function GrantForm( {
	userId,
	onSaved,
}: {
	userId: number;
	onSaved: () => void;
} ) {
	const { plans } = bootData();
	const [ planId, setPlanId ] = useState( String( plans[ 0 ]?.id ?? '' ) );
	const [ reason, setReason ] = useState( '' );
	const { busy, error, run } = useRequest();

	const grant = () =>
		run(
			async () => {
				await apiFetch( {
					path: `/${ REST_NAMESPACE }/entitlements`,
					method: 'POST',
					data: {
						user_id: userId,
						plan_id: Number( planId ),
						reason,
					},
				} );
				setReason( '' );
				onSaved();
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
