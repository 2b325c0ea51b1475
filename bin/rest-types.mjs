#!/usr/bin/env node
/**
 * `npm run rest-types`: writes src/shared/rest/types.generated.ts from src/shared/rest/schemas.json.
 * `npm run rest-types -- --refresh` first rewrites schemas.json from a live WordPress (the REST
 * contract test with WP24_UPDATE_REST_SCHEMAS=1, on the MariaDB lane when WP24_BACKEND says so).
 * `--check` writes nothing and exits 1 when the committed types are not what the schemas give
 * (`--schemas <file>` reads other schemas: the unit test shows the check can fail).
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

import restTypes from './lib/rest-types.cjs';

if ( process.argv.includes( '--refresh' ) ) {
	const run = spawnSync(
		'npx',
		[
			'jest',
			'--config',
			'tests/integration/jest.config.js',
			'tests/integration/rest/schemas.test.ts',
			'-t',
			'OPTIONS',
		],
		{
			stdio: 'inherit',
			env: { ...process.env, WP24_UPDATE_REST_SCHEMAS: '1' },
		}
	);
	if ( run.status !== 0 ) {
		process.exit( run.status ?? 1 );
	}
}

const schemasAt = process.argv.indexOf( '--schemas' );
const schemas =
	schemasAt > 0
		? JSON.parse( fs.readFileSync( process.argv[ schemasAt + 1 ], 'utf8' ) )
		: restTypes.committedSchemas();
const source = await restTypes.generate(
	schemas,
	restTypes.committedRequests()
);
if ( process.argv.includes( '--check' ) ) {
	const current = fs.readFileSync( restTypes.OUTPUT, 'utf8' ) === source;
	process.stdout.write(
		current
			? 'The REST types are current.\n'
			: 'src/shared/rest/types.generated.ts is stale: run npm run rest-types.\n'
	);
	process.exit( current ? 0 : 1 );
}
fs.writeFileSync( restTypes.OUTPUT, source );
process.stdout.write( `Wrote ${ restTypes.OUTPUT }\n` );
