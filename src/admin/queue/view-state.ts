/**
 * The queue's DataViews view, its link, and the REST query it stands for.
 *
 * Pure functions: the same view always gives the same link and the same query.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { TicketQuery, TicketStatus } from '../types';

/** What the queue keeps of a DataViews view. */
export type QueueView = {
	type: 'table' | 'list';
	search: string;
	page: number;
	perPage: number;
	sort: { field: string; direction: 'asc' | 'desc' };
	filters: Array< { field: string; operator: 'is' | 'isAny'; value: any } >;
	fields: string[];
	titleField: string;
	descriptionField: string;
	showDescription: boolean;
};

/** Filter fields and how each goes into the link. */
const FILTER_FIELDS = [
	'status',
	'priority',
	'type',
	'plan_id',
	'assignee_id',
	'coverage',
	'sla',
] as const;

/** Sort fields the server can sort on, mapped to its `orderby` keys. */
export const SORTS: Record<
	string,
	NonNullable< TicketQuery[ 'orderby' ] >
> = {
	last_activity: 'last_activity',
	created: 'created',
	sla: 'first_response_due',
	priority: 'priority',
	waiting_since: 'waiting_since',
};

const STATUSES: string[] = [
	'new',
	'open',
	'waiting_customer',
	'quote_sent',
	'closed',
];

const OPEN_STATUSES: TicketStatus[] = [
	'new',
	'open',
	'waiting_customer',
	'quote_sent',
];

/**
 * Columns beside the subject (which carries the reference and the customer under it): what a
 * technician decides on, so the table fits a 1280 px screen. The rest are in the view options.
 */
export const DEFAULT_FIELDS = [ 'status', 'priority', 'sla' ];

/** Below this width (wp-admin's own mobile break) the queue is a list, not a table. */
export const NARROW_QUERY = '(max-width: 781px)';

/**
 * The queue as it opens: tickets still to do, latest activity first.
 */
export function defaultView(): QueueView {
	return {
		type: 'table',
		search: '',
		page: 1,
		perPage: 25,
		sort: { field: 'last_activity', direction: 'desc' },
		filters: [
			{ field: 'status', operator: 'isAny', value: OPEN_STATUSES },
		],
		fields: DEFAULT_FIELDS,
		titleField: 'subject',
		descriptionField: 'summary',
		showDescription: true,
	};
}

export type SavedView = {
	slug: string;
	label: string;
	view: ( userId: number ) => QueueView;
};

/**
 * The saved views of the sidebar, each a starting point the technician can refine.
 */
export function savedViews(): SavedView[] {
	const from = (
		filters: QueueView[ 'filters' ],
		sort: QueueView[ 'sort' ] = defaultView().sort
	): QueueView => ( { ...defaultView(), filters, sort } );
	return [
		{
			slug: 'all-open',
			label: __( 'All open tickets', 'wp24-helpdesk' ),
			view: () => defaultView(),
		},
		{
			slug: 'mine',
			label: __( 'My open tickets', 'wp24-helpdesk' ),
			view: ( userId ) =>
				from( [
					{
						field: 'status',
						operator: 'isAny',
						value: OPEN_STATUSES,
					},
					{ field: 'assignee_id', operator: 'is', value: userId },
				] ),
		},
		{
			slug: 'urgent',
			label: __( 'Urgent', 'wp24-helpdesk' ),
			view: () =>
				from(
					[
						{
							field: 'status',
							operator: 'isAny',
							value: OPEN_STATUSES,
						},
						{ field: 'priority', operator: 'is', value: 'urgent' },
					],
					{ field: 'sla', direction: 'asc' }
				),
		},
		{
			slug: 'breaching-today',
			label: __( 'Breaching SLA today', 'wp24-helpdesk' ),
			view: () =>
				from(
					[ { field: 'sla', operator: 'is', value: 'due_today' } ],
					{
						field: 'sla',
						direction: 'asc',
					}
				),
		},
		{
			slug: 'closing-soon',
			label: __( 'Waiting customer — closing soon', 'wp24-helpdesk' ),
			view: () =>
				from(
					[
						{
							field: 'status',
							operator: 'isAny',
							value: [ 'waiting_customer' ],
						},
					],
					{ field: 'waiting_since', direction: 'asc' }
				),
		},
		{
			slug: 'quotes',
			label: __( 'Quotes pending', 'wp24-helpdesk' ),
			view: () =>
				from( [
					{
						field: 'status',
						operator: 'isAny',
						value: [ 'quote_sent' ],
					},
				] ),
		},
	];
}

/**
 * The link query of a view: only what differs from the saved view it started from.
 *
 * @param view Current view.
 */
export function paramsFromView( view: QueueView ): URLSearchParams {
	const params = new URLSearchParams();
	if ( view.search ) {
		params.set( 'search', view.search );
	}
	if ( view.page > 1 ) {
		params.set( 'page', String( view.page ) );
	}
	if ( view.perPage !== 25 ) {
		params.set( 'per_page', String( view.perPage ) );
	}
	params.set( 'sort', `${ view.sort.field }:${ view.sort.direction }` );
	// Without a status filter the queue shows every status; say so, or reload would bring the default back.
	if (
		! view.filters.some(
			( filter ) => filter.field === 'status' && filter.value?.length
		)
	) {
		params.set( 'status', 'all' );
	}
	for ( const filter of view.filters ) {
		const values = Array.isArray( filter.value )
			? filter.value
			: [ filter.value ];
		if (
			values.length &&
			values[ 0 ] !== undefined &&
			values[ 0 ] !== ''
		) {
			params.set( filter.field, values.join( ',' ) );
		}
	}
	return params;
}

/**
 * The view a link names; a link without filters is the default view.
 *
 * @param params Link query.
 */
export function viewFromParams( params: URLSearchParams ): QueueView {
	const view = defaultView();
	const [ field, direction ] = ( params.get( 'sort' ) ?? '' ).split( ':' );
	if ( SORTS[ field ] ) {
		view.sort = { field, direction: direction === 'asc' ? 'asc' : 'desc' };
	}
	view.search = ( params.get( 'search' ) ?? '' ).slice( 0, 100 );
	view.page = Math.max( 1, Number( params.get( 'page' ) ) || 1 );
	view.perPage = [ 10, 25, 50, 100 ].includes(
		Number( params.get( 'per_page' ) )
	)
		? Number( params.get( 'per_page' ) )
		: 25;
	if ( FILTER_FIELDS.some( ( name ) => params.has( name ) ) ) {
		view.filters = FILTER_FIELDS.filter(
			( name ) => params.has( name ) && params.get( name ) !== 'all'
		).map( ( name ) => {
			const raw = params.get( name ) ?? '';
			if ( name === 'status' ) {
				return {
					field: name,
					operator: 'isAny' as const,
					value: raw
						.split( ',' )
						.filter( ( status ) => STATUSES.includes( status ) ),
				};
			}
			const value =
				name === 'plan_id' || name === 'assignee_id'
					? Number( raw )
					: raw;
			return { field: name, operator: 'is' as const, value };
		} );
	}
	return view;
}

/**
 * The REST query of a view: filters the server knows, sort keys it allows.
 *
 * @param view       Current view.
 * @param customerId Only this customer's tickets, or 0.
 */
export function queryFromView( view: QueueView, customerId = 0 ): TicketQuery {
	const query: TicketQuery = {
		page: view.page,
		per_page: view.perPage,
		orderby: SORTS[ view.sort.field ] ?? 'last_activity',
		order: view.sort.direction,
	};
	if ( view.search ) {
		query.search = view.search;
	}
	if ( customerId > 0 ) {
		query.customer_id = customerId;
	}
	for ( const { field, value } of view.filters ) {
		if ( value === undefined || value === '' || value === null ) {
			continue;
		}
		switch ( field ) {
			case 'status':
				if ( Array.isArray( value ) && value.length ) {
					query.status = value as TicketStatus[];
				}
				break;
			// The filters' elements are the server's own values (the view's fields).
			case 'priority':
				query.priority = String( value ) as TicketQuery[ 'priority' ];
				break;
			case 'type':
				query.type = String( value ) as TicketQuery[ 'type' ];
				break;
			case 'coverage':
				query.coverage = String( value ) as TicketQuery[ 'coverage' ];
				break;
			case 'plan_id':
			case 'assignee_id':
				if ( Number.isInteger( Number( value ) ) ) {
					query[ field ] = Number( value );
				}
				break;
			case 'sla':
				if ( value === 'breached' ) {
					query.sla_breached = true;
				} else if ( value === 'due_today' ) {
					query.sla_due_today = true;
				}
				break;
		}
	}
	return query;
}
