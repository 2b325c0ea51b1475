/**
 * The queue: every ticket the filters select, paged and sorted by the server.
 */

/**
 * WordPress dependencies
 */
import { DataViews } from '@wordpress/dataviews/wp';
import { Button, Notice } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback, useEffect, useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../format';
import { bootData } from '../boot-data';
import { href, navigate, rememberQueue } from '../router';
import { store } from '../store';
import { UrgentAlerts } from '../urgent-alerts';
import { useHeartbeat } from '../use-heartbeat';
import type { Ticket, TicketChanges } from '../types';
import { DashboardFigures } from './dashboard-figures';
import { queueFields } from './fields';
import { bulkResult, queueActions } from './queue-actions';
import { SavedViews } from './saved-views';
import { nextIndex } from '../shortcuts/keys';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { useMediaQuery } from './use-narrow';
import {
	NARROW_QUERY,
	paramsFromView,
	queryFromView,
	viewFromParams,
	type QueueView as View,
} from './view-state';

// v2: the subject carries reference and customer; older choices named eight columns and are dropped.
const FIELDS_KEY = 'wp24hd-queue-fields-v2';

/**
 * Columns the technician chose, kept in the browser (they are a habit, not a filter).
 */
function storedFields(): string[] | null {
	try {
		const fields = JSON.parse(
			window.localStorage.getItem( FIELDS_KEY ) ?? 'null'
		);
		return Array.isArray( fields ) ? fields : null;
	} catch {
		return null;
	}
}

/**
 * @param props        Props.
 * @param props.params The link's query: filters, sort, page, customer.
 */
export function QueueView( { params }: { params: URLSearchParams } ) {
	const { userId, technicians, plans } = bootData();
	const customerId = Number( params.get( 'customer' ) ) || 0;
	// A phone gets the list layout: one ticket per row, nothing off-screen.
	const narrow = useMediaQuery( NARROW_QUERY );
	const view = useMemo( () => {
		const fromLink = viewFromParams( params );
		return {
			...fromLink,
			type: narrow ? ( 'list' as const ) : ( 'table' as const ),
			fields: storedFields() ?? fromLink.fields,
		};
	}, [ params, narrow ] );
	const query = useMemo(
		() => queryFromView( view, customerId ),
		[ view, customerId ]
	);
	const { page, failed } = useSelect(
		( select ) => ( {
			page: select( store ).getTicketsPage( query ),
			failed: select( store ).getResolutionError( 'getTicketsPage', [
				query,
			] ) as { message?: string } | undefined,
		} ),
		[ query ]
	);
	const { updateTicket, invalidateResolutionForStoreSelector } =
		useDispatch( store );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	useEffect( () => {
		rememberQueue( href( '/', params ) );
	}, [ params ] );

	// New tickets and answers arrive while the queue is open: read it again when a heartbeat says so.
	useHeartbeat( ( tick ) => {
		if ( tick.new_tickets.length || tick.changed.length ) {
			invalidateResolutionForStoreSelector( 'getTicketsPage' );
			invalidateResolutionForStoreSelector( 'getDashboard' );
		}
	} );

	const onChangeView = useCallback(
		( next: View ) => {
			window.localStorage.setItem(
				FIELDS_KEY,
				JSON.stringify( next.fields )
			);
			const link = paramsFromView( next );
			if ( customerId ) {
				link.set( 'customer', String( customerId ) );
			}
			navigate( href( '/', link ), true );
		},
		[ customerId ]
	);

	const apply = useCallback(
		async ( tickets: Ticket[], changes: TicketChanges ) => {
			const results = await Promise.allSettled(
				tickets.map( ( ticket ) => updateTicket( ticket.id, changes ) )
			);
			const failures = results.filter(
				( result ) => result.status === 'rejected'
			);
			const message = bulkResult(
				results.length - failures.length,
				failures.length
			);
			if ( failures.length ) {
				createErrorNotice( message, { type: 'snackbar' } );
			} else {
				createSuccessNotice( message, { type: 'snackbar' } );
			}
		},
		[ updateTicket, createErrorNotice, createSuccessNotice ]
	);

	// j/k move the focus down and up the tickets' subject links; Enter then opens the ticket.
	const move = ( step: 1 | -1 ) => {
		// The table's subject links; the list's rows, which open the ticket on Enter.
		const links = Array.from(
			document.querySelectorAll< HTMLElement >(
				narrow
					? '.wp24hd-queue__table .dataviews-view-list__item'
					: '.wp24hd-queue__table a.wp24hd-queue__subject'
			)
		);
		const current = links.indexOf(
			links[ 0 ]?.ownerDocument.activeElement as HTMLElement
		);
		links[ nextIndex( current, step, links.length ) ]?.focus();
	};
	useShortcuts( { j: () => move( 1 ), k: () => move( -1 ) } );

	const fields = useMemo(
		() => queueFields( plans, technicians, narrow ),
		[ plans, technicians, narrow ]
	);
	const actions = useMemo(
		() => queueActions( userId, apply ),
		[ userId, apply ]
	);

	return (
		<div className="wp24hd-queue">
			<DashboardFigures />
			<UrgentAlerts />
			<div className="wp24hd-queue__body">
				<SavedViews current={ params } userId={ userId } />
				<div className="wp24hd-queue__table">
					{ customerId > 0 && (
						<p className="wp24hd-queue__customer">
							{ sprintf(
								/* translators: %s: customer name. */
								__( 'Tickets of %s', 'wp24-helpdesk' ),
								page?.items[ 0 ]?.customer_name ||
									`#${ customerId }`
							) }{ ' ' }
							<a href={ href( '/' ) }>
								{ __( 'Show everyone’s', 'wp24-helpdesk' ) }
							</a>
						</p>
					) }
					{ failed && (
						<Notice status="error" isDismissible={ false }>
							{ errorMessage(
								failed,
								__(
									'The tickets could not be loaded.',
									'wp24-helpdesk'
								)
							) }{ ' ' }
							<Button
								variant="link"
								onClick={ () =>
									invalidateResolutionForStoreSelector(
										'getTicketsPage'
									)
								}
							>
								{ __( 'Try again', 'wp24-helpdesk' ) }
							</Button>
						</Notice>
					) }
					<DataViews< Ticket >
						view={ view }
						onChangeView={ ( next ) =>
							onChangeView( next as View )
						}
						fields={ fields }
						data={ page?.items ?? [] }
						isLoading={ ! page && ! failed }
						paginationInfo={ {
							totalItems: page?.total ?? 0,
							totalPages: page?.totalPages ?? 0,
						} }
						defaultLayouts={ { table: {}, list: {} } }
						actions={ actions }
						getItemId={ ( ticket ) => String( ticket.id ) }
						// In the list (a phone) choosing a row, by tap or Enter, opens its ticket.
						onChangeSelection={
							narrow
								? ( ids ) =>
										ids[ 0 ] &&
										navigate(
											href( `/tickets/${ ids[ 0 ] }` )
										)
								: undefined
						}
						search
						searchLabel={ __(
							'Search words, site address, reference or email',
							'wp24-helpdesk'
						) }
						empty={
							<p>
								{ __(
									'No ticket matches these filters. Clear the search or the filters, or choose another saved view.',
									'wp24-helpdesk'
								) }
							</p>
						}
					/>
				</div>
			</div>
		</div>
	);
}
