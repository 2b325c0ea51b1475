/**
 * Boots WordPress Playground (PHP 8.3 in WebAssembly, SQLite) on a core directory with the plugin mounted.
 *
 * Shared by the dev server (`npm start`) and the integration test harness, so both run the
 * same WordPress the same way.
 */
const fs = require( 'node:fs' );
const path = require( 'node:path' );

const PLUGIN_DIR = path.resolve( __dirname, '../..' );
const PLUGIN_SLUG = 'wp24-helpdesk';
const PLUGIN_VFS_PATH = `/wordpress/wp-content/plugins/${ PLUGIN_SLUG }`;

/**
 * Copies a core directory into a site directory, leaving out nothing WordPress needs.
 *
 * Playground writes wp-config.php and the SQLite database into the mounted core, so each
 * site gets its own copy. With `linkCode`, `wp-admin` and `wp-includes` (nine tenths of the
 * bytes, never written by WordPress, the plugin or the tests) are hard-linked where the file
 * system allows: each test file's throwaway site then boots without copying 100 MB. The dev
 * site keeps a full copy, so editing it never touches the cache it came from.
 *
 * @param {string}  coreDir            Source core directory.
 * @param {string}  siteDir            Target directory (created).
 * @param {Object}  [options]
 * @param {boolean} [options.linkCode] Hard-link the core code instead of copying it.
 */
function copyCore( coreDir, siteDir, { linkCode = false } = {} ) {
	fs.rmSync( siteDir, { recursive: true, force: true } );
	if ( ! linkCode ) {
		fs.cpSync( coreDir, siteDir, { recursive: true } );
		return;
	}
	fs.mkdirSync( siteDir, { recursive: true } );
	for ( const entry of fs.readdirSync( coreDir, { withFileTypes: true } ) ) {
		const from = path.join( coreDir, entry.name );
		const to = path.join( siteDir, entry.name );
		if ( READ_ONLY_CORE.includes( entry.name ) && entry.isDirectory() ) {
			linkTree( from, to );
		} else {
			fs.cpSync( from, to, { recursive: true } );
		}
	}
}

/** Core folders nothing writes to once WordPress is unpacked. */
const READ_ONLY_CORE = [ 'wp-admin', 'wp-includes' ];

/**
 * Recreates a folder tree with hard links to its files, copying when linking is refused
 * (another file system, or one without hard links).
 *
 * @param {string} from Source folder.
 * @param {string} to   Target folder (created).
 */
function linkTree( from, to ) {
	fs.mkdirSync( to, { recursive: true } );
	for ( const entry of fs.readdirSync( from, { withFileTypes: true } ) ) {
		const source = path.join( from, entry.name );
		const target = path.join( to, entry.name );
		if ( entry.isDirectory() ) {
			linkTree( source, target );
			continue;
		}
		try {
			fs.linkSync( source, target );
		} catch {
			fs.cpSync( source, target );
		}
	}
}

/**
 * Starts a Playground server.
 *
 * @param {Object}  options
 * @param {string}  options.siteDir       WordPress directory to mount at /wordpress (holds the database).
 * @param {number}  [options.port]        Port on 127.0.0.1; 0 picks a free one.
 * @param {string}  [options.pluginDir]   Plugin directory to mount, or null to mount none.
 * @param {Array}   [options.mounts]      Extra `{ hostPath, vfsPath }` mounts.
 * @param {boolean} [options.activate]    Activate the mounted plugin.
 * @param {string}  [options.installMode] Playground's WordPress install mode.
 * @param {Object}  [options.defines]     Extra PHP constants.
 * @param {number}  [options.workers]     PHP workers; 2 so PHP may call its own site.
 * @param {boolean} [options.quiet]       Silence Playground's banner.
 * @return {Promise<import('@wp-playground/cli').RunCLIServer>} The running server.
 */
async function startPlayground( {
	siteDir,
	port = 0,
	pluginDir = PLUGIN_DIR,
	mounts = [],
	activate = true,
	installMode = 'install-from-existing-files-if-needed',
	defines = {},
	workers = 2,
	quiet = true,
} ) {
	const { runCLI } = require( '@wp-playground/cli' );
	const pluginMounts = pluginDir
		? [ { hostPath: pluginDir, vfsPath: PLUGIN_VFS_PATH } ]
		: [];
	const listenPort = port || ( await freePort() );
	const server = await runCLI( {
		command: 'server',
		php: '8.3',
		port: listenPort,
		'site-url': `http://127.0.0.1:${ listenPort }`,
		quiet,
		verbosity: quiet ? 'quiet' : 'normal',
		workers,
		'mount-before-install': [
			{ hostPath: siteDir, vfsPath: '/wordpress' },
		],
		mount: [ ...pluginMounts, ...mounts ],
		wordpressInstallMode: installMode,
		'define-bool': {
			WP_DEBUG: true,
			WP_DEBUG_DISPLAY: false,
			SCRIPT_DEBUG: false,
		},
		define: {
			WP_DEBUG_LOG: '/wordpress/wp-content/debug.log',
			WP_ENVIRONMENT_TYPE: 'local',
			...defines,
		},
		blueprint: {
			steps:
				pluginDir && activate
					? [
							{
								step: 'activatePlugin',
								pluginPath: `${ PLUGIN_SLUG }/plugin.php`,
							},
						]
					: [],
		},
	} );
	// Playground answers the very first request with a 302 to the same URL (it clears its
	// auto-login cookie); take it here so every real client sees WordPress's own answer.
	await fetch( server.serverUrl + '/', { redirect: 'manual' } ).then( ( r ) =>
		r.arrayBuffer()
	);
	return server;
}

/** Per server, the snippet last started: the next one waits for it. */
const snippetQueues = new WeakMap();

/**
 * Runs PHP inside the site with WordPress loaded and returns its output.
 *
 * Throws with the PHP errors when the script fails. Snippets on one server run one at a time: of
 * three sent at once to the same Playground, one once came back with an empty text and exit code
 * 0 (a plan-table render on the 6.8 lane in CI). HTTP requests may still overlap.
 *
 * @param {import('@wp-playground/cli').RunCLIServer} server Running server.
 * @param {string}                                    code   PHP code without the opening tag.
 * @return {Promise<string>} What the snippet printed.
 */
function runPhp( server, code ) {
	const previous = snippetQueues.get( server ) ?? Promise.resolve();
	const next = previous.then( () => runPhpNow( server, code ) );
	snippetQueues.set(
		server,
		next.catch( () => undefined )
	);
	return next;
}

/**
 * Runs one snippet at once (see runPhp).
 *
 * @param {import('@wp-playground/cli').RunCLIServer} server Running server.
 * @param {string}                                    code   PHP code without the opening tag.
 */
async function runPhpNow( server, code ) {
	const response = await server.playground.run( {
		code: `<?php require_once '/wordpress/wp-load.php';\n${ code }`,
	} );
	if ( response.exitCode !== 0 || response.errors ) {
		throw new Error(
			`PHP failed (exit ${ response.exitCode }): ${ response.errors }\n${ response.text }`
		);
	}
	return response.text;
}

/**
 * A free TCP port on the loopback interface.
 */
async function freePort() {
	const net = require( 'node:net' );
	return new Promise( ( resolve, reject ) => {
		const srv = net.createServer();
		srv.unref();
		srv.on( 'error', reject );
		srv.listen( 0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close( () => resolve( port ) );
		} );
	} );
}

module.exports = {
	PLUGIN_DIR,
	PLUGIN_SLUG,
	PLUGIN_VFS_PATH,
	copyCore,
	startPlayground,
	runPhp,
	freePort,
};
