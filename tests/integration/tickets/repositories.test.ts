/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

/**
 * The ticket repository hands out one repository per kind of record (issue 18: messages, quotes
 * and request keys have repositories of their own, reached through it so callers share one
 * cache), and a thread comes back as typed Message entities, a quote as a Quote and a file as an
 * Attachment.
 */
describe( 'the ticket repositories', () => {
	const site = useSite();

	it( 'shares one repository each for messages, quotes and request keys', async () => {
		const same = await site().phpJson< Record< string, boolean > >( `
			$repo = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			echo wp_json_encode( array(
				'messages'     => $repo->messages() === $repo->messages(),
				'quotes'       => $repo->quotes() === $repo->quotes(),
				'request_keys' => $repo->request_keys() === $repo->request_keys(),
			) );
		` );
		expect( same ).toEqual( {
			messages: true,
			quotes: true,
			request_keys: true,
		} );
	} );

	it( 'reads a thread as Message entities, oldest first, with internal notes for staff only', async () => {
		const thread = await site().phpJson< {
			tech: number;
			staff: unknown[];
			customer: unknown[];
		} >( `
			${ SERVICES_PHP }
			$tech   = $new_user( 'wp24hd_technician' );
			$ticket = $guest( 'Thread ticket' );
			$replies->reply( $ticket, $tech, true, '<p>A note for us.</p>', true );
			$replies->reply( $repo->find( $ticket->id() ), $tech, true, '<p>Could you send the log?</p>' );
			$shape = static fn( WP24\\Helpdesk\\Tickets\\Message $m ): array => array( gettype( $m->id ), $m->ticket_id === $ticket->id(), $m->author_id, $m->author_role, $m->body, $m->internal );
			echo wp_json_encode( array(
				'tech'     => $tech,
				'staff'    => array_map( $shape, $repo->messages()->thread( $ticket->id(), true ) ),
				'customer' => array_map( $shape, $repo->messages()->thread( $ticket->id(), false ) ),
			) );
		` );
		const first = [
			'integer',
			true,
			0,
			'customer',
			'Please help with the site, it is broken.',
			false,
		];
		const waiting = [
			'integer',
			true,
			thread.tech,
			'system',
			'Status changed from New to Waiting for the customer.',
			false,
		];
		expect( thread.customer ).toEqual( [
			first,
			[
				'integer',
				true,
				thread.tech,
				'technician',
				'<p>Could you send the log?</p>',
				false,
			],
			waiting,
		] );
		// Staff read the same thread with the internal notes between: theirs and the email records.
		const internal = ( m: unknown[] ) => m[ 5 ] === true;
		expect(
			thread.staff.filter( ( m ) => ! internal( m as unknown[] ) )
		).toEqual( thread.customer );
		expect( thread.staff ).toContainEqual( [
			'integer',
			true,
			thread.tech,
			'technician',
			'<p>A note for us.</p>',
			true,
		] );
	} );

	it( 'reads quotes as Quote entities: Money, a status enum and UTC times', async () => {
		const quote = await site().phpJson< Record< string, unknown > >( `
			${ SERVICES_PHP }
			$tech   = $new_user( 'wp24hd_technician' );
			$ticket = $guest( 'Quote entity ticket' );
			$until  = new DateTimeImmutable( '2031-05-04 12:30:00', $utc );
			$made   = $quotes->create( $ticket, 125050, 'eur', 'Two days of work.', $until, true, $tech );
			$found  = $repo->quotes()->find( $made->id );
			$latest = $repo->quotes()->latest( $ticket->id() );
			echo wp_json_encode( array(
				'class'       => get_class( $found ),
				'same'        => $found == $made && $latest == $made,
				'ticket'      => $found->ticket_id === $ticket->id(),
				'cents'       => $found->amount->cents,
				'currency'    => $found->amount->currency,
				'status'      => $found->status,
				'valid_until' => $found->valid_until->format( DATE_ATOM ),
				'sent'        => null !== $found->sent_at,
				'by'          => $found->created_by === $tech,
				'decided_at'  => $found->decided_at,
				'paid'        => $found->is_paid(),
				'of_ticket'   => array_map( static fn( WP24\\Helpdesk\\Tickets\\Quote $q ): int => $q->id, $repo->quotes()->of_ticket( $ticket->id() ) ) === array( $made->id ),
				'missing'     => $repo->quotes()->find( $made->id + 1000 ),
			) );
		` );
		expect( quote ).toEqual( {
			class: 'WP24\\Helpdesk\\Tickets\\Quote',
			same: true,
			ticket: true,
			cents: 125050,
			currency: 'EUR',
			status: 'sent',
			valid_until: '2031-05-04T12:30:00+00:00',
			sent: true,
			by: true,
			decided_at: null,
			paid: false,
			of_ticket: true,
			missing: null,
		} );
	} );

	it( 'reads attachments as Attachment entities, and the store keeps one set of upload rules', async () => {
		const files = await site().phpJson< Record< string, unknown > >( `
			${ SERVICES_PHP }
			$store  = new WP24\\Helpdesk\\Attachments\\Attachment_Store( $settings, $clock );
			$ticket = $guest( 'Attachment entity ticket' );
			$first  = $repo->messages()->thread( $ticket->id(), true )[0];
			$tmp    = tempnam( get_temp_dir(), 'entity' );
			file_put_contents( $tmp, 'Fatal error: out of memory' );
			$id     = $store->store( $ticket->id(), $first->id, 0, array( array( 'name' => 'error.log', 'tmp_name' => $tmp, 'size' => filesize( $tmp ), 'error' => 0 ) ) )[0];
			$found  = $store->find( $ticket->id(), $id );
			$listed = $store->for_messages( array( $first->id ) );
			echo wp_json_encode( array(
				'class'     => get_class( $found ),
				'ticket'    => $found->ticket_id === $ticket->id(),
				'message'   => $found->message_id === $first->id,
				'file_name' => $found->file_name,
				'mime'      => $found->mime,
				'size'      => $found->size,
				'stored'    => (string) file_get_contents( $store->path( $found ) ),
				'listed'    => array_keys( $listed ) === array( $first->id ) && $listed[ $first->id ] == array( $found ),
				'other'     => $store->find( $ticket->id() + 1000, $id ),
				'rules'     => $store->rules() === $store->rules(),
			) );
		` );
		expect( files ).toEqual( {
			class: 'WP24\\Helpdesk\\Attachments\\Attachment',
			ticket: true,
			message: true,
			file_name: 'error.log',
			mime: 'text/plain',
			size: 26,
			stored: 'Fatal error: out of memory',
			listed: true,
			other: null,
			rules: true,
		} );
	} );
} );
