/**
 * WordPress on native PHP (Debian's php-cli with mysqli) and MariaDB: the stack production sites
 * run. PHP's built-in server answers HTTP (with a router doing what Apache's rewrite rules do),
 * php-cli runs snippets with WordPress loaded.
 *
 * Shared by the dev site (`npm start -- --backend=mariadb`) and the integration tests' MariaDB lane.
 */
const { execFile, spawn } = require( 'node:child_process' );
const fs = require( 'node:fs' );
const net = require( 'node:net' );
const path = require( 'node:path' );

const { debugLogTail } = require( './debug-log.cjs' );
const { PLUGIN_DIR, PLUGIN_SLUG } = require( './playground.cjs' );

/** The router for PHP's built-in server. */
const ROUTER = path.join( __dirname, 'native-router.php' );

/** php.ini settings for the server and the snippets, close to a hosting plan's. */
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

let runCounter = 0;

/**
 * A PHP literal for a constant given as text the way Playground takes them.
 *
 * @param {string} value `true`, `false`, a number, or any text.
 */
function phpLiteral( value ) {
	return /^(true|false|null|-?\d+(\.\d+)?)$/i.test( value )
		? value
		: `'${ String( value ).replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;
}

/**
 * Writes wp-config.php for a database on a MariaDB socket, an address and extra constants.
 *
 * @param {string}                 siteDir            WordPress directory.
 * @param {Object}                 options
 * @param {string}                 options.database   Database name.
 * @param {string}                 options.socket     MariaDB socket.
 * @param {string}                 options.url        The site's address.
 * @param {Record<string, string>} [options.defines]  Extra constants.
 * @param {string}                 [options.saltSeed] Makes the keys and salts (fixed per site, so sessions survive restarts).
 */
function writeConfig(
	siteDir,
	{ database, socket, url, defines = {}, saltSeed = 'wp24' }
) {
	const strings = {
		DB_NAME: database,
		DB_USER: 'root',
		DB_PASSWORD: '',
		DB_HOST: `localhost:${ socket }`,
		DB_CHARSET: 'utf8mb4',
		DB_COLLATE: '',
		WP_DEBUG_LOG: path.join( siteDir, 'wp-content', 'debug.log' ),
		WP_HOME: url,
		WP_SITEURL: url,
		WP_ENVIRONMENT_TYPE: 'local',
	};
	for ( const key of [ 'AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE' ] ) {
		strings[ `${ key }_KEY` ] = `${ saltSeed }-${ key }-key`;
		strings[ `${ key }_SALT` ] = `${ saltSeed }-${ key }-salt`;
	}
	const lines = [
		...Object.entries( strings ).map(
			( [ name, value ] ) =>
				`define( '${ name }', '${ value.replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }' );`
		),
		"define( 'WP_DEBUG', true );",
		"define( 'WP_DEBUG_DISPLAY', false );",
		"define( 'SCRIPT_DEBUG', false );",
		...Object.entries( defines ).map(
			( [ name, value ] ) =>
				`define( '${ name }', ${ phpLiteral( value ) } );`
		),
	];
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
 * Replaces `target` with a symlink to `hostPath`.
 *
 * @param {string} hostPath What the link points at.
 * @param {string} target   Where the link goes.
 */
function link( hostPath, target ) {
	fs.mkdirSync( path.dirname( target ), { recursive: true } );
	fs.rmSync( target, { recursive: true, force: true } );
	fs.symlinkSync( hostPath, target );
}

/**
 * Links the working tree into the site as the plugin (PHP changes are live, as on Playground).
 *
 * @param {string} siteDir WordPress directory.
 */
function linkPlugin( siteDir ) {
	link(
		PLUGIN_DIR,
		path.join( siteDir, 'wp-content', 'plugins', PLUGIN_SLUG )
	);
}

/**
 * Runs PHP with WordPress loaded through php-cli, with `$_SERVER` set as for a request to the
 * site's front page; resolves with what it printed, rejects with the errors and the debug log.
 *
 * @param {string} siteDir   WordPress directory.
 * @param {string} url       The site's address.
 * @param {string} code      PHP without the opening tag.
 * @param {string} [prelude] PHP before wp-load.php (e.g. `define( 'WP_INSTALLING', true );`).
 * @return {Promise<string>} The output.
 */
function runPhp( siteDir, url, code, prelude = '' ) {
	const { host, port } = new URL( url );
	const file = path.join(
		siteDir,
		`wp24-run-${ process.pid }-${ ++runCounter }.php`
	);
	fs.writeFileSync(
		file,
		`<?php
		$_SERVER['HTTP_HOST']      = '${ host }';
		$_SERVER['SERVER_NAME']    = '127.0.0.1';
		$_SERVER['SERVER_PORT']    = '${ port }';
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
			{ cwd: siteDir, maxBuffer: 256 * 1024 * 1024, timeout: 900000 },
			( error, stdout, stderr ) => {
				fs.rmSync( file, { force: true } );
				if ( error ) {
					const tail = debugLogTail(
						path.join( siteDir, 'wp-content', 'debug.log' )
					);
					reject(
						new Error(
							`PHP failed (${ error.code ?? error.signal }): ${ stderr }\n${ stdout.slice( 0, 500 ) }\n--- debug.log ---\n${ tail }`
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
 * Starts PHP's built-in server on the site; resolves once it listens.
 *
 * @param {Object} options
 * @param {string} options.siteDir   WordPress directory (document root).
 * @param {number} options.port      Port on 127.0.0.1.
 * @param {number} [options.workers] Worker processes: at least 2, so PHP may call its own site.
 * @return {Promise<{ url: string, process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>} The server.
 */
async function startPhpServer( { siteDir, port, workers = 2 } ) {
	// Its own process group: the workers it forks are stopped with it.
	const server = spawn(
		'php',
		[ ...PHP_SETTINGS, '-S', `127.0.0.1:${ port }`, '-t', siteDir, ROUTER ],
		{
			cwd: siteDir,
			env: { ...process.env, PHP_CLI_SERVER_WORKERS: String( workers ) },
			stdio: 'ignore',
			detached: true,
		}
	);
	const stop = () =>
		new Promise( ( resolve ) => {
			if ( server.exitCode !== null || server.signalCode !== null ) {
				resolve();
				return;
			}
			server.once( 'exit', () => resolve() );
			try {
				process.kill( -server.pid, 'SIGTERM' );
			} catch {
				server.kill( 'SIGTERM' );
			}
		} );
	// Never leave a server behind when the caller exits without stopping it.
	process.once( 'exit', () => {
		try {
			process.kill( -server.pid, 'SIGKILL' );
		} catch {}
	} );
	for ( let waited = 0; ; waited += 50 ) {
		if ( server.exitCode !== null || waited > 15000 ) {
			throw new Error(
				`php -S did not listen on port ${ port } (is php-cli installed?).`
			);
		}
		const open = await new Promise( ( resolve ) => {
			const probe = net.connect( port, '127.0.0.1' );
			probe.once( 'connect', () => {
				probe.destroy();
				resolve( true );
			} );
			probe.once( 'error', () => resolve( false ) );
		} );
		if ( open ) {
			break;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
	}
	return {
		url: `http://127.0.0.1:${ port }`,
		process: server,
		stop,
	};
}

/**
 * Installs WordPress into the site's empty database (admin / password, pretty permalinks) and
 * optionally activates the plugin; does nothing to an installed site but the activation.
 *
 * @param {string}  siteDir    WordPress directory with wp-config.php.
 * @param {string}  url        The site's address.
 * @param {boolean} [activate] Activate the linked plugin.
 */
async function installWordPress( siteDir, url, activate = true ) {
	await runPhp(
		siteDir,
		url,
		`if ( ! is_blog_installed() ) {
			require_once ABSPATH . 'wp-admin/includes/upgrade.php';
			wp_install( 'WP24 Helpdesk', 'admin', 'admin@example.test', true, '', 'password' );
			update_option( 'permalink_structure', '/%postname%/' );
		}`,
		"define( 'WP_INSTALLING', true );"
	);
	if ( ! activate ) {
		return;
	}
	const activated = await runPhp(
		siteDir,
		url,
		`require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$result = activate_plugin( '${ PLUGIN_SLUG }/plugin.php' );
		echo is_wp_error( $result ) ? $result->get_error_message() : 'active';`
	);
	if ( activated !== 'active' ) {
		throw new Error( `The plugin did not activate: ${ activated }` );
	}
}

module.exports = {
	PHP_SETTINGS,
	writeConfig,
	link,
	linkPlugin,
	runPhp,
	startPhpServer,
	installWordPress,
};
