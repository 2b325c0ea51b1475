/**
 * Stops the MariaDB lane's server and removes its data and the template.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';

export default async function globalTeardown(): Promise< void > {
	const lane = ( globalThis as any ).wp24MariaDB;
	if ( ! lane ) {
		return;
	}
	await lane.server.stop();
	fs.rmSync( lane.dir, { recursive: true, force: true } );
	fs.rmSync( lane.template, { recursive: true, force: true } );
}
