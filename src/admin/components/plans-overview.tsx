/**
 * WordPress dependencies
 */
import {
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchPlans } from '../../shared/rest/plans';
import type { Plan } from '../../shared/types';

type State =
	| { status: 'loading' }
	| { status: 'error'; message: string }
	| { status: 'ready'; plans: Plan[] };

/**
 * The published plans at a glance, read from the REST API.
 */
export function PlansOverview() {
	const [ state, setState ] = useState< State >( { status: 'loading' } );

	useEffect( () => {
		let active = true;
		fetchPlans().then(
			( plans ) => active && setState( { status: 'ready', plans } ),
			( error: { message?: string } ) =>
				active &&
				setState( {
					status: 'error',
					message:
						error?.message ??
						__( 'The plans could not be loaded.', 'wp24-helpdesk' ),
				} )
		);
		return () => {
			active = false;
		};
	}, [] );

	return (
		<Card className="wp24hd-plans-overview">
			<CardHeader>
				<h2>{ __( 'Published plans', 'wp24-helpdesk' ) }</h2>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && <Spinner /> }
				{ state.status === 'error' && (
					<Notice status="error" isDismissible={ false }>
						{ state.message }
					</Notice>
				) }
				{ state.status === 'ready' && state.plans.length === 0 && (
					<p>
						{ __( 'No plan is published yet.', 'wp24-helpdesk' ) }
					</p>
				) }
				{ state.status === 'ready' && state.plans.length > 0 && (
					<ul>
						{ state.plans.map( ( plan ) => (
							<li key={ plan.id }>
								{ sprintf(
									/* translators: 1: plan name, 2: price, 3: currency code. */
									__( '%1$s — %2$s %3$s', 'wp24-helpdesk' ),
									plan.name,
									plan.price.toFixed( 2 ),
									plan.currency
								) }
							</li>
						) ) }
					</ul>
				) }
			</CardBody>
		</Card>
	);
}
