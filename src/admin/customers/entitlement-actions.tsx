/**
 * Extend or revoke a plan holding by hand, always with a reason for the log.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ErrorNotice, useRequest } from '../use-request';
import { REST_NAMESPACE } from '../../shared/rest/namespace';

/**
 * @param props               Props.
 * @param props.entitlementId Entitlement.
 * @param props.active        Whether it can still be revoked.
 * @param props.onChanged     Called after a change, to read the list again.
 */
export function EntitlementActions( {
	entitlementId,
	active,
	onChanged,
}: {
	entitlementId: number;
	active: boolean;
	onChanged: () => void;
} ) {
	const [ days, setDays ] = useState( '30' );
	const [ reason, setReason ] = useState( '' );
	const { busy, error, setError, run: request } = useRequest();

	const run = ( action: 'extend' | 'revoke' ) => {
		if ( reason.trim() === '' ) {
			setError(
				__(
					'Write the reason; it is kept in the log.',
					'wp24-helpdesk'
				)
			);
			return;
		}
		void request(
			async () => {
				await apiFetch( {
					path: `/${ REST_NAMESPACE }/entitlements/${ entitlementId }/${ action }`,
					method: 'POST',
					data:
						action === 'extend'
							? { days: Number( days ), reason }
							: { reason },
				} );
				setReason( '' );
				onChanged();
			},
			__( 'The change could not be saved.', 'wp24-helpdesk' )
		);
	};

	return (
		<div className="wp24hd-entitlement-actions">
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Reason', 'wp24-helpdesk' ) }
				value={ reason }
				onChange={ setReason }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Days to add', 'wp24-helpdesk' ) }
				type="number"
				min={ 1 }
				value={ days }
				onChange={ setDays }
			/>
			<ErrorNotice message={ error } />
			<div className="wp24hd-buttons">
				<Button
					variant="secondary"
					onClick={ () => void run( 'extend' ) }
					disabled={ busy }
				>
					{ __( 'Extend', 'wp24-helpdesk' ) }
				</Button>
				{ active && (
					<Button
						variant="secondary"
						isDestructive
						onClick={ () => void run( 'revoke' ) }
						disabled={ busy }
					>
						{ __( 'Revoke', 'wp24-helpdesk' ) }
					</Button>
				) }
			</div>
		</div>
	);
}
