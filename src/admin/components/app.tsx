/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { lazy, Suspense } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { QueueView } from '../queue/queue-view';
import { href, lastQueueLink, navigate, useRoute, type Route } from '../router';
import { ShortcutsHelp } from '../shortcuts/shortcuts-help';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { ErrorBoundary } from './error-boundary';
import { Notices } from './notices';

// The queue paints first; the other screens load when opened.
const TicketView = lazy(
	() =>
		import( /* webpackChunkName: "admin-ticket" */ '../ticket/ticket-view' )
);
const RenewalsView = lazy(
	() =>
		import(
			/* webpackChunkName: "admin-renewals" */ '../renewals/renewals-view'
		)
);
const CustomersView = lazy(
	() =>
		import(
			/* webpackChunkName: "admin-customers" */ '../customers/customers-view'
		)
);
const SettingsView = lazy(
	() =>
		import(
			/* webpackChunkName: "admin-settings" */ '../settings/settings-view'
		)
);

/**
 * The screen a route shows.
 *
 * @param props       Props.
 * @param props.route Route.
 */
function Screen( { route }: { route: Route } ) {
	switch ( route.name ) {
		case 'ticket':
			return <TicketView id={ route.id } />;
		case 'renewals':
			return <RenewalsView params={ route.params } />;
		case 'customers':
			return <CustomersView params={ route.params } />;
		case 'settings':
			return bootData().canSettings ? (
				<SettingsView />
			) : (
				<p>
					{ __(
						'Sorry, you are not allowed to manage the helpdesk settings.',
						'wp24-helpdesk'
					) }
				</p>
			);
		default:
			return <QueueView params={ route.params } />;
	}
}

/**
 * The technicians' workspace: queue, ticket, renewals and settings, each with its own link.
 */
export function App() {
	const route = useRoute();
	// Esc on a ticket (outside a field or dialog) goes back to the queue as it was left.
	useShortcuts( {
		Escape: () => {
			if ( route.name === 'ticket' ) {
				navigate( lastQueueLink() );
			}
		},
	} );
	const tabs: Array< [ Route[ 'name' ], string, string ] > = [
		[ 'queue', href( '/' ), __( 'Tickets', 'wp24-helpdesk' ) ],
		[ 'renewals', href( '/renewals' ), __( 'Renewals', 'wp24-helpdesk' ) ],
		[
			'customers',
			href( '/customers' ),
			__( 'Customers', 'wp24-helpdesk' ),
		],
	];
	if ( bootData().canSettings ) {
		tabs.push( [
			'settings',
			href( '/settings' ),
			__( 'Settings', 'wp24-helpdesk' ),
		] );
	}
	const current = route.name === 'ticket' ? 'queue' : route.name;
	return (
		<div className="wp24hd-app">
			<h1 className="wp-heading-inline">
				{ __( 'Helpdesk', 'wp24-helpdesk' ) }
			</h1>
			<ShortcutsHelp />
			<nav
				className="nav-tab-wrapper wp24hd-tabs"
				aria-label={ __( 'Helpdesk sections', 'wp24-helpdesk' ) }
			>
				{ tabs.map( ( [ name, link, label ] ) => (
					<a
						key={ name }
						href={ link }
						className={ `nav-tab${
							name === current ? ' nav-tab-active' : ''
						}` }
						aria-current={ name === current ? 'page' : undefined }
					>
						{ label }
					</a>
				) ) }
			</nav>
			<div className="wp24hd-screen">
				<ErrorBoundary
					key={
						route.name === 'ticket'
							? `ticket-${ route.id }`
							: route.name
					}
				>
					<Suspense fallback={ <Spinner /> }>
						<Screen route={ route } />
					</Suspense>
				</ErrorBoundary>
			</div>
			<Notices />
		</div>
	);
}
