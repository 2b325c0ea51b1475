/**
 * The MariaDB lane's database server, for the fault tests: run SQL on it, crash it, start it again.
 *
 * The server is shared by the whole jest run (global-setup starts it, global-teardown stops it),
 * so a test that crashes it must start it again before it ends; the restarted server is detached
 * and stopped by the teardown through its PID file.
 */

/**
 * External dependencies
 */
import path from 'node:path';

const mariadb = require( '../../../bin/lib/mariadb.cjs' );

/**
 * The lane's server directory (data, socket, PID file, log).
 */
function serverDir(): string {
	const socket = process.env.WP24_MARIADB_SOCKET;
	if ( ! socket ) {
		throw new Error(
			'WP24_MARIADB_SOCKET is not set: not the MariaDB lane.'
		);
	}
	return path.dirname( socket );
}

/**
 * Runs SQL as root on the lane's server; returns what the client printed (tab-separated).
 *
 * @param statements SQL statements.
 */
export function sql( statements: string ): string {
	return mariadb.query( process.env.WP24_MARIADB_SOCKET, statements );
}

/**
 * Crashes the server (SIGKILL) and waits until the process is gone.
 */
export function killDatabaseServer(): Promise< void > {
	return mariadb.killMariaDB( serverDir() );
}

/**
 * Starts the server again on the same data directory and socket, and waits until it answers.
 */
export function restartDatabaseServer(): Promise< void > {
	return mariadb.restartMariaDB( serverDir() );
}
