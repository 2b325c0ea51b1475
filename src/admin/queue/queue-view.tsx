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
import {
	paramsFromView,
	queryFromView,
	viewFromParams,
	type QueueView as View,
} from './view-state';

const FIELDS_KEY = 'wp24hd-queue-fields';

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
	const view = useMemo( () => {
		const fromLink = viewFromParams( params );
		return { ...fromLink, fields: storedFields() ?? fromLink.fields };
	}, [ params ] );
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

	const fields = useMemo(
		() => queueFields( plans, technicians ),
		[ plans, technicians ]
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
						defaultLayouts={ { table: {} } }
						actions={ actions }
						getItemId={ ( ticket ) => String( ticket.id ) }
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
