/**
 * The status a reply leaves its ticket in: which choices the send button offers, and which it
 * starts with, from the ticket's status (the server checks the same rules again).
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { NewMessage, Ticket } from '../types';

export type SendChoice = {
	/** A status a reply may leave the ticket in (`POST /tickets/{id}/messages`). */
	status: NonNullable< NewMessage[ 'status' ] >;
	label: string;
};

/**
 * The ways to send a reply to this ticket, the default first: the ticket's own status (a new
 * ticket's first answer waits for the customer), then the moves the lifecycle allows. "Keep open"
 * is left out for one-shot work whose quote is not accepted; "quote sent" is only ever kept.
 *
 * @param ticket The ticket.
 */
export function sendChoices(
	ticket: Pick< Ticket, 'status' | 'next_statuses' | 'type' | 'quote' >
): SendChoice[] {
	const closed = ticket.status === 'closed';
	const all: SendChoice[] = [
		{
			status: 'waiting_customer',
			label: __( 'Send and wait for the customer', 'wp24-helpdesk' ),
		},
		{
			status: 'open',
			label: closed
				? __( 'Send and reopen', 'wp24-helpdesk' )
				: __( 'Send and keep open', 'wp24-helpdesk' ),
		},
		{
			status: 'quote_sent',
			label: __( 'Send; the quote stays pending', 'wp24-helpdesk' ),
		},
		{
			status: 'closed',
			label: closed
				? __( 'Send and keep closed', 'wp24-helpdesk' )
				: __( 'Send and close', 'wp24-helpdesk' ),
		},
	];
	const quoteBlocksWork =
		ticket.type === 'one-shot' && ticket.quote?.status !== 'accepted';
	const offered = all.filter( ( choice ) => {
		if ( choice.status === ticket.status ) {
			return true;
		}
		if ( choice.status === 'quote_sent' ) {
			return false;
		}
		if ( choice.status === 'open' && quoteBlocksWork ) {
			return false;
		}
		return ticket.next_statuses.includes( choice.status );
	} );
	const preferred =
		ticket.status === 'new' ? 'waiting_customer' : ticket.status;
	const first = offered.find( ( choice ) => choice.status === preferred );
	return first
		? [ first, ...offered.filter( ( choice ) => choice !== first ) ]
		: offered;
}
