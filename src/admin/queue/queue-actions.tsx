/**
 * Row and bulk actions of the queue: assign, priority, status, each through the store.
 */

/**
 * WordPress dependencies
 */
import type { Action } from '@wordpress/dataviews/wp';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Ticket, TicketChanges } from '../types';

type Apply = ( tickets: Ticket[], changes: TicketChanges ) => Promise< void >;

/**
 * @param userId Who is looking ("assign to me").
 * @param apply  Saves the change on every chosen ticket.
 */
export function queueActions(
	userId: number,
	apply: Apply
): Action< Ticket >[] {
	return [
		{
			id: 'assign-to-me',
			label: __( 'Assign to me', 'wp24-helpdesk' ),
			supportsBulk: true,
			isEligible: ( ticket ) =>
				ticket.assignee_id !== userId && ticket.status !== 'closed',
			callback: ( tickets ) =>
				void apply( tickets, { assignee_id: userId } ),
		},
		{
			id: 'mark-urgent',
			label: __( 'Mark as urgent', 'wp24-helpdesk' ),
			supportsBulk: true,
			isEligible: ( ticket ) =>
				ticket.priority !== 'urgent' && ticket.status !== 'closed',
			callback: ( tickets ) =>
				void apply( tickets, { priority: 'urgent' } ),
		},
		{
			id: 'mark-normal',
			label: __( 'Mark as normal priority', 'wp24-helpdesk' ),
			supportsBulk: true,
			isEligible: ( ticket ) =>
				ticket.priority !== 'normal' && ticket.status !== 'closed',
			callback: ( tickets ) =>
				void apply( tickets, { priority: 'normal' } ),
		},
		{
			id: 'close-resolved',
			label: __( 'Close as resolved', 'wp24-helpdesk' ),
			supportsBulk: true,
			isEligible: ( ticket ) => ticket.next_statuses.includes( 'closed' ),
			callback: ( tickets ) =>
				void apply( tickets, {
					status: 'closed',
					close_reason: 'resolved',
				} ),
		},
	];
}

/**
 * The notice after a bulk change.
 *
 * @param done   Tickets changed.
 * @param failed Tickets the server refused.
 */
export function bulkResult( done: number, failed: number ): string {
	if ( failed === 0 ) {
		return sprintf(
			/* translators: %d: number of tickets. */
			_n(
				'%d ticket updated.',
				'%d tickets updated.',
				done,
				'wp24-helpdesk'
			),
			done
		);
	}
	return sprintf(
		/* translators: 1: tickets updated, 2: tickets not updated. */
		__( '%1$d updated, %2$d could not be changed.', 'wp24-helpdesk' ),
		done,
		failed
	);
}
