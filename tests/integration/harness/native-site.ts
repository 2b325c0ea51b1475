/**
 * The Site interface on native PHP (Debian's php-cli with mysqli) and MariaDB: the stack
 * production sites run. One MariaDB server per lane (started by global-setup), one database and
 * one `php -S` server per booted site; PHP snippets run through php-cli.
 */

/**
 * External dependencies
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { BaseSite, debugLogTail } from './base-site';
import type { SiteOptions } from './site';

const { query } = require( '../../../bin/lib/mariadb.cjs' );
const playground = require( '../../../bin/lib/playground.cjs' );

/** Names the database an installed template's tables are cloned from. */
const TEMPLATE_MARKER = '.wp24-template-database';

const PHP_SETTINGS = [
	'-d',
	'memory_limit=512M',
	'-d',
	'upload_max_filesize=64M',
	'-d',
	'post_max_size=64M',
	'-d',
	'max_execution_time=120',
];

let siteCounter = 0;

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
 * A PHP literal for a constant's value given as text the way Playground takes them.
 *
 * @param value `true`, `false`, a number, or any text.
 */
function phpLiteral( value: string ): string {
	return /^(true|false|null|-?\d+(\.\d+)?)$/i.test( value )
		? value
		: `'${ value.replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;
}

/**
 * Writes wp-config.php for a database, an address and extra constants.
 *
 * @param siteDir  WordPress directory.
 * @param database Database name.
 * @param url      The site's address.
 * @param defines  Extra constants.
 */
function writeConfig(
	siteDir: string,
	database: string,
	url: string,
	defines: Record< string, string >
): void {
	const constants: Record< string, string > = {
		DB_NAME: database,
		DB_USER: 'root',
		DB_PASSWORD: '',
		DB_HOST: `localhost:${ socket() }`,
		DB_CHARSET: 'utf8mb4',
		DB_COLLATE: '',
		WP_HOME: url,
		WP_SITEURL: url,
		WP_DEBUG: 'true',
		WP_DEBUG_DISPLAY: 'false',
		WP_DEBUG_LOG: path.join( siteDir, 'wp-content', 'debug.log' ),
		SCRIPT_DEBUG: 'false',
		WP_ENVIRONMENT_TYPE: 'local',
		...defines,
	};
	for ( const key of [ 'AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE' ] ) {
		constants[ `${ key }_KEY` ] = `wp24-tests-${ key }-key`;
		constants[ `${ key }_SALT` ] = `wp24-tests-${ key }-salt`;
	}
	const lines = Object.entries( constants ).map(
		( [ name, value ] ) =>
			`define( '${ name }', ${
				[ 'DB_NAME', 'DB_USER', 'DB_PASSWORD', 'DB_HOST' ].includes(
					name
				)
					? `'${ value }'`
					: phpLiteral( value )
			} );`
	);
	fs.writeFileSync(
		path.join( siteDir, 'wp-config.php' ),
		[
			'<?php',
			...lines,
			"$table_prefix = 'wp_';",
			"if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }",
			"require_once ABSPATH . 'wp-settings.php';",
			'',
		].join( '\n' )
	);
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
	const link = ( hostPath: string, target: string ) => {
		fs.mkdirSync( path.dirname( target ), { recursive: true } );
		fs.rmSync( target, { recursive: true, force: true } );
		fs.symlinkSync( hostPath, target );
	};
	if ( options.mountPlugin !== false ) {
		link(
			playground.PLUGIN_DIR,
			path.join( siteDir, 'wp-content/plugins', playground.PLUGIN_SLUG )
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
			link(
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
 * Runs a PHP file's worth of code with php-cli in the site, WordPress loaded unless `bare`.
 *
 * @param siteDir WordPress directory.
 * @param url     The site's address (for `$_SERVER`).
 * @param code    PHP without the opening tag.
 * @param prelude PHP before wp-load.php.
 */
function runPhp(
	siteDir: string,
	url: string,
	code: string,
	prelude = ''
): Promise< string > {
	const host = new URL( url ).host;
	const file = path.join(
		siteDir,
		`wp24-run-${ process.pid }-${ ++siteCounter }.php`
	);
	fs.writeFileSync(
		file,
		`<?php
		$_SERVER['HTTP_HOST']      = '${ host }';
		$_SERVER['SERVER_NAME']    = '127.0.0.1';
		$_SERVER['SERVER_PORT']    = '${ new URL( url ).port }';
		$_SERVER['REQUEST_URI']    = '/';
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$_SERVER['REMOTE_ADDR']    = '127.0.0.1';
		${ prelude }
		require_once __DIR__ . '/wp-load.php';
		${ code }`
	);
	return new Promise( ( resolve, reject ) => {
		execFile(
			'php',
			[ ...PHP_SETTINGS, file ],
			{ cwd: siteDir, maxBuffer: 256 * 1024 * 1024, timeout: 600000 },
			( error, stdout, stderr ) => {
				fs.rmSync( file, { force: true } );
				if ( error ) {
					reject(
						new Error(
							`PHP failed (${ error.code ?? error.signal }): ${ stderr }\n${ stdout.slice( 0, 500 ) }\n--- debug.log ---\n${ debugLogTail( path.join( siteDir, 'wp-content', 'debug.log' ) ) }`
						)
					);
					return;
				}
				resolve( stdout );
			}
		);
	} );
}

/**
 * Resolves once something listens on the port.
 *
 * @param port   TCP port on 127.0.0.1.
 * @param server The process that should listen.
 */
async function waitForPort( port: number, server: ChildProcess ) {
	for ( let waited = 0; waited < 15000; waited += 50 ) {
		if ( server.exitCode !== null ) {
			break;
		}
		const open = await new Promise< boolean >( ( resolve ) => {
			const probe = net.connect( port, '127.0.0.1' );
			probe.once( 'connect', () => {
				probe.destroy();
				resolve( true );
			} );
			probe.once( 'error', () => resolve( false ) );
		} );
		if ( open ) {
			return;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
	}
	throw new Error( `php -S did not listen on port ${ port }.` );
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
	playground.copyCore( options.sourceDir, siteDir );
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
	writeConfig( siteDir, database, url, options.defines ?? {} );
	const server = spawn(
		'php',
		[
			...PHP_SETTINGS,
			'-S',
			`127.0.0.1:${ port }`,
			'-t',
			siteDir,
			path.join( __dirname, 'native-router.php' ),
		],
		{
			cwd: siteDir,
			// Two workers, so PHP may call its own site (cron, loopback checks).
			env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
			stdio: 'ignore',
		}
	);
	await waitForPort( port, server );

	const php = ( code: string ) => runPhp( siteDir, url, code );
	if ( ! template ) {
		await runPhp(
			siteDir,
			url,
			`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
			wp_install( 'WP24 Helpdesk tests', 'admin', 'admin@example.test', true, '', 'password' );
			update_option( 'permalink_structure', '/%postname%/' );`,
			"define( 'WP_INSTALLING', true );"
		);
		if ( options.mountPlugin !== false ) {
			const activated = await php(
				`require_once ABSPATH . 'wp-admin/includes/plugin.php';
				$result = activate_plugin( '${ playground.PLUGIN_SLUG }/plugin.php' );
				echo is_wp_error( $result ) ? $result->get_error_message() : 'active';`
			);
			if ( activated !== 'active' ) {
				throw new Error(
					`The plugin did not activate: ${ activated }`
				);
			}
		}
	}
	const version = ( await php( 'echo get_bloginfo( "version" );' ) ).trim();
	return new NativeSite(
		server,
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
		private readonly server: ChildProcess,
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

	private async stopServer(): Promise< void > {
		if ( this.server.exitCode === null ) {
			const exited = new Promise( ( resolve ) =>
				this.server.once( 'exit', resolve )
			);
			this.server.kill( 'SIGTERM' );
			await exited;
		}
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
