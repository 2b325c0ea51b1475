/* @jest-environment node */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { matrixTable } from '../../integration/security/permission-matrix';

describe( 'README', () => {
	it( 'prints the permission matrix the integration test walks', () => {
		const readme = fs.readFileSync(
			path.resolve( __dirname, '../../../README.md' ),
			'utf8'
		);
		expect( readme ).toContain( matrixTable() );
	} );
} );
