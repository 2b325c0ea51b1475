/**
 * The Site interface on native PHP (Debian's php-cli with mysqli) and MariaDB: the stack
 * production sites run. One MariaDB server per lane (started by global-setup), one database and
 * one `php -S` server per booted site; PHP snippets run through php-cli.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { BaseSite } from './base-site';
import type { SiteOptions } from './site';

const { query } = require( '../../../bin/lib/mariadb.cjs' );
const native = require( '../../../bin/lib/native-php.cjs' );
const playground = require( '../../../bin/lib/playground.cjs' );

/**
 * The real WooCommerce the lane runs with (`npm run test:woocommerce`), or null on every other
 * lane, which runs the fake.
 */
export function realWooCommerceDir(): string | null {
	return process.env.WP24_WOOCOMMERCE === 'real'
		? ( process.env.WP24_WOOCOMMERCE_DIR ?? null )
		: null;
}

/** Names the database an installed template's tables are cloned from. */
const TEMPLATE_MARKER = '.wp24-template-database';

let siteCounter = 0;

/**
 * Activates the real WooCommerce in the template and sets it up as the agency's shop: euro,
 * Italy, guest checkout, cash on delivery, bank transfer and cheque on, no setup wizard.
 * Each site then clones these tables; HPOS is on, as on a new shop (a test may switch it).
 */
const SET_UP_SHOP = `
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	$result = activate_plugin( 'woocommerce/woocommerce.php' );
	if ( is_wp_error( $result ) ) {
		throw new RuntimeException( 'WooCommerce did not activate: ' . $result->get_error_message() );
	}
	update_option( 'woocommerce_currency', 'EUR' );
	update_option( 'woocommerce_default_country', 'IT:RM' );
	update_option( 'woocommerce_enable_guest_checkout', 'yes' );
	update_option( 'woocommerce_calc_taxes', 'no' );
	update_option( 'woocommerce_onboarding_profile', array( 'skipped' => true ) );
	update_option( 'woocommerce_coming_soon', 'no' );
	foreach ( array( 'cod', 'bacs', 'cheque' ) as $gateway ) {
		update_option( 'woocommerce_' . $gateway . '_settings', array( 'enabled' => 'yes', 'title' => $gateway, 'enable_for_virtual' => 'yes' ) );
	}
	echo 'shop';
`;

/**
 * The lane's MariaDB socket, set by global-setup.
 */
function socket(): string {
	const value = process.env.WP24_MARIADB_SOCKET;
	if ( ! value ) {
		throw new Error(
			'WP24_MARIADB_SOCKET is not set: run the MariaDB lane through `npm run test:mariadb`.'
		);
	}
	return value;
}

/**
 * Links the plugin, the test must-use plugins and the mounts under /wordpress into the site;
 * returns the other mounts (PHP sees them at their host path).
 *
 * @param siteDir WordPress directory.
 * @param options Boot options.
 */
function linkMounts(
	siteDir: string,
	options: SiteOptions
): Map< string, string > {
	if ( options.mountPlugin !== false ) {
		native.linkPlugin( siteDir );
	}
	const woocommerce = realWooCommerceDir();
	if ( woocommerce ) {
		native.link(
			woocommerce,
			path.join( siteDir, 'wp-content', 'plugins', 'woocommerce' )
		);
	}
	const elsewhere = new Map< string, string >();
	for ( const mount of [
		{
			hostPath: path.join( __dirname, '../mu-plugins' ),
			vfsPath: '/wordpress/wp-content/mu-plugins',
		},
		...( options.mounts ?? [] ),
	] ) {
		if ( mount.vfsPath.startsWith( '/wordpress/' ) ) {
			native.link(
				mount.hostPath,
				path.join(
					siteDir,
					mount.vfsPath.slice( '/wordpress/'.length )
				)
			);
		} else {
			elsewhere.set( mount.vfsPath, mount.hostPath );
		}
	}
	return elsewhere;
}

/**
 * Installs WordPress into a core copy and its own database, activates the plugin, and marks
 * the directory as a template whose tables later sites clone.
 *
 * @param coreDir     WordPress core.
 * @param templateDir Target directory.
 */
export async function installNativeTemplate(
	coreDir: string,
	templateDir: string
): Promise< void > {
	const database = `wp24_template_${ process.pid }`;
	const site = await bootNativeSite( { sourceDir: coreDir }, database );
	if ( realWooCommerceDir() ) {
		await site.php( SET_UP_SHOP );
	}
	await site.closeKeepingDatabase( templateDir );
	fs.writeFileSync( path.join( templateDir, TEMPLATE_MARKER ), database );
}

/**
 * Boots a site on a private copy of `sourceDir` and a database of its own.
 *
 * @param options  Where the WordPress comes from and what to mount.
 * @param database Database name; a fresh one by default.
 */
export async function bootNativeSite(
	options: SiteOptions,
	database = `wp24_${ process.pid }_${ ++siteCounter }`
): Promise< NativeSite > {
	const siteDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-native-' ) );
	playground.copyCore( options.sourceDir, siteDir, { linkCode: true } );
	fs.rmSync( path.join( siteDir, 'wp-content', 'debug.log' ), {
		force: true,
	} );
	const markerFile = path.join( options.sourceDir, TEMPLATE_MARKER );
	const template = fs.existsSync( markerFile )
		? fs.readFileSync( markerFile, 'utf8' ).trim()
		: null;
	let sql = `CREATE DATABASE \`${ database }\`;`;
	if ( template ) {
		const tables = query( socket(), `SHOW TABLES FROM \`${ template }\`;` )
			.split( '\n' )
			.filter( Boolean );
		sql += tables
			.map(
				( table: string ) =>
					`CREATE TABLE \`${ database }\`.\`${ table }\` LIKE \`${ template }\`.\`${ table }\`; INSERT INTO \`${ database }\`.\`${ table }\` SELECT * FROM \`${ template }\`.\`${ table }\`;`
			)
			.join( '' );
	}
	query( socket(), sql );

	const elsewhere = linkMounts( siteDir, options );
	const port = await playground.freePort();
	const url = `http://127.0.0.1:${ port }`;
	native.writeConfig( siteDir, {
		database,
		socket: socket(),
		url,
		defines: options.defines ?? {},
	} );
	// Four workers, so parallel requests in the tests really run at the same time.
	const server = await native.startPhpServer( { siteDir, port, workers: 4 } );
	const php = ( code: string ): Promise< string > =>
		native.runPhp( siteDir, url, code );
	if ( ! template ) {
		await native.installWordPress(
			siteDir,
			url,
			options.mountPlugin !== false
		);
	}
	const version = ( await php( 'echo get_bloginfo( "version" );' ) ).trim();
	return new NativeSite(
		server.stop,
		siteDir,
		database,
		elsewhere,
		url,
		version,
		php
	);
}

class NativeSite extends BaseSite {
	readonly backend = 'mariadb';

	constructor(
		private readonly stopServer: () => Promise< void >,
		private readonly siteDir: string,
		private readonly database: string,
		private readonly elsewhere: Map< string, string >,
		url: string,
		wordpressVersion: string,
		php: ( code: string ) => Promise< string >
	) {
		super(
			url,
			path.join( siteDir, 'wp-content', 'debug.log' ),
			wordpressVersion,
			php
		);
	}

	pathInSite( mountedPath: string ): string {
		for ( const [ vfsPath, hostPath ] of this.elsewhere ) {
			if (
				mountedPath === vfsPath ||
				mountedPath.startsWith( `${ vfsPath }/` )
			) {
				return hostPath + mountedPath.slice( vfsPath.length );
			}
		}
		return mountedPath.startsWith( '/wordpress/' )
			? path.join( this.siteDir, mountedPath.slice( 11 ) )
			: mountedPath;
	}

	/**
	 * Stops the server and moves the site's files to `targetDir` (for a template), keeping
	 * its database.
	 *
	 * @param targetDir Where the files go; the plugin and mount links are left out.
	 */
	async closeKeepingDatabase( targetDir: string ): Promise< void > {
		await this.stopServer();
		fs.rmSync(
			path.join(
				this.siteDir,
				'wp-content/plugins',
				playground.PLUGIN_SLUG
			),
			{ force: true }
		);
		fs.rmSync( path.join( this.siteDir, 'wp-content/mu-plugins' ), {
			force: true,
		} );
		fs.rmSync(
			path.join( this.siteDir, 'wp-content/plugins/woocommerce' ),
			{
				force: true,
			}
		);
		fs.rmSync( path.join( this.siteDir, 'wp-content', 'debug.log' ), {
			force: true,
		} );
		playground.copyCore( this.siteDir, targetDir );
		fs.rmSync( this.siteDir, { recursive: true, force: true } );
	}

	async close(): Promise< void > {
		await this.stopServer();
		query( socket(), `DROP DATABASE IF EXISTS \`${ this.database }\`;` );
		fs.rmSync( this.siteDir, { recursive: true, force: true } );
	}
}
