/**
 * Who asked: the customer's plan and entitlement, and a link to their other tickets.
 */

/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { formatDay } from '../format';
import { href } from '../router';
import { store } from '../store';
import type { Ticket } from '../types';

/**
 * @param props        Props.
 * @param props.ticket Ticket.
 */
export function CustomerPanel( { ticket }: { ticket: Ticket } ) {
	const { plans } = bootData();
	const plan = plans.find( ( item ) => item.id === ticket.plan_id );
	// A holding that cannot be read (revoked meanwhile, say) leaves the expiry out.
	const entitlement = useSelect(
		( select ) =>
			ticket.entitlement_id
				? select( store ).getEntitlement( ticket.entitlement_id )
				: undefined,
		[ ticket.entitlement_id ]
	);

	return (
		<section
			className="wp24hd-panel"
			aria-labelledby="wp24hd-customer-title"
		>
			<h2 id="wp24hd-customer-title">
				{ __( 'Customer', 'wp24-helpdesk' ) }
			</h2>
			<dl className="wp24hd-facts">
				<dt>{ __( 'Name', 'wp24-helpdesk' ) }</dt>
				<dd>
					{ ticket.customer_name ||
						__( 'Guest without an account', 'wp24-helpdesk' ) }
				</dd>
				{ ticket.guest_email && (
					<>
						<dt>{ __( 'Email', 'wp24-helpdesk' ) }</dt>
						<dd>{ ticket.guest_email }</dd>
					</>
				) }
				<dt>{ __( 'Plan', 'wp24-helpdesk' ) }</dt>
				<dd>
					{ plan?.name ??
						( ticket.plan_id
							? `#${ ticket.plan_id }`
							: __( 'No plan', 'wp24-helpdesk' ) ) }
				</dd>
				{ entitlement && (
					<>
						<dt>{ __( 'Plan expires', 'wp24-helpdesk' ) }</dt>
						<dd>{ formatDay( entitlement.expires_at ) }</dd>
					</>
				) }
				<dt>{ __( 'Phone support', 'wp24-helpdesk' ) }</dt>
				<dd>
					{ plan?.phone_support
						? __( 'Yes', 'wp24-helpdesk' )
						: __( 'No', 'wp24-helpdesk' ) }
				</dd>
				{ ticket.site_url && (
					<>
						<dt>{ __( 'Site', 'wp24-helpdesk' ) }</dt>
						<dd>
							{ /* The server keeps http(s) only; a link is made of nothing else, whatever is stored. */ }
							{ /^https?:\/\//i.test( ticket.site_url ) ? (
								<a
									href={ ticket.site_url }
									target="_blank"
									rel="noreferrer noopener"
								>
									{ ticket.site_url }
								</a>
							) : (
								ticket.site_url
							) }
						</dd>
					</>
				) }
			</dl>
			{ ticket.customer_id > 0 && (
				<a
					href={ href(
						'/',
						new URLSearchParams( {
							customer: String( ticket.customer_id ),
							status: 'all',
						} )
					) }
				>
					{ __( 'All tickets of this customer', 'wp24-helpdesk' ) }
				</a>
			) }
		</section>
	);
}
