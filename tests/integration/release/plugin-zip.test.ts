/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';

/**
 * Internal dependencies
 */
import { bootSiteFrom } from '../harness/use-site';
import type { Site } from '../harness/site';

const root = path.resolve( __dirname, '../../..' );

/**
 * The release zip, installed the way the agency installs it: uploaded into a fresh
 * WordPress that has never seen the plugin, then activated.
 */
describe( 'the release zip', () => {
	let site: Site;
	let zipDir: string;

	beforeAll( async () => {
		zipDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-zip-' ) );
		execFileSync(
			'node',
			[ 'bin/plugin-zip.mjs', `--out=${ zipDir }/wp24-helpdesk.zip` ],
			{ cwd: root }
		);
		site = await bootSiteFrom( {
			sourceDir: process.env.WP24_CORE_DIR_FOR_TESTS as string,
			mountPlugin: false,
			mounts: [ { hostPath: zipDir, vfsPath: '/release' } ],
		} );
	} );

	afterAll( async () => {
		await site?.close();
		fs.rmSync( zipDir, { recursive: true, force: true } );
	} );

	it( 'leaves out sources, tests, source maps and dev tooling', () => {
		const listing = new AdmZip( `${ zipDir }/wp24-helpdesk.zip` )
			.getEntries()
			.map( ( entry ) => entry.entryName );
		expect( listing ).toEqual(
			expect.arrayContaining( [
				'wp24-helpdesk/plugin.php',
				'wp24-helpdesk/uninstall.php',
				'wp24-helpdesk/readme.txt',
				'wp24-helpdesk/build/blocks-manifest.php',
				'wp24-helpdesk/build/ticket-form/block.json',
				'wp24-helpdesk/build/admin/index.js',
				'wp24-helpdesk/build/admin/index.asset.php',
			] )
		);
		const unwanted = listing.filter( ( entry ) =>
			/(\.map|\.tsx?|\.scss)$|\/(node_modules|tests|src|bin|blocks)\/|package(-lock)?\.json$/.test(
				entry
			)
		);
		expect( unwanted ).toEqual( [] );
	} );

	it( 'installs through the plugin upgrader, activates and renders a block', async () => {
		const installed = await site.phpJson( `
			require_once ABSPATH . 'wp-admin/includes/admin.php';
			require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
			wp_set_current_user( 1 );
			$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
			$result   = $upgrader->install( '${ site.pathInSite( '/release/wp24-helpdesk.zip' ) }' );
			$active   = activate_plugin( 'wp24-helpdesk/plugin.php' );
			echo wp_json_encode( array(
				'installed' => true === $result,
				'activated' => null === $active,
				'header'    => get_plugin_data( WP_PLUGIN_DIR . '/wp24-helpdesk/plugin.php', false, false )['Name'],
			) );
		` );
		expect( installed ).toEqual( {
			installed: true,
			activated: true,
			header: 'WP24 Helpdesk',
		} );

		const pagePath = await site.php( `
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Premium', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_price' => 399, 'wp24hd_phone_support' => true ) ) );
			$page = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Piani', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/plan-table /-->' ) );
			echo wp_make_link_relative( get_permalink( $page ) );
		` );
		const page = await site.request( pagePath.trim() );
		expect( page.status ).toBe( 200 );
		expect( page.text ).toContain( 'wp-block-wp24-helpdesk-plan-table' );
		expect( page.text ).toMatch(
			/<h2[^>]*class="wp24hd-plan__name">Piano Premium<\/h2>/
		);
		// Linked or inlined, depending on the size threshold of the WordPress version.
		expect( page.text ).toMatch(
			/id=['"]wp24-helpdesk-plan-table-style(-inline)?-css['"]/
		);
	} );

	it( 'keeps the data on uninstall unless the owner switched data removal on', async () => {
		const kept = await site.phpJson( `
			require_once ABSPATH . 'wp-admin/includes/admin.php';
			// A stored file and a rate-limit counter, as customers leave them.
			$private = ( new WP24\\Helpdesk\\Attachments\\Attachment_Store( new WP24\\Helpdesk\\Settings\\Settings() ) )->directory();
			file_put_contents( $private . '/' . str_repeat( 'd', 40 ), 'a customer file' );
			set_transient( 'wp24hd_rl_uninstall', array( 'count' => 1 ), HOUR_IN_SECONDS );
			deactivate_plugins( 'wp24-helpdesk/plugin.php' );
			uninstall_plugin( 'wp24-helpdesk/plugin.php' );
			wp_roles()->for_site();
			echo wp_json_encode( array(
				'files'  => file_exists( $private . '/' . str_repeat( 'd', 40 ) ),
				'plans'  => count( get_posts( array( 'post_type' => 'wp24hd_plan', 'post_status' => 'any', 'numberposts' => -1 ) ) ),
				'role'   => null !== get_role( 'wp24hd_technician' ),
				'schema' => get_option( 'wp24hd_schema_version' ),
				'tables' => count( $GLOBALS['wpdb']->get_col( "SHOW TABLES LIKE '{$GLOBALS['wpdb']->prefix}wp24hd\\_%'" ) ),
			) );
		` );
		// The published plan of the previous test and the two drafts created on activation.
		expect( kept ).toEqual( {
			files: true,
			plans: 3,
			role: true,
			schema: expect.anything(),
			tables: 7,
		} );

		const removed = await site.phpJson( `
			require_once ABSPATH . 'wp-admin/includes/admin.php';
			activate_plugin( 'wp24-helpdesk/plugin.php' );
			update_option( 'wp24hd_remove_data_on_uninstall', true );
			deactivate_plugins( 'wp24-helpdesk/plugin.php' );
			wp_set_current_user( 1 );
			$deleted = delete_plugins( array( 'wp24-helpdesk/plugin.php' ) );
			wp_roles()->for_site();
			echo wp_json_encode( array(
				'deleted' => true === $deleted,
				'files'   => file_exists( WP_PLUGIN_DIR . '/wp24-helpdesk/plugin.php' ),
				'plans'   => count( get_posts( array( 'post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1, 'meta_key' => 'wp24hd_price' ) ) ),
				'role'    => null !== get_role( 'wp24hd_technician' ),
				'admin'   => get_role( 'administrator' )->has_cap( 'wp24hd_manage_tickets' ),
				'tables'  => count( $GLOBALS['wpdb']->get_col( "SHOW TABLES LIKE '{$GLOBALS['wpdb']->prefix}wp24hd\\_%'" ) ),
				'options' => (int) $GLOBALS['wpdb']->get_var( "SELECT COUNT(*) FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE 'wp24hd\\\\_%'" ),
				'transients' => (int) $GLOBALS['wpdb']->get_var( "SELECT COUNT(*) FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '\\\\_transient%wp24hd\\\\_%'" ),
				'private' => is_dir( wp_upload_dir( null, false )['basedir'] . '/wp24hd-private' ),
			) );
		` );
		expect( removed ).toEqual( {
			deleted: true,
			files: false,
			plans: 0,
			role: false,
			admin: false,
			tables: 0,
			options: 0,
			transients: 0,
			private: false,
		} );
		expect( site.pluginErrors() ).toEqual( [] );
	} );
} );
