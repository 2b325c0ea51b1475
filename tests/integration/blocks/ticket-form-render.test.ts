/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { CreatedUser } from '../harness/site';

/**
 * The ticket form's server render adapts to the viewer, and never puts the Premium phone number
 * in the page of anyone else.
 */
describe( 'ticket form and plan table server render', () => {
	const site = useSite();
	const PHONE = '+39 06 1234 5678';
	// The number in any formatting (the page also carries random tokens, so not just "1234").
	const PHONE_DIGITS = /1234\D{0,3}5678/;
	const users: Record< string, CreatedUser > = {};

	/**
	 * Renders a block as a user (0: a visitor).
	 *
	 * @param block  Block markup.
	 * @param userId Viewer.
	 */
	const render = ( block: string, userId: number ) =>
		site().php( `
			wp_set_current_user( ${ userId } );
			echo do_blocks( '${ block }' );
		` );
	const form = ( userId: number ) =>
		render( '<!-- wp:wp24-helpdesk/ticket-form /-->', userId );

	beforeAll( async () => {
		for ( const name of [ 'basic', 'premium', 'fresh' ] ) {
			users[ name ] = await site().createUser( 'subscriber' );
		}
		await site().php( `
			$svc  = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), new WP24\\Helpdesk\\Plans\\Plan_Post_Type() ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() );
			$services = array( array( 'label' => 'Backups', 'description' => '' ), array( 'label' => 'Security updates', 'description' => '' ) );
			$basic   = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_covered_services' => $services, 'wp24hd_price' => 290 ) ) );
			$premium = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Premium', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_phone_support' => true, 'wp24hd_price' => 590 ) ) );
			$old     = ( new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->modify( '-3 days' );
			$new     = ( new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->modify( '-1 hour' );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.basic.id }, $basic, 1, 101, $old ) );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.premium.id }, $premium, 2, 102, $old ) );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.fresh.id }, $basic, 3, 103, $new ) );
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'phone_number' => '${ PHONE }', 'whatsapp_number' => '+39 333 111 2222', 'support_email' => 'help@agency.test' ) );
		` );
	} );

	it( 'offers a visitor only a one-shot quote request, with name and email, and no phone', async () => {
		const html = await form( 0 );
		expect( html ).toContain(
			'data-wp-interactive="wp24-helpdesk/ticket-form"'
		);
		expect( html ).toContain(
			'<input type="hidden" name="wp24hd_type" value="one-shot">'
		);
		expect( html ).toContain( 'id="wp24hd-tf-name"' );
		expect( html ).toContain( 'id="wp24hd-tf-email"' );
		expect( html ).toContain( 'https://wa.me/393331112222' );
		expect( html ).toContain( 'mailto:help@agency.test' );
		expect( html ).not.toMatch( PHONE_DIGITS );
		expect( html ).not.toContain( 'tel:' );
		expect( html ).toMatch( /name="wp24hd_consent"[^>]*required/ );
		expect( html ).not.toContain( 'wp_rest' );
	} );

	it( 'carries the signed render time that intake uses to drop bots that post at once', async () => {
		const html = await form( 0 );
		const token = /name="wp24hd_started" value="([^"]+)"/.exec(
			html
		)?.[ 1 ];
		expect( token ).toMatch( /^\d{10}\.[0-9a-f]{32}$/ );
		const rendered = Number( token?.split( '.' )[ 0 ] );
		expect( Math.abs( rendered - Date.now() / 1000 ) ).toBeLessThan( 120 );
		expect(
			await site().phpJson( `
				$timer = WP24\\Helpdesk\\Security\\Form_Timer::class;
				echo wp_json_encode( array( $timer::too_fast( '${ token }', ${ rendered } + 2 ), $timer::too_fast( '${ token }', ${ rendered } + 3 ) ) );
			` )
		).toEqual( [ true, false ] );
	} );

	it( 'lets a Basic holder choose the request type and a service of the plan, still without the phone', async () => {
		const html = await form( users.basic.id );
		for ( const type of [
			'support',
			'opinion-before-change',
			'one-shot',
		] ) {
			expect( html ).toContain( `value="${ type }"` );
		}
		expect( html ).not.toContain( 'value="refund-request"' );
		expect( html ).toContain( '<option value="Security updates">' );
		expect( html ).not.toContain( 'id="wp24hd-tf-email"' );
		expect( html ).not.toMatch( PHONE_DIGITS );
	} );

	it( 'offers the refund request only inside the 24-hour window', async () => {
		expect( await form( users.fresh.id ) ).toContain(
			'value="refund-request"'
		);
	} );

	it( 'shows the phone line to a Premium holder only', async () => {
		const html = await form( users.premium.id );
		expect( html ).toContain( `Premium line: ${ PHONE }` );
		expect( html ).toContain( 'tel:+390612345678' );
	} );

	it( 'renders the same plan table for everyone, without the phone number or any script', async () => {
		const renders = await Promise.all(
			[ 0, users.basic.id, users.premium.id ].map( ( id ) =>
				render( '<!-- wp:wp24-helpdesk/plan-table /-->', id )
			)
		);
		for ( const html of renders ) {
			expect( html ).toContain( 'Piano Premium' );
			expect( html ).toContain( 'Email, chat and phone' );
			expect( html ).not.toMatch( PHONE_DIGITS );
			expect( html ).not.toContain( '<script' );
			expect( html ).not.toContain( 'data-wp-interactive' );
		}
		expect( renders[ 1 ] ).toBe( renders[ 0 ] );
	} );

	it( 'shows the plans the editor chose, in the chosen order, with the chosen highlight', async () => {
		const html = await site().php( `
			$ids = get_posts( array( 'post_type' => 'wp24hd_plan', 'post_status' => 'publish', 'fields' => 'ids', 'orderby' => 'ID', 'order' => 'ASC' ) );
			$attrs = wp_json_encode( array( 'planIds' => array_map( 'intval', $ids ), 'order' => 'price_desc', 'highlightId' => (int) $ids[0], 'showServices' => false ) );
			echo do_blocks( '<!-- wp:wp24-helpdesk/plan-table ' . $attrs . ' /-->' );
		` );
		const premium = html.indexOf( 'Piano Premium' );
		const basic = html.indexOf( 'Piano Basic' );
		expect( premium ).toBeGreaterThan( -1 );
		expect( premium ).toBeLessThan( basic );
		expect( html ).toMatch(
			/wp24hd-plan wp24hd-plan--highlight"[^>]*><p class="wp24hd-plan__badge">Recommended<\/p><h2[^>]*>Piano Basic/
		);
		expect( html ).not.toContain( 'Security updates' );
	} );

	it( 'sells each plan: price per year with the VAT note of the settings, answer time, channels, and a comparison of what it includes and not', async () => {
		const table = () =>
			render( '<!-- wp:wp24-helpdesk/plan-table /-->', 0 );
		const html = await table();
		// Both cards: the price per year, the VAT note (default: included), answer time and channels.
		expect( html ).toContain(
			'<span class="wp24hd-plan__amount">290.00 EUR</span> <span class="wp24hd-plan__period">per year</span></p><p class="wp24hd-plan__vat">VAT included</p>'
		);
		expect( html ).toContain(
			'<li>First answer within 8 business hours</li>'
		);
		expect( html ).toContain( '<li>Email and chat</li>' );
		expect( html ).toContain( '<li>Email, chat and phone</li>' );
		// One comparison table, not lists: a row per feature, a cell per plan.
		const rows = await site().phpJson< Record< string, string[] > >( `
			$doc = new DOMDocument();
			libxml_use_internal_errors( true );
			wp_set_current_user( 0 );
			$doc->loadHTML( '<?xml encoding="utf-8"?>' . do_blocks( '<!-- wp:wp24-helpdesk/plan-table /-->' ) );
			$rows = array();
			foreach ( $doc->getElementsByTagName( 'tr' ) as $tr ) {
				$cells = array();
				foreach ( $tr->childNodes as $cell ) {
					if ( $cell instanceof DOMElement ) {
						$cells[] = trim( $cell->textContent );
					}
				}
				$rows[ array_shift( $cells ) ] = $cells;
			}
			echo wp_json_encode( $rows );
		` );
		expect( rows ).toEqual( {
			'': [ 'Piano Basic', 'Piano Premium' ],
			'First answer': [
				'Within 8 business hours',
				'Within 8 business hours',
			],
			'Urgent problems': [
				'Within 24 hours, any day',
				'Within 24 hours, any day',
			],
			'Email and chat (WhatsApp)': [ '✓ Included', '✓ Included' ],
			'Phone line': [ '— Not included', '✓ Included' ],
			Backups: [ '✓ Included', '— Not included' ],
			'Security updates': [ '✓ Included', '— Not included' ],
		} );

		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'price_vat' => 'excluded' ) );`
		);
		expect( await table() ).toContain(
			'<p class="wp24hd-plan__vat">plus VAT</p>'
		);
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'price_vat' => 'none' ) );`
		);
		const none = await table();
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'price_vat' => 'included' ) );`
		);
		expect( none ).not.toContain( 'wp24hd-plan__vat' );
		expect( none ).toContain( 'per year' );
	} );

	it( 'says the opening hours from the settings beside "we are open / closed now"', async () => {
		const hours = async () =>
			/<p class="wp24hd-ticket-form__hours">([^<]*)<\/p>/.exec(
				await form( 0 )
			)?.[ 1 ];
		expect( await hours() ).toBe(
			'Our hours: Monday–Saturday 09:30–19:30, public holidays excluded.'
		);
		await site().php( `
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$weekly   = $settings->all()['weekly_hours'];
			$weekly['saturday'] = array( array( 'open' => '09:00', 'close' => '13:00' ) );
			$weekly['wednesday'] = array( array( 'open' => '09:30', 'close' => '13:00' ), array( 'open' => '14:00', 'close' => '19:30' ) );
			$settings->update( array( 'weekly_hours' => $weekly, 'national_holidays' => false ) );
		` );
		const changed = await hours();
		await site().php( `
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$weekly   = $settings->all()['weekly_hours'];
			$weekly['saturday'] = array( array( 'open' => '09:30', 'close' => '19:30' ) );
			$weekly['wednesday'] = $weekly['saturday'];
			$settings->update( array( 'weekly_hours' => $weekly, 'national_holidays' => true ) );
		` );
		expect( changed ).toBe(
			'Our hours: Monday–Tuesday 09:30–19:30; Wednesday 09:30–13:00, 14:00–19:30; Thursday–Friday 09:30–19:30; Saturday 09:00–13:00.'
		);
	} );

	it( 'keeps a signed-in customer’s form page out of shared caches', async () => {
		const { login, password } = users.premium;
		const pageUrl = await site().php( `
			$id = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Assistenza', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/ticket-form /-->' ) );
			echo wp_make_link_relative( get_permalink( $id ) );
		` );
		const session = await site().loginAs( login, password );
		const page = await session.request( pageUrl );
		expect( page.status ).toBe( 200 );
		expect( page.headers.get( 'cache-control' ) ).toContain( 'no-store' );
		expect( page.text ).toContain( PHONE );
		const anonymous = await site().request( pageUrl );
		expect( anonymous.text ).not.toContain( PHONE );
		// The store is a script module, loaded only on pages with the block.
		expect( anonymous.text ).toMatch(
			/<script(?=[^>]*type="module")[^>]*src="[^"]*build\/ticket-form\/view\.js\?ver=/
		);
	} );

	it( 'works in a classic theme too: markup, store module and styles on the page', async () => {
		const pages = await site().phpJson< Record< string, string > >( `
			$dir = get_theme_root() . '/wp24-classic-fixture';
			wp_mkdir_p( $dir );
			file_put_contents( $dir . '/style.css', "/*\\nTheme Name: WP24 Classic Fixture\\n*/\\n" );
			file_put_contents( $dir . '/index.php', <<<'PHP'
<!DOCTYPE html><html <?php language_attributes(); ?>><head><?php wp_head(); ?></head>
<body <?php body_class(); ?>><?php wp_body_open(); ?>
<?php while ( have_posts() ) : the_post(); the_title( '<h1>', '</h1>' ); the_content(); endwhile; ?>
<?php wp_footer(); ?></body></html>
PHP
			);
			switch_theme( 'wp24-classic-fixture' );
			$page = static fn( string $content ) => wp_make_link_relative( get_permalink( wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Classic', 'post_status' => 'publish', 'post_content' => $content ) ) ) );
			echo wp_json_encode( array(
				'theme' => wp_get_theme()->get_stylesheet(),
				'block' => wp_is_block_theme() ? 'yes' : 'no',
				'form'  => $page( '<!-- wp:wp24-helpdesk/ticket-form /-->' ),
				'plans' => $page( '<!-- wp:wp24-helpdesk/plan-table /-->' ),
			) );
		` );
		try {
			expect( pages ).toMatchObject( {
				theme: 'wp24-classic-fixture',
				block: 'no',
			} );
			const formPage = await site().request( pages.form );
			expect( formPage.status ).toBe( 200 );
			expect( formPage.text ).toContain(
				'data-wp-interactive="wp24-helpdesk/ticket-form"'
			);
			expect( formPage.text ).toMatch(
				/<script(?=[^>]*type="module")[^>]*src="[^"]*build\/ticket-form\/view\.js\?ver=/
			);
			expect( formPage.text ).toMatch(
				/wp24-helpdesk-ticket-form-style/
			);
			const plans = await site().request( pages.plans );
			expect( plans.text ).toContain( 'Piano Premium' );
			expect( plans.text ).toMatch( /wp24-helpdesk-plan-table-style/ );
			expect( plans.text ).not.toMatch(
				/wp24-helpdesk\/build\/[^"']*\.js/
			);
		} finally {
			await site().php( 'switch_theme( WP_DEFAULT_THEME );' );
		}
	} );
} );
