/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

describe( 'the plugin in a real WordPress', () => {
	const site = useSite();

	it( 'boots on the lane WordPress version and is active', async () => {
		const state = await site().phpJson( `
			echo wp_json_encode( array(
				'active'  => is_plugin_active( 'wp24-helpdesk/plugin.php' ),
				'version' => defined( 'WP24HD_VERSION' ) ? WP24HD_VERSION : null,
				'wp'      => get_bloginfo( 'version' ),
			) );
		` );
		process.stdout.write(
			`WordPress ${ state.wp } (${ process.env.WP24_WP_VERSION || 'latest' } lane)\n`
		);
		expect( state.active ).toBe( true );
		expect( state.version ).toMatch( /^\d+\.\d+\.\d+$/ );
		expect( state.wp ).toBe( site().wordpressVersion );
	} );

	it( 'answers the REST namespace index with its routes', async () => {
		const response = await site().rest( '/wp24-helpdesk/v1' );
		expect( response.status ).toBe( 200 );
		const index = response.json();
		expect( index.namespace ).toBe( 'wp24-helpdesk/v1' );
		expect( Object.keys( index.routes ) ).toEqual(
			expect.arrayContaining( [
				'/wp24-helpdesk/v1/plans',
				'/wp24-helpdesk/v1/plans/(?P<id>[\\d]+)',
			] )
		);
	} );

	it( 'registers the three blocks from block.json with API version 3', async () => {
		const blocks = await site().phpJson( `
			$out = array();
			foreach ( array( 'ticket-form', 'plan-table', 'my-tickets' ) as $slug ) {
				$type = WP_Block_Type_Registry::get_instance()->get_registered( 'wp24-helpdesk/' . $slug );
				$out[ $slug ] = $type ? array( 'api' => $type->api_version, 'dynamic' => $type->is_dynamic(), 'script' => $type->editor_script_handles ) : null;
			}
			echo wp_json_encode( $out );
		` );
		for ( const slug of [ 'ticket-form', 'plan-table', 'my-tickets' ] ) {
			expect( blocks[ slug ] ).toEqual(
				expect.objectContaining( {
					api: 3,
					dynamic: true,
					script: [ expect.any( String ) ],
				} )
			);
		}
	} );

	it( 'creates the technician role and grants administrators the helpdesk capabilities', async () => {
		const caps = await site().phpJson( `
			$tech  = get_role( 'wp24hd_technician' );
			$admin = get_role( 'administrator' );
			echo wp_json_encode( array(
				'tech'  => $tech ? array_keys( array_filter( $tech->capabilities ) ) : null,
				'admin' => array_values( array_filter( array( 'wp24hd_manage_tickets', 'wp24hd_manage_plans', 'wp24hd_manage_settings' ), array( $admin, 'has_cap' ) ) ),
			) );
		` );
		expect( caps.tech ).toEqual(
			expect.arrayContaining( [
				'read',
				'wp24hd_manage_tickets',
				'wp24hd_manage_plans',
			] )
		);
		expect( caps.tech ).not.toContain( 'wp24hd_manage_settings' );
		expect( caps.admin ).toEqual( [
			'wp24hd_manage_tickets',
			'wp24hd_manage_plans',
			'wp24hd_manage_settings',
		] );
	} );

	it( 'stores the schema version without autoloading it', async () => {
		const option = await site().phpJson( `
			global $wpdb;
			echo wp_json_encode( $wpdb->get_row( "SELECT option_value, autoload FROM {$wpdb->options} WHERE option_name = 'wp24hd_schema_version'", ARRAY_A ) );
		` );
		expect( Number( option.option_value ) ).toBeGreaterThanOrEqual( 1 );
		expect( [ 'no', 'off' ] ).toContain( option.autoload );
	} );

	it( 'upgrades an older schema on admin_init, as after an automatic update', async () => {
		const result = await site().phpJson( `
			global $wpdb;
			$table = $wpdb->prefix . 'wp24hd_entitlement_log';
			$tickets = WP24\\Helpdesk\\Schema\\Tables::tickets();
			$indexes = static fn() => array_values( array_unique( array_column( $wpdb->get_results( "SHOW INDEX FROM {$tickets}", ARRAY_A ), 'Key_name' ) ) );
			$wpdb->query( "DROP TABLE {$table}" );
			$wpdb->query( "ALTER TABLE {$tickets} DROP INDEX created" );
			update_option( 'wp24hd_schema_version', 7, false );
			$missing = count( $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
			$before  = in_array( 'created', $indexes(), true );
			do_action( 'admin_init' );
			echo wp_json_encode( array(
				'missing' => $missing,
				'present' => count( $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) ),
				'index'   => array( $before, in_array( 'created', $indexes(), true ) ),
				'version' => (int) get_option( 'wp24hd_schema_version' ) === WP24\\Helpdesk\\Schema\\Schema_Manager::VERSION,
			) );
		` );
		expect( result ).toEqual( {
			missing: 0,
			present: 1,
			index: [ false, true ],
			version: true,
		} );
	} );

	it( 'upgrades on the first cron run after the plugin is updated, with nobody opening wp-admin', async () => {
		const result = await site().phpJson( `
			global $wpdb;
			$table   = $wpdb->prefix . 'wp24hd_entitlement_log';
			$hook    = WP24\\Helpdesk\\Schema\\Schema_Manager::UPGRADE_HOOK;
			$present = static fn() => count( $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
			$wpdb->query( "DROP TABLE {$table}" );
			update_option( 'wp24hd_schema_version', 8, false );
			$updated = static function ( array $options ) use ( $hook ) {
				wp_clear_scheduled_hook( $hook );
				do_action( 'upgrader_process_complete', null, $options + array( 'type' => 'plugin', 'action' => 'update' ) );
				return (bool) wp_next_scheduled( $hook );
			};
			$out = array(
				'other plugin'  => $updated( array( 'plugins' => array( 'akismet/akismet.php' ) ) ),
				'installed'     => $updated( array( 'action' => 'install', 'plugins' => array( 'wp24-helpdesk/plugin.php' ) ) ),
				'single update' => $updated( array( 'plugin' => 'wp24-helpdesk/plugin.php' ) ),
				'bulk update'   => $updated( array( 'plugins' => array( 'akismet/akismet.php', 'wp24-helpdesk/plugin.php' ) ) ),
				'due now'       => wp_next_scheduled( $hook ) <= time(),
				'before'        => $present(),
			);
			// What the cron run does with the due event, in the next request (the updated code).
			do_action( $hook );
			$out['after']   = $present();
			$out['version'] = (int) get_option( 'wp24hd_schema_version' ) === WP24\\Helpdesk\\Schema\\Schema_Manager::VERSION;
			wp_clear_scheduled_hook( $hook );
			echo wp_json_encode( $out );
		` );
		expect( result ).toEqual( {
			'other plugin': false,
			installed: false,
			'single update': true,
			'bulk update': true,
			'due now': true,
			before: 0,
			after: 1,
			version: true,
		} );
	} );

	it( 'starts the auto-close countdown of tickets already waiting when upgrading from before it existed', async () => {
		const result = await site().phpJson( `
			global $wpdb;
			$table = WP24\\Helpdesk\\Schema\\Tables::tickets();
			$row   = array( 'reference' => 'WP24-MIGRATE1', 'subject' => 'Old', 'coverage_reason' => '', 'consent_at' => '2026-01-01 00:00:00', 'created_at' => '2026-01-01 00:00:00', 'updated_at' => '2026-01-01 00:00:00' );
			$wpdb->insert( $table, $row + array( 'status' => 'waiting_customer', 'last_staff_reply_at' => '2026-11-01 10:00:00', 'last_activity_at' => '2026-11-02 10:00:00' ) );
			$waiting = $wpdb->insert_id;
			$wpdb->insert( $table, array_merge( $row, array( 'reference' => 'WP24-MIGRATE2', 'status' => 'open', 'last_activity_at' => '2026-11-02 10:00:00' ) ) );
			$open = $wpdb->insert_id;
			update_option( 'wp24hd_schema_version', 5, false );
			do_action( 'admin_init' );
			echo wp_json_encode( array(
				'waiting' => $wpdb->get_var( $wpdb->prepare( 'SELECT waiting_since FROM %i WHERE id = %d', $table, $waiting ) ),
				'open'    => $wpdb->get_var( $wpdb->prepare( 'SELECT waiting_since FROM %i WHERE id = %d', $table, $open ) ),
			) );
		` );
		expect( result ).toEqual( {
			waiting: '2026-11-01 10:00:00',
			open: null,
		} );
	} );

	it( 'creates the Basic and Premium plans of the terms as drafts, once', async () => {
		const plans = await site().phpJson( `
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
			$list = static fn() => array_map(
				static fn( $p ) => array( $p->post_title, $p->post_status, (bool) get_post_meta( $p->ID, 'wp24hd_phone_support', true ) ),
				get_posts( array( 'post_type' => 'wp24hd_plan', 'post_status' => 'any', 'orderby' => 'menu_order', 'order' => 'ASC', 'numberposts' => -1 ) )
			);
			$first = $list();
			deactivate_plugins( 'wp24-helpdesk/plugin.php' );
			activate_plugin( 'wp24-helpdesk/plugin.php' );
			$again = $list();
			foreach ( get_posts( array( 'post_type' => 'wp24hd_plan', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids' ) ) as $id ) {
				wp_delete_post( $id, true );
			}
			deactivate_plugins( 'wp24-helpdesk/plugin.php' );
			activate_plugin( 'wp24-helpdesk/plugin.php' );
			echo wp_json_encode( array( $first, $again, $list() ) );
		` );
		expect( plans ).toEqual( [
			[
				[ 'Basic plan', 'draft', false ],
				[ 'Premium plan', 'draft', true ],
			],
			[
				[ 'Basic plan', 'draft', false ],
				[ 'Premium plan', 'draft', true ],
			],
			// Deleted by the owner: not recreated.
			[],
		] );
	} );

	it( 'deactivates and reactivates without a PHP notice and keeps its data', async () => {
		const result = await site().phpJson( `
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Kept', 'post_status' => 'publish' ) );
			deactivate_plugins( 'wp24-helpdesk/plugin.php' );
			$inactive = ! is_plugin_active( 'wp24-helpdesk/plugin.php' );
			$error    = activate_plugin( 'wp24-helpdesk/plugin.php' );
			echo wp_json_encode( array(
				'inactive' => $inactive,
				'error'    => is_wp_error( $error ) ? $error->get_error_message() : null,
				'active'   => is_plugin_active( 'wp24-helpdesk/plugin.php' ),
				'kept'     => null !== get_post( $plan ),
			) );
		` );
		expect( result ).toEqual( {
			inactive: true,
			error: null,
			active: true,
			kept: true,
		} );
		expect( site().pluginErrors() ).toEqual( [] );
	} );

	it( 'reports a core "called incorrectly" notice raised from the plugin', async () => {
		// A PHP file inside the plugin's folder that misuses a core function, as a bug would.
		await site().php( `
			$file = WP_PLUGIN_DIR . '/wp24-helpdesk/build/harness-probe.php';
			file_put_contents( $file, '<?php _doing_it_wrong( "wp24_probe", "probe", "0.1.0" );' );
			include $file;
			unlink( $file );
		` );
		expect( site().pluginErrors() ).toEqual( [
			expect.stringContaining( '[doing_it_wrong] wp24_probe' ),
		] );
		// Clear the log so this deliberate notice does not fail the file.
		await site().php(
			'file_put_contents( WP_CONTENT_DIR . "/debug.log", "" );'
		);
	} );
} );
