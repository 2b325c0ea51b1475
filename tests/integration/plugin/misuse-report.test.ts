/**
 * The harness fails a test file when WordPress reports a misuse (doing it wrong, deprecated)
 * with the plugin's code on the call stack (mu-plugins/wp24-report-misuse.php) — and only then:
 * a notice raised by WordPress or another plugin (WooCommerce) is not the plugin's.
 */

/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

describe( 'reporting a misuse to the harness', () => {
	const site = useSite();

	it( 'blames the plugin for a notice raised while its code runs, and for no other', async () => {
		await site().php( `
			// Outside the plugin: the test's own code, as WordPress core or WooCommerce would.
			_doing_it_wrong( 'wp24hd_test_outside', 'Raised by the test, not by the plugin.', '6.8' );
			// Inside: a filter the plugin applies (the form timer) does it wrong.
			add_filter( 'wp24hd_min_fill_seconds', static function ( $seconds ) {
				_doing_it_wrong( 'wp24hd_test_inside', 'Raised while the plugin runs.', '6.8' );
				return $seconds;
			} );
			WP24\\Helpdesk\\Security\\Form_Timer::too_fast( WP24\\Helpdesk\\Security\\Form_Timer::token() );
		` );
		const blamed = site()
			.pluginErrors()
			.map( ( line ) =>
				line.includes( 'wp24hd_test_inside' ) ? 'inside' : line
			);
		// The file must not fail for what this test raised on purpose.
		await site().php( `file_put_contents( ini_get( 'error_log' ), '' );` );
		expect( blamed ).toEqual( [ 'inside' ] );
	} );
} );
