/**
 * The quote of a one-shot request (R8): draft, send, then see the customer's decision and payment.
 */

/**
 * WordPress dependencies
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { formatDay, formatMoney } from '../format';
import { store } from '../store';
import type { Quote, Ticket } from '../types';
import { ErrorNotice, useRequest } from '../use-request';

const STATUS_TEXT: Record< Quote[ 'status' ], () => string > = {
	draft: () => __( 'Draft, not sent yet', 'wp24-helpdesk' ),
	sent: () => __( 'Sent, waiting for the customer', 'wp24-helpdesk' ),
	accepted: () => __( 'Accepted by the customer', 'wp24-helpdesk' ),
	declined: () => __( 'Declined by the customer', 'wp24-helpdesk' ),
	expired: () => __( 'Expired without an answer', 'wp24-helpdesk' ),
};

/**
 * A date `days` from today as `YYYY-MM-DD`, for the validity field.
 *
 * @param days Days from today.
 */
function inDays( days: number ): string {
	const date = new Date( Date.now() + days * 86400000 );
	return date.toISOString().slice( 0, 10 );
}

/**
 * @param props        Props.
 * @param props.ticket Ticket.
 */
export function QuotePanel( { ticket }: { ticket: Ticket } ) {
	const quote = ticket.quote;
	const editable =
		ticket.status !== 'closed' &&
		( ! quote ||
			[ 'draft', 'declined', 'expired' ].includes( quote.status ) );
	const [ amount, setAmount ] = useState(
		quote?.status === 'draft' ? String( quote.amount ) : ''
	);
	const [ conditions, setConditions ] = useState(
		quote?.status === 'draft' ? quote.conditions : ''
	);
	const [ validUntil, setValidUntil ] = useState( inDays( 30 ) );
	const { busy, error, setError, run } = useRequest();
	const { saveQuote } = useDispatch( store );
	const { createSuccessNotice } = useDispatch( noticesStore );

	const save = ( send: boolean ) => {
		const value = Number( amount.replace( ',', '.' ) );
		if ( ! ( value > 0 ) ) {
			setError(
				__( 'Enter an amount greater than zero.', 'wp24-helpdesk' )
			);
			return;
		}
		void run(
			async () => {
				await saveQuote( ticket.id, {
					amount: value,
					currency: quote?.currency ?? 'EUR',
					conditions,
					valid_until: `${ validUntil }T23:59:59`,
					send,
				} );
				createSuccessNotice(
					send
						? __( 'Quote sent to the customer.', 'wp24-helpdesk' )
						: __( 'Quote draft saved.', 'wp24-helpdesk' ),
					{ type: 'snackbar' }
				);
			},
			__( 'The quote could not be saved.', 'wp24-helpdesk' )
		);
	};

	return (
		<section className="wp24hd-panel" aria-labelledby="wp24hd-quote-title">
			<h2 id="wp24hd-quote-title">{ __( 'Quote', 'wp24-helpdesk' ) }</h2>
			{ quote && (
				<dl className="wp24hd-facts">
					<dt>{ __( 'Amount', 'wp24-helpdesk' ) }</dt>
					<dd>{ formatMoney( quote.amount, quote.currency ) }</dd>
					<dt>{ __( 'State', 'wp24-helpdesk' ) }</dt>
					<dd>{ STATUS_TEXT[ quote.status ]() }</dd>
					<dt>{ __( 'Valid until', 'wp24-helpdesk' ) }</dt>
					<dd>{ formatDay( quote.valid_until ) }</dd>
					{ quote.paid_at && (
						<>
							<dt>{ __( 'Paid', 'wp24-helpdesk' ) }</dt>
							<dd>
								{ formatDay( quote.paid_at ) }
								{ quote.order_id
									? ` (${ sprintf(
											/* translators: %d: order number. */
											__( 'order #%d', 'wp24-helpdesk' ),
											quote.order_id
										) })`
									: '' }
							</dd>
						</>
					) }
				</dl>
			) }
			{ ! quote && ! editable && (
				<p>{ __( 'No quote for this ticket.', 'wp24-helpdesk' ) }</p>
			) }
			{ editable && (
				<div className="wp24hd-quote-form">
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Amount (EUR)', 'wp24-helpdesk' ) }
						type="number"
						min={ 0 }
						step={ 0.01 }
						value={ amount }
						onChange={ setAmount }
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Conditions', 'wp24-helpdesk' ) }
						help={ __(
							'What is included, timing, and what the customer must provide.',
							'wp24-helpdesk'
						) }
						value={ conditions }
						onChange={ setConditions }
					/>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Valid until', 'wp24-helpdesk' ) }
						type="date"
						value={ validUntil }
						onChange={ setValidUntil }
					/>
					<ErrorNotice message={ error } />
					<div className="wp24hd-buttons">
						<Button
							variant="secondary"
							onClick={ () => void save( false ) }
							disabled={ busy }
						>
							{ __( 'Save draft', 'wp24-helpdesk' ) }
						</Button>
						<Button
							variant="primary"
							onClick={ () => void save( true ) }
							disabled={ busy }
							isBusy={ busy }
						>
							{ __( 'Send quote', 'wp24-helpdesk' ) }
						</Button>
					</div>
				</div>
			) }
		</section>
	);
}
