/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

/** Each question Ticket_Policy answers, for one caller and one ticket. */
type Answers = {
	see: boolean;
	notes_and_staff_fields: boolean;
	close: boolean;
	change_priority: boolean;
	close_with_reason: boolean;
	send_quote: boolean;
	decide_quote: boolean;
};

/**
 * Who may do what with a ticket, asked of the one class that decides it (issue 18: "a policy class
 * says who may see, close, assign, pay"), with real users, tickets and guest keys; the controllers
 * ask the same class, and the permission matrix checks the answers over REST.
 */
describe( 'the ticket policy', () => {
	const site = useSite();

	it( 'answers staff, the owner, another customer, a guest with the key and a visitor as the terms say', async () => {
		const answers = await site().phpJson< Record< string, Answers > >( `
			${ SERVICES_PHP }
			$policy = new WP24\\Helpdesk\\Tickets\\Ticket_Policy( $settings, $clock );
			$tech   = $new_user( 'wp24hd_technician' );
			$owner  = $new_user( 'subscriber' );
			$other  = $new_user( 'subscriber' );
			$open   = static fn( int $user ) => $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $user, 'Policy ticket', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true, $user ? '' : 'Policy Guest', $user ? '' : 'policy-guest@example.test' ) );
			$owned  = $open( $owner )['ticket'];
			$techs  = $open( $tech )['ticket'];
			$made   = $open( 0 );
			$guest  = $made['ticket'];
			$key    = (string) $made['guest_key'];
			$stale  = $open( 0 );
			$set( $stale['ticket']->id(), array( 'last_activity_at' => $ago( 'P400D' )->format( 'Y-m-d H:i:s' ), 'created_at' => $ago( 'P400D' )->format( 'Y-m-d H:i:s' ) ) );
			$stale_ticket = $repo->find( $stale['ticket']->id() );
			$caller = static fn( int $user, bool $staff, string $key = '' ) => new WP24\\Helpdesk\\Tickets\\Ticket_Caller( $user, $staff, $key );
			$ask    = static fn( $who, $ticket ) => array(
				'see'                    => $policy->may_see( $who, $ticket ),
				'notes_and_staff_fields' => $policy->works_tickets( $who ),
				'close'                  => $policy->may_change( $who, $ticket, array( 'status' => 'closed' ) ),
				'change_priority'        => $policy->may_change( $who, $ticket, array( 'priority' => 'urgent' ) ),
				'close_with_reason'      => $policy->may_change( $who, $ticket, array( 'status' => 'closed', 'close_reason' => 'resolved' ) ),
				'send_quote'             => $policy->may_quote( $who ),
				'decide_quote'           => $policy->may_decide_quote( $who, $ticket ),
			);
			echo wp_json_encode( array(
				'staff'                   => $ask( $caller( $tech, true ), $owned ),
				'staff on their own'      => $ask( $caller( $tech, true ), $techs ),
				'owner'                   => $ask( $caller( $owner, false ), $owned ),
				'other customer'          => $ask( $caller( $other, false ), $owned ),
				'other customer, key'     => $ask( $caller( $other, false, $key ), $owned ),
				'guest with the key'      => $ask( $caller( 0, false, $key ), $guest ),
				'guest, expired link'     => $ask( $caller( 0, false, (string) $stale['guest_key'] ), $stale_ticket ),
				'guest, another key'      => $ask( $caller( 0, false, (string) $stale['guest_key'] ), $guest ),
				'visitor'                 => $ask( $caller( 0, false ), $guest ),
				'visitor on an owned one' => $ask( $caller( 0, false ), $owned ),
			) );
		` );
		const all = ( value: boolean ): Answers => ( {
			see: value,
			notes_and_staff_fields: value,
			close: value,
			change_priority: value,
			close_with_reason: value,
			send_quote: value,
			decide_quote: value,
		} );
		const customer: Answers = {
			see: true,
			notes_and_staff_fields: false,
			close: true,
			change_priority: false,
			close_with_reason: false,
			send_quote: false,
			decide_quote: true,
		};
		expect( answers ).toEqual( {
			// A technician decides a quote only on a ticket they opened as a customer.
			staff: { ...all( true ), decide_quote: false },
			'staff on their own': all( true ),
			owner: customer,
			'other customer': all( false ),
			// Another ticket's key opens nothing here.
			'other customer, key': all( false ),
			'guest with the key': customer,
			'guest, expired link': all( false ),
			'guest, another key': all( false ),
			visitor: all( false ),
			'visitor on an owned one': all( false ),
		} );
	} );
} );
