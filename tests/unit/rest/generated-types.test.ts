/* @jest-environment node */

/**
 * External dependencies
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve( __dirname, '../../..' );

/**
 * Runs the generator's check (in its own process: prettier loads as an ES module).
 *
 * @param args More arguments.
 */
function check( args: string[] = [] ) {
	return spawnSync(
		process.execPath,
		[ 'bin/rest-types.mjs', '--check', ...args ],
		{ cwd: ROOT, encoding: 'utf8' }
	);
}

describe( 'the generated REST types', () => {
	it( 'are what the committed schemas give', () => {
		const run = check();
		expect( run.stdout.trim() ).toBe( 'The REST types are current.' );
		expect( run.status ).toBe( 0 );
	} );

	it( 'are reported stale when a schema gains a field', () => {
		const schemas = JSON.parse(
			fs.readFileSync(
				path.join( ROOT, 'src/shared/rest/schemas.json' ),
				'utf8'
			)
		);
		schemas[ 'wp24hd-ticket' ].properties.unread = {
			type: 'boolean',
			context: [ 'view', 'edit', 'embed' ],
		};
		const file = path.join(
			fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-types-' ) ),
			'schemas.json'
		);
		fs.writeFileSync( file, JSON.stringify( schemas ) );
		const run = check( [ '--schemas', file ] );
		expect( run.stdout.trim() ).toBe(
			'src/shared/rest/types.generated.ts is stale: run npm run rest-types.'
		);
		expect( run.status ).toBe( 1 );
	} );

	it( 'name a resource nested in the shape customers read it, instead of spelling it out', () => {
		const types = fs.readFileSync(
			path.join( ROOT, 'src/shared/rest/types.generated.ts' ),
			'utf8'
		);
		const me = types.slice(
			types.indexOf( 'export interface Me {' ),
			types.indexOf( '\n}\n', types.indexOf( 'export interface Me {' ) )
		);
		expect( me ).toContain( 'entitlement: EntitlementForCustomer | null;' );
	} );
} );
