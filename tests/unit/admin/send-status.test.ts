/**
 * Internal dependencies
 */
import { sendChoices } from '../../../src/admin/ticket/send-status';
import type { Ticket } from '../../../src/admin/types';

/**
 * A ticket as the server sends it, with the lifecycle's next statuses.
 *
 * @param status  Status.
 * @param next    Statuses the lifecycle allows from it.
 * @param changes Other fields.
 */
const ticket = (
	status: string,
	next: string[],
	changes: Partial< Ticket > = {}
) =>
	( {
		status,
		next_statuses: next,
		type: 'support',
		quote: null,
		...changes,
	} ) as unknown as Ticket;

const offered = ( t: Ticket ) =>
	sendChoices( t ).map( ( choice ) => [ choice.status, choice.label ] );

describe( 'the ways to send a reply', () => {
	it( 'starts a new ticket’s first answer waiting for the customer', () => {
		expect(
			offered(
				ticket( 'new', [
					'open',
					'waiting_customer',
					'quote_sent',
					'closed',
				] )
			)
		).toEqual( [
			[ 'waiting_customer', 'Send and wait for the customer' ],
			[ 'open', 'Send and keep open' ],
			[ 'closed', 'Send and close' ],
		] );
	} );

	it( 'keeps an open or a waiting ticket where it is by default', () => {
		expect(
			offered(
				ticket( 'open', [ 'waiting_customer', 'quote_sent', 'closed' ] )
			)[ 0 ]
		).toEqual( [ 'open', 'Send and keep open' ] );
		expect(
			offered(
				ticket( 'waiting_customer', [ 'open', 'quote_sent', 'closed' ] )
			)[ 0 ]
		).toEqual( [ 'waiting_customer', 'Send and wait for the customer' ] );
	} );

	it( 'keeps a closed ticket closed unless the technician reopens it', () => {
		expect( offered( ticket( 'closed', [ 'open' ] ) ) ).toEqual( [
			[ 'closed', 'Send and keep closed' ],
			[ 'open', 'Send and reopen' ],
		] );
	} );

	it( 'never offers to keep one-shot work open before its quote is accepted, and keeps a sent quote pending', () => {
		expect(
			offered(
				ticket(
					'quote_sent',
					[ 'open', 'waiting_customer', 'closed' ],
					{
						type: 'one-shot',
					}
				)
			)
		).toEqual( [
			[ 'quote_sent', 'Send; the quote stays pending' ],
			[ 'waiting_customer', 'Send and wait for the customer' ],
			[ 'closed', 'Send and close' ],
		] );
		expect(
			offered(
				ticket(
					'waiting_customer',
					[ 'open', 'quote_sent', 'closed' ],
					{
						type: 'one-shot',
						quote: { status: 'accepted' } as Ticket[ 'quote' ],
					}
				)
			).map( ( [ status ] ) => status )
		).toEqual( [ 'waiting_customer', 'open', 'closed' ] );
	} );
} );
