/**
 * Customers: find one, see their plan history and tickets, grant, extend or revoke a plan with a reason.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, SearchControl, Spinner } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { errorMessage, formatDay } from '../format';
import {
	entitlementEventOptions,
	entitlementStatusOptions,
	labelOf,
} from '../labels';
import { href, navigate } from '../router';
import { store } from '../store';
import { EntitlementActions } from './entitlement-actions';
import { GrantForm } from './grant-form';

/**
 * One customer's plans, newest first, with what happened to each.
 *
 * @param props        Props.
 * @param props.userId Customer.
 */
function CustomerPlans( { userId }: { userId: number } ) {
	const { plans } = bootData();
	const { rows, failed } = useSelect(
		( select ) => {
			const query = { user_id: userId, per_page: 100 };
			return {
				rows: select( store ).getEntitlements( query ),
				failed: select( store ).getResolutionError( 'getEntitlements', [
					query,
				] ),
			};
		},
		[ userId ]
	);

	if ( failed ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ errorMessage(
					failed,
					__( 'The plans could not be loaded.', 'wp24-helpdesk' )
				) }
			</Notice>
		);
	}
	if ( ! rows ) {
		return <Spinner />;
	}
	const name = ( id: number ) =>
		plans.find( ( plan ) => plan.id === id )?.name ?? `#${ id }`;
	return (
		<div className="wp24hd-customer">
			<p>
				<a
					href={ href(
						'/',
						new URLSearchParams( {
							customer: String( userId ),
							status: 'all',
						} )
					) }
				>
					{ __( 'All tickets of this customer', 'wp24-helpdesk' ) }
				</a>
			</p>
			{ rows.length === 0 && (
				<p>{ __( 'This customer holds no plan.', 'wp24-helpdesk' ) }</p>
			) }
			{ rows.map( ( row ) => (
				<section key={ row.id } className="wp24hd-panel">
					<h3>
						{ sprintf(
							/* translators: 1: plan name, 2: status, 3: expiry date. */
							__( '%1$s — %2$s, until %3$s', 'wp24-helpdesk' ),
							name( row.plan_id ),
							labelOf( entitlementStatusOptions(), row.status ),
							formatDay( row.expires_at )
						) }
					</h3>
					<ul className="wp24hd-log">
						{ row.log.map( ( entry, index ) => (
							<li key={ index }>
								{ formatDay( entry.created_at ) }:{ ' ' }
								{ labelOf(
									entitlementEventOptions(),
									entry.event
								) }
								{ entry.note ? ` — ${ entry.note }` : '' }
							</li>
						) ) }
					</ul>
					<EntitlementActions
						entitlementId={ row.id }
						active={ row.status === 'active' }
					/>
				</section>
			) ) }
			<GrantForm userId={ userId } />
		</div>
	);
}

/**
 * @param props        Props.
 * @param props.params Link query: `search`, `user`.
 */
export default function CustomersView( {
	params,
}: {
	params: URLSearchParams;
} ) {
	const [ search, setSearch ] = useState( params.get( 'search' ) ?? '' );
	const userId = Number( params.get( 'user' ) ) || 0;
	const term = params.get( 'search' ) ?? '';
	const { found, failed } = useSelect(
		( select ) => {
			// Before any search: the customers whose tickets moved last.
			const asked = term.length >= 2 ? term : '';
			return {
				found: select( store ).getCustomers( asked ),
				failed: select( store ).getResolutionError( 'getCustomers', [
					asked,
				] ),
			};
		},
		[ term ]
	);
	const error = failed
		? errorMessage( failed, __( 'The search failed.', 'wp24-helpdesk' ) )
		: '';

	const open = ( next: Record< string, string > ) =>
		navigate( href( '/customers', new URLSearchParams( next ) ), true );

	return (
		<div className="wp24hd-customers">
			<form
				role="search"
				onSubmit={ ( event ) => {
					event.preventDefault();
					open( { search } );
				} }
			>
				<SearchControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Find a customer', 'wp24-helpdesk' ) }
					placeholder={ __(
						'Name, login or email',
						'wp24-helpdesk'
					) }
					value={ search }
					onChange={ setSearch }
				/>
				<Button variant="secondary" type="submit">
					{ __( 'Search', 'wp24-helpdesk' ) }
				</Button>
			</form>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ found && found.length === 0 && (
				<p>
					{ term.length >= 2
						? __(
								'No customer matches. Search by another part of the name, the login or the email address.',
								'wp24-helpdesk'
							)
						: __(
								'No customer has opened a ticket yet. Find one by name, login or email above to grant a plan.',
								'wp24-helpdesk'
							) }
				</p>
			) }
			{ found && found.length > 0 && term.length < 2 && (
				<h2 className="wp24hd-customers__title">
					{ __( 'Recent customers', 'wp24-helpdesk' ) }
				</h2>
			) }
			{ found && found.length > 0 && (
				<ul className="wp24hd-customers__results">
					{ found.map( ( customer ) => (
						<li key={ customer.id }>
							<a
								href={ href(
									'/customers',
									new URLSearchParams( {
										search: term,
										user: String( customer.id ),
									} )
								) }
								aria-current={
									customer.id === userId ? 'true' : undefined
								}
							>
								{ customer.name }
							</a>{ ' ' }
							{ customer.email }
						</li>
					) ) }
				</ul>
			) }
			{ userId > 0 && <CustomerPlans userId={ userId } /> }
		</div>
	);
}
