/**
 * The queue's columns and filters, as DataViews fields over the staff ticket shape.
 */

/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews/wp';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	coverageOptions,
	labelOf,
	priorityOptions,
	slaOptions,
	statusOptions,
	typeOptions,
} from '../labels';
import { relativeTime } from '../format';
import { href } from '../router';
import type { Ticket } from '../types';
import type { AdminBootData } from '../../shared/types';
import { SlaClock } from './sla-clock';

/**
 * The line under a ticket's subject: its reference and who wrote, e.g. "WP24-1042 · Mario Rossi".
 *
 * @param ticket Ticket.
 */
export function summaryOf( ticket: Ticket ): string {
	const who = ticket.customer_id
		? ticket.customer_name
		: sprintf(
				/* translators: %s: the guest's name or email. */
				__( '%s (guest)', 'wp24-helpdesk' ),
				ticket.customer_name || ticket.guest_name || ticket.guest_email
			);
	return `${ ticket.reference } · ${ who }`;
}

/**
 * @param plans       Published plans, for the plan badge and filter.
 * @param technicians Who tickets can be assigned to.
 * @param asList      The list layout (a phone): the whole row opens the ticket, so the subject is
 *                    text; a link inside DataViews' list row is outside its grid cells.
 */
export function queueFields(
	plans: AdminBootData[ 'plans' ],
	technicians: Array< { id: number; name: string } >,
	asList = false
): Field< Ticket >[] {
	const planName = ( id: number ) =>
		plans.find( ( plan ) => plan.id === id )?.name ??
		( id ? `#${ id }` : __( 'No plan', 'wp24-helpdesk' ) );
	const assigneeName = ( id: number ) =>
		id
			? ( technicians.find( ( user ) => user.id === id )?.name ??
				`#${ id }` )
			: __( 'Unassigned', 'wp24-helpdesk' );
	return [
		{
			id: 'subject',
			label: __( 'Subject', 'wp24-helpdesk' ),
			enableHiding: false,
			enableSorting: false,
			filterBy: false,
			render: ( { item } ) =>
				asList ? (
					<span className="wp24hd-queue__subject">
						{ item.subject }
					</span>
				) : (
					<a
						className="wp24hd-queue__subject"
						href={ href( `/tickets/${ item.id }` ) }
					>
						{ item.subject }
					</a>
				),
		},
		{
			// Under the subject: which ticket and whose, so two columns need no room of their own.
			id: 'summary',
			label: __( 'Reference and customer', 'wp24-helpdesk' ),
			enableHiding: false,
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) => summaryOf( item ),
			render: ( { item } ) => (
				<span className="wp24hd-queue__summary">
					{ summaryOf( item ) }
				</span>
			),
		},
		{
			id: 'reference',
			label: __( 'Reference', 'wp24-helpdesk' ),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'status',
			label: __( 'Status', 'wp24-helpdesk' ),
			elements: statusOptions(),
			filterBy: { operators: [ 'isAny' ], isPrimary: true },
			enableSorting: false,
			render: ( { item } ) => (
				<span
					className={ `wp24hd-status wp24hd-status--${ item.status }` }
				>
					{ labelOf( statusOptions(), item.status ) }
				</span>
			),
		},
		{
			id: 'priority',
			label: __( 'Priority', 'wp24-helpdesk' ),
			elements: priorityOptions(),
			filterBy: { operators: [ 'is' ], isPrimary: true },
			render: ( { item } ) => (
				<span
					className={ `wp24hd-priority wp24hd-priority--${ item.priority }` }
				>
					{ labelOf( priorityOptions(), item.priority ) }
				</span>
			),
		},
		{
			id: 'type',
			label: __( 'Type', 'wp24-helpdesk' ),
			elements: typeOptions(),
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
			render: ( { item } ) => labelOf( typeOptions(), item.type ),
		},
		{
			id: 'customer',
			label: __( 'Customer', 'wp24-helpdesk' ),
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) => item.customer_name || item.guest_email,
			render: ( { item } ) =>
				item.customer_id ? (
					<a
						href={ href(
							'/',
							new URLSearchParams( {
								customer: String( item.customer_id ),
								status: '',
							} )
						) }
					>
						{ item.customer_name }
					</a>
				) : (
					<span>
						{ item.customer_name || item.guest_email }{ ' ' }
						<em>{ __( '(guest)', 'wp24-helpdesk' ) }</em>
					</span>
				),
		},
		{
			id: 'plan_id',
			label: __( 'Plan', 'wp24-helpdesk' ),
			elements: plans.map( ( plan ) => ( {
				value: plan.id,
				label: plan.name,
			} ) ),
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
			render: ( { item } ) => (
				<span className="wp24hd-plan-badge">
					{ planName( item.plan_id ) }
				</span>
			),
		},
		{
			id: 'assignee_id',
			label: __( 'Assignee', 'wp24-helpdesk' ),
			elements: [
				{ value: 0, label: __( 'Unassigned', 'wp24-helpdesk' ) },
				...technicians.map( ( user ) => ( {
					value: user.id,
					label: user.name,
				} ) ),
			],
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
			render: ( { item } ) => assigneeName( item.assignee_id ),
		},
		{
			id: 'coverage',
			label: __( 'Coverage', 'wp24-helpdesk' ),
			elements: coverageOptions(),
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
			render: ( { item } ) => labelOf( coverageOptions(), item.coverage ),
		},
		{
			id: 'sla',
			label: __( 'First response', 'wp24-helpdesk' ),
			elements: slaOptions(),
			filterBy: { operators: [ 'is' ] },
			getValue: ( { item } ) => item.first_response_due ?? '',
			render: ( { item } ) => <SlaClock ticket={ item } />,
		},
		{
			id: 'last_activity',
			label: __( 'Last activity', 'wp24-helpdesk' ),
			filterBy: false,
			getValue: ( { item } ) => item.last_activity_at,
			render: ( { item } ) => relativeTime( item.last_activity_at ),
		},
		{
			id: 'created',
			label: __( 'Opened', 'wp24-helpdesk' ),
			filterBy: false,
			getValue: ( { item } ) => item.created_at,
			render: ( { item } ) => item.created_label ?? '',
		},
		{
			id: 'waiting_since',
			label: __( 'Closes automatically', 'wp24-helpdesk' ),
			filterBy: false,
			getValue: ( { item } ) => item.auto_close_label ?? '',
			render: ( { item } ) => item.auto_close_label ?? '—',
		},
	];
}
