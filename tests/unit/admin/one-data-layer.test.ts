/**
 * The admin app reads and writes through one store (issue 18): only the store's api modules may
 * import `@wordpress/api-fetch`; a component that calls the REST API by itself fails here.
 */

/**
 * External dependencies
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, sep } from 'path';

const root = join( __dirname, '../../..' );
const admin = join( root, 'src/admin' );

/**
 * The store's REST layer: `store/api.ts` or the files of `store/api/`.
 *
 * @param file Path from the repository root.
 */
const allowed = ( file: string ) =>
	/^src\/admin\/store\/api(\.ts|\/[^/]+\.ts)$/.test( file );

/**
 * Every TypeScript file under a folder, as paths from the repository root.
 *
 * @param dir Folder.
 */
function files( dir: string ): string[] {
	return readdirSync( dir )
		.sort()
		.flatMap( ( name ) => {
			const path = join( dir, name );
			if ( statSync( path ).isDirectory() ) {
				return files( path );
			}
			return /\.tsx?$/.test( name )
				? [ relative( root, path ).split( sep ).join( '/' ) ]
				: [];
		} );
}

const importsApiFetch = ( source: string ) =>
	/(from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]@wordpress\/api-fetch['"]/.test(
		source
	);

describe( 'the admin app has one data layer', () => {
	it( 'walks the whole app and recognises the store api modules', () => {
		const all = files( admin );
		expect( all ).toContain( 'src/admin/index.tsx' );
		expect( all ).toContain( 'src/admin/settings/settings-view.tsx' );
		expect(
			all.filter(
				( file ) =>
					allowed( file ) &&
					importsApiFetch(
						readFileSync( join( root, file ), 'utf8' )
					)
			)
		).toEqual( [
			'src/admin/store/api/customers.ts',
			'src/admin/store/api/entitlements.ts',
			'src/admin/store/api/settings.ts',
			'src/admin/store/api/tickets.ts',
			'src/admin/store/api/users.ts',
		] );
	} );

	it( 'imports @wordpress/api-fetch only in the store api modules', () => {
		const offenders = files( admin ).filter(
			( file ) =>
				! allowed( file ) &&
				importsApiFetch( readFileSync( join( root, file ), 'utf8' ) )
		);
		expect( offenders ).toEqual( [] );
	} );
} );
