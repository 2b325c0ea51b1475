/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

/**
 * The ticket search: words from the thread and the site address, Italian text, word starts,
 * internal notes for staff only. The same fixture and the same expected IDs run on both lanes:
 * MariaDB through the FULLTEXT indexes, Playground's SQLite through the LIKE fallback.
 */
describe( 'ticket search', () => {
	const site = useSite();
	let tech: Session;
	let techId: number;
	let customer: Session;
	let ids: Record< string, number >;

	beforeAll( async () => {
		const t = await site().createUser( 'wp24hd_technician' );
		tech = await site().loginAs( t.login, t.password );
		techId = t.id;
		const c = await site().createUser( 'subscriber' );
		customer = await site().loginAs( c.login, c.password );
		ids = await site().phpJson( `
			$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans );
			$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc      = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, $ents, $plans, $settings, new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$replies  = new WP24\\Helpdesk\\Tickets\\Reply_Service( $repo, new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, $settings ) );
			$open = static fn( int $user, string $subject, string $message, string $site = '', string $email = '' ) => $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( $user, $subject, $message, WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', $site, true, $user ? '' : 'Ospite', $email ) )['ticket'];
			$update = $open( ${ c.id }, 'Problema dopo aggiornamento', '<p>Il plugin <strong>WooCommerce</strong> dà errore 500 dopo l’aggiornamento.</p>' );
			$replies->reply( $update, ${ c.id }, false, '<p>Il checkout non carica più dell\\'immagine del logo.</p>' );
			$replies->reply( $update, ${ t.id }, true, '<p>Password di prova: xylofono.</p>', true );
			$shop   = $open( ${ c.id }, 'Sito lento', '<p>La città nel modulo non si salva.</p>', 'https://www.rossi-arredamenti.it/negozio' );
			$guest  = $open( 0, 'Richiesta preventivo', '<p>Vorremmo una sezione nuova.</p>', '', 'mario.bianchi@example.test' );
			$backup = $open( 0, 'Backup zanzara', '<p>Il backup notturno fallisce.</p>', '', 'zanzara@example.test' );
			echo wp_json_encode( array( 'update' => $update->id(), 'shop' => $shop->id(), 'guest' => $guest->id(), 'backup' => $backup->id(), 'reference' => $shop->reference ) );
		` );
	} );

	const find = async ( who: Session, search: string ) => {
		const response = await who.rest(
			`/wp24-helpdesk/v1/tickets?status=new,open,waiting_customer,quote_sent,closed&search=${ encodeURIComponent(
				search
			) }`
		);
		expect( response.status ).toBe( 200 );
		return response
			.json()
			.map( ( ticket: { id: number } ) => ticket.id )
			.sort( ( a: number, b: number ) => a - b );
	};

	it( 'finds words of the messages, also after an apostrophe, in any case and without accents', async () => {
		expect( await find( tech, 'aggiornamento' ) ).toEqual( [ ids.update ] );
		// "dell'immagine" in a reply: the word after the apostrophe is a word of its own.
		expect( await find( tech, 'immagine' ) ).toEqual( [ ids.update ] );
		expect( await find( tech, 'CITTÀ' ) ).toEqual( [ ids.shop ] );
		expect( await find( tech, 'citta' ) ).toEqual( [ ids.shop ] );
	} );

	it( 'matches the start of a word, needs every word anywhere in the ticket, and leaves out short words and stopwords', async () => {
		expect( await find( tech, 'woocomm' ) ).toEqual( [ ids.update ] );
		expect( await find( tech, 'backup notturno' ) ).toEqual( [
			ids.backup,
		] );
		expect( await find( tech, 'backup aggiornamento' ) ).toEqual( [] );
		// Words from different messages of one ticket, and from its subject.
		expect( await find( tech, 'checkout woocommerce problema' ) ).toEqual( [
			ids.update,
		] );
		// "il" is too short to be indexed (3 letters at least), "the" is one of InnoDB's stopwords.
		expect( await find( tech, 'il the zanzara' ) ).toEqual( [
			ids.backup,
		] );
		// Only the start of a word: "commerce" is inside "woocommerce".
		expect( await find( tech, 'commerce' ) ).toEqual( [] );
	} );

	it( 'finds the site address, the guest email and the reference, however they are typed', async () => {
		expect( await find( tech, 'rossi-arredamenti.it' ) ).toEqual( [
			ids.shop,
		] );
		expect(
			await find( tech, 'https://www.rossi-arredamenti.it/negozio' )
		).toEqual( [ ids.shop ] );
		expect( await find( tech, 'mario.bianchi@example.test' ) ).toEqual( [
			ids.guest,
		] );
		expect( await find( tech, String( ids.reference ) ) ).toEqual( [
			ids.shop,
		] );
	} );

	it( 'reads text, not markup: tag names match nothing', async () => {
		expect( await find( tech, 'strong' ) ).toEqual( [] );
		expect( await find( tech, 'woocommerce' ) ).toEqual( [ ids.update ] );
	} );

	it( 'lets staff find words of internal notes and never a customer', async () => {
		expect( await find( tech, 'xylofono' ) ).toEqual( [ ids.update ] );
		expect( await find( customer, 'xylofono' ) ).toEqual( [] );
		expect( await find( tech, 'xylofono checkout' ) ).toEqual( [
			ids.update,
		] );
		expect( await find( customer, 'xylofono checkout' ) ).toEqual( [] );
		// The customer's own words still find the ticket, and only their tickets.
		expect( await find( customer, 'aggiornamento' ) ).toEqual( [
			ids.update,
		] );
		expect( await find( customer, 'zanzara' ) ).toEqual( [] );
	} );

	it( 'treats the boolean syntax and SQL in a search as plain words', async () => {
		expect( await find( tech, '+zanzara* -backup "' ) ).toEqual( [
			ids.backup,
		] );
		expect( await find( tech, "%' OR 1=1 --" ) ).toEqual( [] );
		expect( await find( tech, '@8 ~<>()' ) ).toEqual( [] );
	} );

	it( 'an upgrade from version 13 fills the search text of older rows and indexes them once', async () => {
		const result = await site().phpJson< {
			before: number[];
			after: number[];
			again: number[];
			indexes: number;
			mode: string;
			version: number;
		} >( `
			global $wpdb;
			$tickets  = WP24\\Helpdesk\\Schema\\Tables::tickets();
			$ids      = static function () {
				$request = new WP_REST_Request( 'GET', '/wp24-helpdesk/v1/tickets' );
				$request->set_query_params( array( 'search' => 'notturno', 'status' => array( 'new', 'open', 'closed' ) ) );
				return array_map( static fn( $t ) => $t['id'], rest_do_request( $request )->get_data() );
			};
			wp_set_current_user( ${ techId } );
			// A desk as version 13 left it: no search text, no index.
			$wpdb->query( $wpdb->prepare( 'UPDATE %i SET search_text = NULL, notes_text = NULL', $tickets ) );
			if ( ! WP24\\Helpdesk\\Schema\\Migrations::on_sqlite() ) {
				$wpdb->query( $wpdb->prepare( 'ALTER TABLE %i DROP INDEX search_text, DROP INDEX search_staff', $tickets ) );
			}
			delete_option( WP24\\Helpdesk\\Schema\\Migrations::SEARCH_INDEX_OPTION );
			update_option( WP24\\Helpdesk\\Schema\\Schema_Manager::OPTION, 13, false );
			$before = $ids();
			$manager = new WP24\\Helpdesk\\Schema\\Schema_Manager();
			$manager->maybe_upgrade();
			$after = $ids();
			// A second run of the step (as after a lost lease) changes nothing.
			WP24\\Helpdesk\\Schema\\Migrations::run( 13 );
			$indexes = WP24\\Helpdesk\\Schema\\Migrations::on_sqlite() ? 0 : count( $wpdb->get_results( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Index_type = %s', $tickets, 'FULLTEXT' ) ) );
			echo wp_json_encode( array(
				'before'  => $before,
				'after'   => $after,
				'again'   => $ids(),
				'indexes' => $indexes,
				'mode'    => get_option( WP24\\Helpdesk\\Schema\\Migrations::SEARCH_INDEX_OPTION ),
				'version' => (int) get_option( WP24\\Helpdesk\\Schema\\Schema_Manager::OPTION ),
			) );
		` );
		expect( result.before ).toEqual( [] );
		expect( result.after ).toEqual( [ ids.backup ] );
		expect( result.again ).toEqual( [ ids.backup ] );
		// search_text (one column) and search_staff (two): three index columns.
		expect( result.indexes ).toBe( onMariaDB ? 3 : 0 );
		expect( result.mode ).toBe( onMariaDB ? 'fulltext' : 'like' );
		expect( result.version ).toBe( 14 );
	} );
} );
