/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { store } from '../store';
import { duration } from './sla-clock';

/**
 * The numbers at the top of the queue; each links to the tickets it counts where a view exists.
 */
export function DashboardFigures() {
	const figures = useSelect(
		( select ) => select( store ).getDashboard(),
		[]
	);
	if ( ! figures ) {
		return (
			<div className="wp24hd-figures" aria-busy="true">
				{ __( 'Loading figures…', 'wp24-helpdesk' ) }
			</div>
		);
	}
	const items: Array< [ string, string | number, string? ] > = [
		[ __( 'Open', 'wp24-helpdesk' ), figures.open ],
		[
			__( 'Urgent', 'wp24-helpdesk' ),
			figures.urgent,
			'#/?priority=urgent&status=new,open,waiting_customer,quote_sent&sort=sla:asc',
		],
		[
			__( 'Breaching today', 'wp24-helpdesk' ),
			figures.breaching_today,
			'#/?sla=due_today&sort=sla:asc',
		],
		[
			__( 'Waiting customer', 'wp24-helpdesk' ),
			figures.waiting_customer,
			'#/?status=waiting_customer&sort=waiting_since:asc',
		],
		[
			__( 'First response (median, 30 days)', 'wp24-helpdesk' ),
			figures.first_response_median === null
				? '—'
				: duration( figures.first_response_median ),
		],
		[
			__( 'Closed automatically (30 days)', 'wp24-helpdesk' ),
			figures.auto_closed,
		],
	];
	return (
		<dl className="wp24hd-figures">
			{ items.map( ( [ label, value, link ] ) => (
				<div key={ label } className="wp24hd-figures__item">
					<dt>{ label }</dt>
					<dd>{ link ? <a href={ link }>{ value }</a> : value }</dd>
				</div>
			) ) }
		</dl>
	);
}
