/**
 * A throwaway MariaDB server from Debian's `mariadb-server` package, for the production-parity
 * test lane: its own data directory and socket under a temporary directory, no TCP port, no
 * system service touched, removed when stopped.
 */
const { execFileSync, spawn } = require( 'node:child_process' );
const fs = require( 'node:fs' );
const path = require( 'node:path' );

/**
 * The first of the named programs found on PATH or in the sbin directories Debian uses.
 *
 * @param {string[]} names Program names, preferred first.
 */
function findProgram( names ) {
	const dirs = [
		...( process.env.PATH || '' ).split( path.delimiter ),
		'/usr/sbin',
		'/usr/local/sbin',
		'/sbin',
	];
	for ( const name of names ) {
		for ( const dir of dirs ) {
			const candidate = path.join( dir, name );
			if ( dir && fs.existsSync( candidate ) ) {
				return candidate;
			}
		}
	}
	throw new Error(
		`${ names[ 0 ] } was not found: install Debian's mariadb-server and php-mysql (apt-get install mariadb-server php-mysql).`
	);
}

/**
 * Runs SQL through the `mariadb` client on the server's socket and returns what it printed
 * (tab-separated, no column names).
 *
 * @param {string} socket Server socket.
 * @param {string} sql    Statements.
 */
function query( socket, sql ) {
	const client = findProgram( [ 'mariadb', 'mysql' ] );
	return execFileSync(
		client,
		[ '--no-defaults', `--socket=${ socket }`, '-uroot', '-N', '-B' ],
		{ input: sql, encoding: 'utf8', stdio: [ 'pipe', 'pipe', 'pipe' ] }
	);
}

/**
 * Starts the server on a data directory (initialised first when it does not exist yet);
 * resolves once it answers.
 *
 * Durability is traded for speed (no flush per commit, no binary log): the data is thrown away.
 *
 * @param {string} dir A directory for the data, socket and log (kept between starts).
 * @return {Promise<{ socket: string, query: (sql: string) => string, stop: () => Promise<void> }>} The server.
 */
async function startMariaDB( dir ) {
	const dataDir = path.join( dir, 'data' );
	const socket = path.join( dir, 'mariadb.sock' );
	const user = process.getuid?.() === 0 ? [ '--user=root' ] : [];
	if ( ! fs.existsSync( dataDir ) ) {
		execFileSync(
			findProgram( [ 'mariadb-install-db', 'mysql_install_db' ] ),
			[
				'--no-defaults',
				`--datadir=${ dataDir }`,
				'--auth-root-authentication-method=normal',
				'--skip-test-db',
				...user,
			],
			{ stdio: 'ignore' }
		);
	}
	const server = spawnServer( dir, false );
	let exited = false;
	server.on( 'exit', () => {
		exited = true;
	} );
	// Never leave a server behind when the caller exits without stopping it.
	process.once( 'exit', () => exited || server.kill( 'SIGTERM' ) );
	await waitForServer( dir, () => exited );
	return {
		socket,
		query: ( sql ) => query( socket, sql ),
		stop: async () => {
			if ( ! exited ) {
				await new Promise( ( resolve ) => {
					server.once( 'exit', () => resolve() );
					server.kill( 'SIGTERM' );
				} );
			}
			// A server restarted by a test (restartMariaDB) is not this child: stop it by its PID.
			await stopByPidFile( dir );
		},
	};
}

/**
 * Starts mariadbd on the data directory and socket of `dir`.
 *
 * @param {string}  dir      The server's directory (data, socket, PID file, log).
 * @param {boolean} detached Whether it outlives the process that starts it.
 * @return {import('node:child_process').ChildProcess} The server process.
 */
function spawnServer( dir, detached ) {
	const user = process.getuid?.() === 0 ? [ '--user=root' ] : [];
	return spawn(
		findProgram( [ 'mariadbd', 'mysqld' ] ),
		[
			'--no-defaults',
			`--datadir=${ path.join( dir, 'data' ) }`,
			`--socket=${ path.join( dir, 'mariadb.sock' ) }`,
			`--pid-file=${ path.join( dir, 'mariadb.pid' ) }`,
			`--log-error=${ path.join( dir, 'error.log' ) }`,
			'--skip-networking',
			'--innodb-buffer-pool-size=128M',
			'--innodb-flush-log-at-trx-commit=0',
			'--innodb-doublewrite=0',
			'--skip-log-bin',
			'--character-set-server=utf8mb4',
			'--collation-server=utf8mb4_unicode_ci',
			...user,
		],
		{ stdio: 'ignore', detached }
	);
}

/**
 * Waits until the server in `dir` answers on its socket.
 *
 * @param {string}        dir    The server's directory.
 * @param {() => boolean} exited Whether the server process has already exited.
 */
async function waitForServer( dir, exited = () => false ) {
	const socket = path.join( dir, 'mariadb.sock' );
	for ( let waited = 0; ; waited += 100 ) {
		if ( exited() || waited > 30000 ) {
			const log = path.join( dir, 'error.log' );
			throw new Error(
				`MariaDB did not start:\n${ fs.existsSync( log ) ? fs.readFileSync( log, 'utf8' ).slice( -2000 ) : '' }`
			);
		}
		try {
			query( socket, 'SELECT 1;' );
			return;
		} catch {
			await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
		}
	}
}

/**
 * The PID the server in `dir` wrote, when that process is still alive.
 *
 * @param {string} dir The server's directory.
 * @return {number|null} The PID.
 */
function livePid( dir ) {
	const file = path.join( dir, 'mariadb.pid' );
	const pid = fs.existsSync( file )
		? Number( fs.readFileSync( file, 'utf8' ).trim() )
		: 0;
	if ( ! pid ) {
		return null;
	}
	try {
		process.kill( pid, 0 );
		return pid;
	} catch {
		return null;
	}
}

/**
 * Sends `signal` to the server in `dir` and waits until the process is gone.
 *
 * @param {string} dir    The server's directory.
 * @param {string} signal SIGTERM to stop it, SIGKILL to crash it.
 */
async function stopByPidFile( dir, signal = 'SIGTERM' ) {
	const pid = livePid( dir );
	if ( null === pid ) {
		return;
	}
	process.kill( pid, signal );
	for ( let waited = 0; waited < 30000; waited += 50 ) {
		try {
			process.kill( pid, 0 );
		} catch {
			return;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
	}
	throw new Error( `MariaDB (PID ${ pid }) did not stop on ${ signal }.` );
}

/**
 * Crashes the server in `dir` (SIGKILL, as a power cut or the OOM killer would) and waits until
 * it is gone. For the fault tests; the data directory is left as the crash left it.
 *
 * @param {string} dir The server's directory.
 */
function killMariaDB( dir ) {
	return stopByPidFile( dir, 'SIGKILL' );
}

/**
 * Starts the server in `dir` again on the same data directory and socket, detached so it
 * outlives the test process that restarts it (the lane's teardown stops it by its PID), and
 * waits until it answers (after InnoDB's crash recovery).
 *
 * @param {string} dir The server's directory.
 */
async function restartMariaDB( dir ) {
	const server = spawnServer( dir, true );
	let exited = false;
	server.on( 'exit', () => {
		exited = true;
	} );
	server.unref();
	await waitForServer( dir, () => exited );
}

module.exports = {
	startMariaDB,
	killMariaDB,
	restartMariaDB,
	query,
	findProgram,
};
