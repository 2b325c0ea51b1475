/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { PlansOverview } from './plans-overview';

/**
 * The technicians' workspace.
 */
export function App() {
	return (
		<div className="wp24hd-app">
			<h1 className="wp-heading-inline">
				{ __( 'Helpdesk', 'wp24-helpdesk' ) }
			</h1>
			<PlansOverview />
		</div>
	);
}
