/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

type Desk = Record< string, { ticket: number; file: string } >;
type Survivors = {
	tickets: Record< string, boolean >;
	messages: Record< string, number >;
	quotes: Record< string, number >;
	records: Record< string, number >;
	files: Record< string, boolean >;
	loose: Record< string, boolean >;
};

/**
 * The daily retention job: closed tickets older than `retention_months` go with their messages,
 * quotes and files, except those with a paid quote (the invoice's records); files no row names
 * go after a day. With the setting at 0 no ticket is ever deleted.
 */
describe( 'retention of closed tickets and orphaned files', () => {
	const site = useSite();
	let desk: Desk;

	/**
	 * Runs `action`, then reports what is left of the desk and of the loose files in the private
	 * folder, in the same request: Playground's workers can still see a file another request
	 * deleted, where a real PHP never would.
	 *
	 * @param action PHP to run first.
	 */
	const survivorsAfter = ( action: string ) =>
		site().phpJson< Survivors >( `
			${ action }
			clearstatcache();
			global $wpdb;
			$desk = json_decode( '${ JSON.stringify( desk ) }', true );
			$out  = array();
			foreach ( $desk as $name => $item ) {
				$out['tickets'][ $name ]  = null !== ( new WP24\\Helpdesk\\Tickets\\Ticket_Repository() )->find( $item['ticket'] );
				$out['messages'][ $name ] = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', WP24\\Helpdesk\\Schema\\Tables::messages(), $item['ticket'] ) );
				$out['quotes'][ $name ]   = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', WP24\\Helpdesk\\Schema\\Tables::quotes(), $item['ticket'] ) );
				$out['records'][ $name ]  = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', WP24\\Helpdesk\\Schema\\Tables::attachments(), $item['ticket'] ) );
				$out['files'][ $name ]    = file_exists( $item['file'] );
			}
			$dir = ( new WP24\\Helpdesk\\Attachments\\Attachment_Store( new WP24\\Helpdesk\\Settings\\Settings() ) )->directory();
			foreach ( array( 'orphan-old' => str_repeat( 'a', 40 ), 'orphan-new' => str_repeat( 'b', 40 ), 'not-ours' => 'notes.txt', '.htaccess' => '.htaccess', 'index.php' => 'index.php' ) as $name => $file ) {
				$out['loose'][ $name ] = file_exists( $dir . '/' . $file );
			}
			echo wp_json_encode( $out );
		` );

	const runJob = ( months: number ) =>
		survivorsAfter( `
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'retention_months' => ${ months } ) );
			do_action( WP24\\Helpdesk\\Jobs\\Job_Hooks::RETENTION );
		` );

	beforeAll( async () => {
		const customer = await site().createUser( 'subscriber' );
		desk = await site().phpJson< Desk >( `
			global $wpdb;
			${ SERVICES_PHP }
			$store = new WP24\\Helpdesk\\Attachments\\Attachment_Store( $settings );
			$when  = static fn( string $period ) => $ago( $period )->format( 'Y-m-d H:i:s' );
			$make  = static function ( string $subject, ?string $closed_ago, ?string $quote ) use ( $intakes, $quotes, $repo, $store, $wpdb, $when, $set ) {
				$ticket = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( ${ customer.id }, $subject, 'The site is down since this morning.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true, '', '' ) )['ticket'];
				$message = $repo->messages()->thread( $ticket->id(), true )[0]->id;
				$tmp     = tempnam( get_temp_dir(), 'retention' );
				file_put_contents( $tmp, 'PHP Fatal error in ' . $subject );
				$id   = $store->store( $ticket->id(), $message, ${ customer.id }, array( array( 'name' => 'error.log', 'tmp_name' => $tmp, 'size' => filesize( $tmp ), 'error' => 0 ) ) )[0];
				$file = $store->path( $store->find( $ticket->id(), $id ) );
				if ( null !== $quote ) {
					$sent = $quotes->create( $ticket, 25000, 'EUR', 'Restore the site', new DateTimeImmutable( '+7 days' ), true, 1 );
					$repo->quotes()->update( $sent->id, 'paid' === $quote ? array( 'status' => 'accepted', 'paid_at' => $when( 'P14M' ), 'order_id' => 77 ) : array( 'status' => 'expired' ) );
				}
				if ( null !== $closed_ago ) {
					$set( $ticket->id(), array( 'status' => 'closed', 'close_reason' => 'resolved', 'closed_at' => $when( $closed_ago ) ) );
				}
				return array( 'ticket' => $ticket->id(), 'file' => $file );
			};
			$desk = array(
				'closed 13 months ago'               => $make( 'Old and closed', 'P13M', null ),
				'closed 13 months ago, quote expired' => $make( 'Old, quote expired', 'P13M', 'expired' ),
				'closed 13 months ago, quote paid'   => $make( 'Old, quote paid', 'P13M', 'paid' ),
				'closed 11 months ago'               => $make( 'Recently closed', 'P11M', null ),
				'still open'                         => $make( 'Still open', null, null ),
			);
			// An old open ticket: created long ago, never closed.
			$set( $desk['still open']['ticket'], array( 'created_at' => $when( 'P3Y' ), 'last_activity_at' => $when( 'P2Y' ) ) );

			// Loose files: two orphans (a day and a half old, and fresh), and a file not named like ours.
			$dir = $store->directory();
			foreach ( array( str_repeat( 'a', 40 ) => time() - 36 * HOUR_IN_SECONDS, str_repeat( 'b', 40 ) => time() - HOUR_IN_SECONDS, 'notes.txt' => time() - 90 * DAY_IN_SECONDS ) as $name => $mtime ) {
				file_put_contents( $dir . '/' . $name, 'left behind' );
				touch( $dir . '/' . $name, $mtime );
			}
			echo wp_json_encode( $desk );
		` );
	} );

	it( 'is scheduled daily, and with the default of 0 months deletes no ticket, only day-old orphaned files', async () => {
		expect(
			await site().phpJson( `
				echo wp_json_encode( array( wp_get_schedule( WP24\\Helpdesk\\Jobs\\Job_Hooks::RETENTION ), ( new WP24\\Helpdesk\\Settings\\Settings() )->all()['retention_months'] ) );
			` )
		).toEqual( [ 'daily', 0 ] );
		const after = await survivorsAfter(
			`do_action( WP24\\Helpdesk\\Jobs\\Job_Hooks::RETENTION );`
		);
		expect( Object.values( after.tickets ) ).not.toContain( false );
		expect( Object.values( after.files ) ).not.toContain( false );
		expect( after.loose ).toEqual( {
			'orphan-old': false,
			'orphan-new': true,
			'not-ours': true,
			'.htaccess': true,
			'index.php': true,
		} );
	} );

	it( 'deletes tickets closed longer ago than the setting, with their messages, quotes and files; keeps paid quotes’ tickets', async () => {
		const after = await runJob( 12 );
		expect( after.tickets ).toEqual( {
			'closed 13 months ago': false,
			'closed 13 months ago, quote expired': false,
			'closed 13 months ago, quote paid': true,
			'closed 11 months ago': true,
			'still open': true,
		} );
		expect( after.messages[ 'closed 13 months ago' ] ).toBe( 0 );
		expect( after.quotes[ 'closed 13 months ago, quote expired' ] ).toBe(
			0
		);
		expect( after.files ).toEqual( after.tickets );
		expect( after.records ).toEqual( {
			'closed 13 months ago': 0,
			'closed 13 months ago, quote expired': 0,
			'closed 13 months ago, quote paid': 1,
			'closed 11 months ago': 1,
			'still open': 1,
		} );
		expect(
			after.messages[ 'closed 13 months ago, quote paid' ]
		).toBeGreaterThan( 0 );
		expect( after.quotes[ 'closed 13 months ago, quote paid' ] ).toBe( 1 );
		expect( after.messages[ 'closed 11 months ago' ] ).toBeGreaterThan( 0 );

		// A second run finds nothing left to do.
		expect( ( await runJob( 12 ) ).tickets ).toEqual( after.tickets );
	} );

	it( 'takes the setting from the settings route, within 0–600 months', async () => {
		const owner = await site().createUser( 'administrator' );
		const admin = await site().loginAs( owner.login, owner.password );
		const set = ( months: unknown ) =>
			admin.rest( '/wp24-helpdesk/v1/settings', {
				method: 'PATCH',
				json: { retention_months: months },
			} );
		expect( ( await set( -1 ) ).status ).toBe( 400 );
		expect( ( await set( 601 ) ).status ).toBe( 400 );
		const saved = await set( 24 );
		expect( saved.status ).toBe( 200 );
		expect( saved.json().retention_months ).toBe( 24 );
	} );
} );
