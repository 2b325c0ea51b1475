/**
 * The settings option is registered with WordPress (register_setting), so every writer of it —
 * the settings screen, WP-CLI's `wp option update`, another plugin — passes the same checks.
 */

/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

describe( 'the helpdesk settings option', () => {
	const site = useSite();

	it( 'is registered with WordPress as an object kept out of /wp/v2/settings', async () => {
		const registered = await site().phpJson( `
			$all = get_registered_settings();
			$one = $all['wp24hd_settings'] ?? null;
			echo wp_json_encode( $one ? array(
				'group'        => $one['group'],
				'type'         => $one['type'],
				'show_in_rest' => $one['show_in_rest'],
				'sanitized'    => is_callable( $one['sanitize_callback'] ),
			) : null );
		` );
		expect( registered ).toEqual( {
			group: 'wp24hd',
			type: 'object',
			show_in_rest: false,
			sanitized: true,
		} );
	} );

	it( 'keeps the stored settings when a direct write of the option breaks a rule', async () => {
		const outcome = await site().phpJson( `
			$settings = new WP24\\Helpdesk\\Settings\\Settings();
			$settings->update( array( 'auto_close_days' => 9, 'closures' => array( '2026-12-24' ) ) );
			$stored = get_option( 'wp24hd_settings' );

			// What WP-CLI's "wp option update" or another plugin would do.
			$refused = array(
				'negative days' => update_option( 'wp24hd_settings', array_merge( $stored, array( 'auto_close_days' => -3 ) ) ),
				'no such date'  => update_option( 'wp24hd_settings', array_merge( $stored, array( 'closures' => array( '2026-02-30' ) ) ) ),
				'unknown key'   => update_option( 'wp24hd_settings', array_merge( $stored, array( 'backdoor' => 1 ) ) ),
				'not an object' => update_option( 'wp24hd_settings', 'wiped' ),
			);
			$after_refused = get_option( 'wp24hd_settings' );

			$accepted = update_option( 'wp24hd_settings', array_merge( $stored, array( 'closures' => array( '2026-12-31', '2026-12-24' ) ) ) );
			echo wp_json_encode( array(
				'refused'       => $refused,
				'after_refused' => array( $after_refused['auto_close_days'], $after_refused['closures'], isset( $after_refused['backdoor'] ) ),
				'accepted'      => $accepted,
				'after'         => get_option( 'wp24hd_settings' )['closures'],
				'read'          => $settings->all()['auto_close_days'],
			) );
		` );
		expect( outcome ).toEqual( {
			refused: {
				'negative days': false,
				'no such date': false,
				'unknown key': false,
				'not an object': false,
			},
			after_refused: [ 9, [ '2026-12-24' ], false ],
			accepted: true,
			// Sorted, as the settings screen stores them.
			after: [ '2026-12-24', '2026-12-31' ],
			read: 9,
		} );
	} );
} );
