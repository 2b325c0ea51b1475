/**
 * Status, priority and assignee: only the transitions the lifecycle allows are offered.
 */

/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../format';
import { bootData } from '../boot-data';
import { labelOf, priorityOptions, statusOptions } from '../labels';
import { store } from '../store';
import type { Ticket, TicketChanges } from '../types';

/**
 * @param props        Props.
 * @param props.ticket Ticket.
 */
export function TicketControls( { ticket }: { ticket: Ticket } ) {
	const { updateTicket } = useDispatch( store );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );
	const { technicians } = bootData();

	const change = async ( changes: TicketChanges ) => {
		try {
			await updateTicket( ticket.id, changes );
			createSuccessNotice( __( 'Ticket updated.', 'wp24-helpdesk' ), {
				type: 'snackbar',
			} );
		} catch ( failure ) {
			createErrorNotice(
				errorMessage(
					failure,
					__( 'The change could not be saved.', 'wp24-helpdesk' )
				),
				{ type: 'snackbar' }
			);
		}
	};

	const statuses = [ ticket.status, ...ticket.next_statuses ].map(
		( status ) => ( {
			value: status,
			label: labelOf( statusOptions(), status ),
		} )
	);

	return (
		<div className="wp24hd-controls">
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Status', 'wp24-helpdesk' ) }
				value={ ticket.status }
				options={ statuses }
				onChange={ ( status ) =>
					void change(
						status === 'closed'
							? { status, close_reason: 'resolved' }
							: { status: status as Ticket[ 'status' ] }
					)
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Priority', 'wp24-helpdesk' ) }
				value={ ticket.priority }
				options={ priorityOptions() }
				disabled={ ticket.status === 'closed' }
				onChange={ ( priority ) =>
					void change( {
						priority: priority as Ticket[ 'priority' ],
					} )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Assignee', 'wp24-helpdesk' ) }
				value={ String( ticket.assignee_id ) }
				options={ [
					{ value: '0', label: __( 'Unassigned', 'wp24-helpdesk' ) },
					...technicians.map( ( user ) => ( {
						value: String( user.id ),
						label: user.name,
					} ) ),
				] }
				onChange={ ( id ) =>
					void change( { assignee_id: Number( id ) } )
				}
			/>
		</div>
	);
}
