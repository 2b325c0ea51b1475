/**
 * External dependencies
 */
import { test, expect } from '@playwright/test';

// Logged out: these tests log in through the form like a person.
test.use( { storageState: { cookies: [], origins: [] } } );

test.describe( 'demo accounts of the dev site', () => {
	for ( const [ login, name ] of [
		[ 'basic', 'Bianca Basic' ],
		[ 'premium', 'Paolo Premium' ],
		[ 'tecnico', 'Tecnico Demo' ],
	] ) {
		test( `${ login } logs in through wp-login.php`, async ( { page } ) => {
			await page.goto( '/wp-login.php' );
			await page.getByLabel( 'Username or Email Address' ).fill( login );
			await page.getByLabel( 'Password', { exact: true } ).fill( login );
			await page.getByRole( 'button', { name: 'Log In' } ).click();
			await expect( page.locator( '#wpadminbar' ) ).toContainText( name );
		} );
	}
} );
