/**
 * Extend or revoke a plan holding by hand, always with a reason for the log.
 */

/**
 * WordPress dependencies
 */
import { Button, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { store } from '../store';
import { ErrorNotice, useRequest } from '../use-request';

/**
 * @param props               Props.
 * @param props.entitlementId Entitlement.
 * @param props.active        Whether it can still be revoked.
 */
export function EntitlementActions( {
	entitlementId,
	active,
}: {
	entitlementId: number;
	active: boolean;
} ) {
	const [ days, setDays ] = useState( '30' );
	const [ reason, setReason ] = useState( '' );
	const { busy, error, setError, run: request } = useRequest();
	const { extendEntitlement, revokeEntitlement } = useDispatch( store );

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
				// The store rereads the customer's plans with the change.
				await ( action === 'extend'
					? extendEntitlement( entitlementId, Number( days ), reason )
					: revokeEntitlement( entitlementId, reason ) );
				setReason( '' );
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
