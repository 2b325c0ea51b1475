/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { bootSiteFrom } from '../harness/use-site';
import type { Site } from '../harness/site';

const root = path.resolve( __dirname, '../../..' );

/**
 * WordPress.org's Plugin Check, unpacked at WP24_PLUGIN_CHECK_DIR (the folder holding its
 * plugin.php and vendor/). It is on neither npm nor Packagist's copy here and is never
 * committed: `npm run plugin-check` runs this file when it is there and says why when not.
 */
const pluginCheckDir = process.env.WP24_PLUGIN_CHECK_DIR;

/** One finding as Plugin Check reports it. */
type Finding = {
	file: string;
	line: number;
	code: string;
	message: string;
};

/**
 * Plugin Check's static checks (the ones `wp plugin check` runs on a plugin that is not active)
 * over the release zip as the agency installs it: what a wordpress.org reviewer would run.
 */
( pluginCheckDir ? describe : describe.skip )( 'Plugin Check', () => {
	let site: Site;
	let zipDir: string;

	beforeAll( async () => {
		zipDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-check-' ) );
		execFileSync(
			'node',
			[ 'bin/plugin-zip.mjs', `--out=${ zipDir }/wp24-helpdesk.zip` ],
			{ cwd: root }
		);
		site = await bootSiteFrom( {
			sourceDir: process.env.WP24_CORE_DIR_FOR_TESTS as string,
			mountPlugin: false,
			mounts: [
				{ hostPath: zipDir, vfsPath: '/release' },
				{
					hostPath: pluginCheckDir as string,
					vfsPath: '/wordpress/wp-content/plugins/plugin-check',
				},
			],
		} );
	} );

	afterAll( async () => {
		await site?.close();
		fs.rmSync( zipDir, { recursive: true, force: true } );
	} );

	it( 'finds no error in the release zip', async () => {
		const findings = await site.phpJson< {
			errors: Finding[];
			warnings: Finding[];
		} >( `
			require_once ABSPATH . 'wp-admin/includes/admin.php';
			require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
			wp_set_current_user( 1 );
			$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
			$upgrader->install( '${ site.pathInSite( '/release/wp24-helpdesk.zip' ) }' );
			require_once WP_PLUGIN_DIR . '/plugin-check/plugin.php';
			$runner = new class() extends WordPress\\Plugin_Check\\Checker\\Abstract_Check_Runner {
				public static function is_plugin_check() { return true; }
				protected function get_plugin_param() { return 'wp24-helpdesk/plugin.php'; }
				protected function get_check_slugs_param() { return array(); }
				protected function get_check_exclude_slugs_param() { return array(); }
				protected function get_include_experimental_param() { return false; }
				protected function get_categories_param() { return array(); }
				protected function get_slug_param() { return 'wp24-helpdesk'; }
				protected function get_mode_param() { return 'new'; }
			};
			$runner->set_plugin( 'wp24-helpdesk/plugin.php' );
			$runner->set_check_slugs( array() );
			$runner->set_check_exclude_slugs( array() );
			$runner->set_categories( array() );
			$result = $runner->run();
			$flatten = static function ( array $by_file ): array {
				$out = array();
				foreach ( $by_file as $file => $lines ) {
					foreach ( $lines as $line => $columns ) {
						foreach ( $columns as $messages ) {
							foreach ( $messages as $message ) {
								$out[] = array(
									'file'    => $file,
									'line'    => (int) $line,
									'code'    => $message['code'],
									'message' => wp_strip_all_tags( $message['message'] ),
								);
							}
						}
					}
				}
				return $out;
			};
			echo wp_json_encode( array(
				'errors'   => $flatten( $result->get_errors() ),
				'warnings' => $flatten( $result->get_warnings() ),
			) );
		` );
		const summary = ( list: Finding[] ) =>
			list.map(
				( finding ) =>
					`${ finding.file }:${ finding.line } ${ finding.code } ${ finding.message }`
			);
		process.stdout.write(
			`Plugin Check: ${ findings.errors.length } errors, ${
				findings.warnings.length
			} warnings\n${ summary( findings.warnings ).join( '\n' ) }\n`
		);
		expect( summary( findings.errors ) ).toEqual( [] );
	} );
} );
