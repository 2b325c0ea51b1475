/**
 * Renewals (R12): plans expiring within the notice period, soonest first, with the contacts made.
 */

/**
 * WordPress dependencies
 */
import { Notice, SelectControl, Spinner } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { formatDay, errorMessage } from '../format';
import {
	contactChannelOptions,
	contactOutcomeOptions,
	labelOf,
} from '../labels';
import { href, navigate } from '../router';
import { store } from '../store';
import type { GetEntitlementsRequest } from '../../shared/rest/types.generated';
import { ContactForm } from './contact-form';

/** Which list is shown: expiring within N days, or past ones by status. */
const SHOWS = [ '30', '60', '90', 'expired', 'refunded' ];

/**
 * The REST query of a list.
 *
 * @param show One of SHOWS.
 */
export function renewalsQuery( show: string ): GetEntitlementsRequest {
	return /^\d+$/.test( show )
		? { expiring_within_days: Number( show ), per_page: 100 }
		: {
				status: show as GetEntitlementsRequest[ 'status' ],
				per_page: 100,
			};
}

/**
 * @param props        Props.
 * @param props.params Link query (`show`).
 */
export default function RenewalsView( {
	params,
}: {
	params: URLSearchParams;
} ) {
	const show = SHOWS.includes( params.get( 'show' ) ?? '' )
		? ( params.get( 'show' ) as string )
		: '30';
	const { plans } = bootData();
	const { rows, failed } = useSelect(
		( select ) => {
			const query = renewalsQuery( show );
			return {
				rows: select( store ).getEntitlements( query ),
				failed: select( store ).getResolutionError( 'getEntitlements', [
					query,
				] ),
			};
		},
		[ show ]
	);
	const error = failed
		? errorMessage(
				failed,
				__( 'The renewals could not be loaded.', 'wp24-helpdesk' )
			)
		: '';

	const planName = ( id: number ) =>
		plans.find( ( plan ) => plan.id === id )?.name ?? `#${ id }`;

	return (
		<div className="wp24hd-renewals">
			<SelectControl< string >
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Show', 'wp24-helpdesk' ) }
				value={ show }
				options={ [
					{
						value: '30',
						label: __( 'Expiring within 30 days', 'wp24-helpdesk' ),
					},
					{
						value: '60',
						label: __( 'Expiring within 60 days', 'wp24-helpdesk' ),
					},
					{
						value: '90',
						label: __( 'Expiring within 90 days', 'wp24-helpdesk' ),
					},
					{
						value: 'expired',
						label: __( 'Expired', 'wp24-helpdesk' ),
					},
					{
						value: 'refunded',
						label: __( 'Refunded', 'wp24-helpdesk' ),
					},
				] }
				onChange={ ( value ) =>
					navigate(
						href(
							'/renewals',
							new URLSearchParams( { show: value } )
						),
						true
					)
				}
			/>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ ! rows && ! error && <Spinner /> }
			{ rows && rows.length === 0 && (
				<p>
					{ __(
						'No plan in this list. Choose a longer period or another list above.',
						'wp24-helpdesk'
					) }
				</p>
			) }
			{ rows && rows.length > 0 && (
				<table className="widefat striped wp24hd-renewals__table">
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Customer', 'wp24-helpdesk' ) }
							</th>
							<th scope="col">
								{ __( 'Plan', 'wp24-helpdesk' ) }
							</th>
							<th scope="col">
								{ __( 'Expires', 'wp24-helpdesk' ) }
							</th>
							<th scope="col">
								{ __( 'Contacts', 'wp24-helpdesk' ) }
							</th>
							<th scope="col">
								{ __( 'Record a contact', 'wp24-helpdesk' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ rows.map( ( row ) => (
							<tr key={ row.id }>
								<td>
									<a
										href={ href(
											'/',
											new URLSearchParams( {
												customer: String( row.user_id ),
												status: 'all',
											} )
										) }
									>
										{ row.customer_name ||
											`#${ row.user_id }` }
									</a>
									<br />
									{ row.customer_email }
								</td>
								<td>{ planName( row.plan_id ) }</td>
								<td>{ formatDay( row.expires_at ) }</td>
								<td>
									<ul className="wp24hd-contacts">
										{ row.log
											.filter(
												( entry ) =>
													entry.event === 'contact'
											)
											.map( ( entry, index ) => (
												<li key={ index }>
													{ sprintf(
														/* translators: 1: date, 2: channel, 3: outcome. */
														__(
															'%1$s, %2$s: %3$s',
															'wp24-helpdesk'
														),
														formatDay(
															entry.created_at
														),
														labelOf(
															contactChannelOptions(),
															entry.channel ?? ''
														),
														labelOf(
															contactOutcomeOptions(),
															entry.outcome ?? ''
														)
													) }
													{ entry.note
														? ` — ${ entry.note }`
														: '' }
												</li>
											) ) }
									</ul>
								</td>
								<td>
									<ContactForm entitlementId={ row.id } />
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
		</div>
	);
}
