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
	const server = spawn(
		findProgram( [ 'mariadbd', 'mysqld' ] ),
		[
			'--no-defaults',
			`--datadir=${ dataDir }`,
			`--socket=${ socket }`,
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
		{ stdio: 'ignore', detached: false }
	);
	let exited = false;
	server.on( 'exit', () => {
		exited = true;
	} );
	// Never leave a server behind when the caller exits without stopping it.
	process.once( 'exit', () => exited || server.kill( 'SIGTERM' ) );
	for ( let waited = 0; ; waited += 100 ) {
		if ( exited || waited > 30000 ) {
			const log = path.join( dir, 'error.log' );
			throw new Error(
				`MariaDB did not start:\n${ fs.existsSync( log ) ? fs.readFileSync( log, 'utf8' ).slice( -2000 ) : '' }`
			);
		}
		try {
			query( socket, 'SELECT 1;' );
			break;
		} catch {
			await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
		}
	}
	return {
		socket,
		query: ( sql ) => query( socket, sql ),
		stop: () =>
			new Promise( ( resolve ) => {
				if ( exited ) {
					resolve();
					return;
				}
				server.once( 'exit', () => resolve() );
				server.kill( 'SIGTERM' );
			} ),
	};
}

module.exports = { startMariaDB, query, findProgram };
