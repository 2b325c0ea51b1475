/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

/**
 * The site switched to Italian: what the plugin prints, answers, emails and gives its scripts
 * comes from languages/ (the .l10n.php WordPress 6.5+ prefers, and the per-script JSON).
 */
describe( 'the plugin on an Italian site', () => {
	const site = useSite();

	beforeAll( async () => {
		await site().php( `update_option( 'WPLANG', 'it_IT' );` );
	} );

	it( 'renders the blocks in Italian, with no English left', async () => {
		const html = await site().phpJson< Record< string, string > >( `
			echo wp_json_encode( array(
				'locale' => determine_locale(),
				'form'   => do_blocks( '<!-- wp:wp24-helpdesk/ticket-form /-->' ),
				'mine'   => do_blocks( '<!-- wp:wp24-helpdesk/my-tickets /-->' ),
			) );
		` );
		expect( html.locale ).toBe( 'it_IT' );
		expect( html.form ).toContain( 'Invia la richiesta' );
		expect( html.form ).toContain( 'Il tuo nome' );
		expect( html.form ).not.toMatch(
			/Send the request|Your name|Describe the problem|I agree to/
		);
		expect( html.mine ).toContain(
			'Accedi per vedere i tuoi ticket di assistenza.'
		);
	} );

	it( 'writes days in Italian order, even when the site kept the English date format', async () => {
		const day = await site().php( `
			update_option( 'date_format', 'F j, Y' );
			echo WP24\\Helpdesk\\Time\\Date_Format::day( gmmktime( 12, 0, 0, 12, 30, 2026 ), new DateTimeZone( 'Europe/Rome' ) );
		` );
		expect( day ).toBe( '30 dicembre 2026' );
	} );

	it( 'writes money one way everywhere: the number in Italian, then the currency code', async () => {
		const amounts = await site().php( `
			echo ( new WP24\\Helpdesk\\Money\\Money( 125050, 'eur' ) )->format(), '|';
			echo WP24\\Helpdesk\\Money\\Money::of( 99.999, 'EUR' )->format(), '|';
			echo WP24\\Helpdesk\\Money\\Money::of( 250.5, 'EUR' )->amount();
		` );
		expect( amounts ).toBe( '1.250,50 EUR|100,00 EUR|250.5' );
	} );

	it( 'answers REST errors in Italian', async () => {
		const response = await site().rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject: 'Sito lento',
				message: 'La home page impiega dieci secondi a caricarsi.',
				type: 'one-shot',
				name: 'Mario Rossi',
				email: 'mario@example.test',
				consent: false,
			},
		} );
		expect( response.status ).toBe( 400 );
		expect( JSON.stringify( response.json() ) ).toContain(
			'accetta il trattamento dei tuoi dati personali'
		);
		expect( JSON.stringify( response.json() ) ).not.toContain(
			'please accept'
		);
	} );

	it( 'writes the guest’s email in Italian', async () => {
		const mails = await site().phpJson<
			Array< { subject: string; html: string; text: string } >
		>( `
			${ SERVICES_PHP }
			$mails();
			$guest( 'Modulo di contatto rotto' );
			echo wp_json_encode( $mails() );
		` );
		const received = mails.find( ( mail ) =>
			mail.subject.startsWith( 'Abbiamo ricevuto la tua richiesta' )
		);
		expect( received?.subject ).toContain( 'Modulo di contatto rotto' );
		expect( received?.html ).toContain( 'Segui il tuo ticket' );
		// Dates in Italian: WordPress's own it_IT files are installed with the core (wordpress-l10n).
		expect( received?.text ).toMatch(
			/Ti risponderemo entro (lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) \d+ \w+ alle \d\d:\d\d\./
		);
	} );

	it( 'gives the admin app and the block editor scripts their Italian strings', async () => {
		const scripts = await site().phpJson< Record< string, string > >( `
			$admin = WP24\\Helpdesk\\Admin\\Admin_Page::SCRIPT_HANDLE;
			$form  = generate_block_asset_handle( 'wp24-helpdesk/ticket-form', 'editorScript' );
			wp_register_script( $admin, plugins_url( 'build/admin/index.js', WP24HD_FILE ), array(), '1' );
			wp_set_script_translations( $admin, 'wp24-helpdesk', WP24HD_DIR . 'languages' );
			echo wp_json_encode( array(
				'admin' => (string) wp_scripts()->print_translations( $admin, false ),
				'form'  => (string) wp_scripts()->print_translations( $form, false ),
			) );
		` );
		expect( scripts.admin ).toContain( 'Salva impostazioni' );
		expect( scripts.admin ).toContain( 'Torna alla coda' );
		expect( scripts.form ).toContain( 'Modulo ticket di assistenza' );
	} );

	it( 'ships a .l10n.php that matches what WordPress itself makes of the .mo', async () => {
		const result = await site().phpJson< {
			ours: number;
			same: boolean;
			sample: string;
		} >( `
			$dir   = WP24HD_DIR . 'languages/wp24-helpdesk-it_IT';
			$ours  = include $dir . '.l10n.php';
			$file  = get_temp_dir() . 'wp24-l10n-' . wp_generate_password( 8, false ) . '.php';
			file_put_contents( $file, WP_Translation_File::transform( $dir . '.mo', 'php' ) );
			$core  = include $file;
			unlink( $file );
			ksort( $ours['messages'] );
			ksort( $core['messages'] );
			echo wp_json_encode( array(
				'ours'   => count( $ours['messages'] ),
				'same'   => $ours['messages'] === $core['messages'] && $ours['plural-forms'] === $core['plural-forms'],
				'sample' => _n( '%d ticket updated.', '%d tickets updated.', 3, 'wp24-helpdesk' ),
			) );
		` );
		expect( result.ours ).toBeGreaterThan( 600 );
		expect( result.same ).toBe( true );
		expect( result.sample ).toBe( '%d ticket aggiornati.' );
	} );
} );
