/**
 * One ticket: the thread and reply box beside its controls, customer and quote.
 *
 * Loaded on demand, so the queue paints without this code.
 */

/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../format';
import { labelOf, typeOptions } from '../labels';
import { SlaClock } from '../queue/sla-clock';
import { lastQueueLink } from '../router';
import { store } from '../store';
import { useUrgentAlerts } from '../urgent-alerts';
import { useHeartbeat } from '../use-heartbeat';
import { CustomerPanel } from './customer-panel';
import { QuotePanel } from './quote-panel';
import { ReplyForm } from './reply-form';
import { Thread } from './thread';
import { TicketControls } from './ticket-controls';
import { ViewersNotice } from './viewers-notice';
import { useShortcuts } from '../shortcuts/use-shortcuts';

/**
 * @param props    Props.
 * @param props.id Ticket.
 */
export default function TicketView( { id }: { id: number } ) {
	const { ticket, messages, failed } = useSelect(
		( select ) => ( {
			ticket: select( store ).getTicket( id ),
			messages: select( store ).getMessages( id ),
			failed: select( store ).getResolutionError( 'getTicket', [
				id,
			] ) as { message?: string } | undefined,
		} ),
		[ id ]
	);
	const { refreshThread } = useDispatch( store );
	// A reply, a note or a status change by someone else shows without reloading.
	useHeartbeat( ( tick ) => {
		if ( tick.changed.includes( id ) ) {
			refreshThread( id ).catch( () => undefined );
		}
	} );
	useUrgentAlerts();

	// s: the status choice, focused.
	useShortcuts( {
		s: () =>
			document
				.querySelector< HTMLSelectElement >( '.wp24hd-controls select' )
				?.focus(),
	} );
	const back = (
		<a className="wp24hd-back" href={ lastQueueLink() }>
			{ __( '← Back to the queue', 'wp24-helpdesk' ) }
		</a>
	);
	if ( failed ) {
		return (
			<div className="wp24hd-ticket">
				{ back }
				<Notice status="error" isDismissible={ false }>
					{ errorMessage(
						failed,
						__(
							'This ticket could not be loaded.',
							'wp24-helpdesk'
						)
					) }
				</Notice>
			</div>
		);
	}
	if ( ! ticket ) {
		return <Spinner />;
	}
	return (
		<div className="wp24hd-ticket">
			{ back }
			<div className="wp24hd-ticket__header">
				<h2>{ ticket.subject }</h2>
				<p>
					{ sprintf(
						/* translators: 1: ticket reference, 2: request type, 3: opening date. */
						__( '%1$s · %2$s · opened %3$s', 'wp24-helpdesk' ),
						ticket.reference,
						labelOf( typeOptions(), ticket.type ),
						ticket.created_label ?? ''
					) }{ ' ' }
					· <SlaClock ticket={ ticket } />
				</p>
				{ ticket.auto_close_label && (
					<p>
						{ sprintf(
							/* translators: %s: date and time. */
							__(
								'Closes automatically on %s unless the customer replies.',
								'wp24-helpdesk'
							),
							ticket.auto_close_label
						) }
					</p>
				) }
			</div>
			<ViewersNotice ticketId={ ticket.id } />
			<div className="wp24hd-ticket__layout">
				<div className="wp24hd-ticket__main">
					{ messages ? (
						<Thread ticketId={ ticket.id } messages={ messages } />
					) : (
						<Spinner />
					) }
					{ ticket.status !== 'closed' ||
					ticket.next_statuses.length ? (
						<ReplyForm
							// One form per ticket: its text and draft never follow the technician to another.
							key={ ticket.id }
							ticket={ ticket }
							messages={ messages ?? [] }
						/>
					) : null }
				</div>
				<aside className="wp24hd-ticket__side">
					<section
						className="wp24hd-panel"
						aria-labelledby="wp24hd-controls-title"
					>
						<h2 id="wp24hd-controls-title">
							{ __( 'Ticket', 'wp24-helpdesk' ) }
						</h2>
						<TicketControls ticket={ ticket } />
					</section>
					<CustomerPanel ticket={ ticket } />
					{ ( ticket.type === 'one-shot' ||
						ticket.coverage === 'not_covered' ||
						ticket.quote ) && <QuotePanel ticket={ ticket } /> }
				</aside>
			</div>
		</div>
	);
}
