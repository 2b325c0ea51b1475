/**
 * External dependencies
 */
import { test, expect } from '@playwright/test';

test.use( { storageState: { cookies: [], origins: [] } } );

/**
 * Signs in through wp-login.php as a person does.
 *
 * @param page  Page.
 * @param login Demo login (also its password).
 */
async function signIn(
	page: import( '@playwright/test' ).Page,
	login: string
) {
	await page.goto( '/wp-login.php' );
	await page.getByLabel( 'Username or Email Address' ).fill( login );
	await page.getByLabel( 'Password', { exact: true } ).fill( login );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
}

test.describe( 'after signing in', () => {
	test( 'a customer lands on My tickets, on a phone', async ( { page } ) => {
		await page.setViewportSize( { width: 390, height: 844 } );
		await signIn( page, 'basic' );
		await expect( page ).toHaveURL(
			/pagename=tickets|\/tickets\/|page_id=/
		);
		await expect(
			page.locator( '.wp-block-wp24-helpdesk-my-tickets' )
		).toBeVisible();
		await page.screenshot( {
			path: 'artifacts/screenshots/sign-in-customer-390.png',
		} );
	} );

	test( 'a technician lands on the Helpdesk screen', async ( { page } ) => {
		await page.setViewportSize( { width: 1280, height: 800 } );
		await signIn( page, 'tecnico' );
		await expect( page ).toHaveURL(
			/wp-admin\/admin\.php\?page=wp24-helpdesk/
		);
		await expect(
			page.getByRole( 'heading', { name: 'Helpdesk', level: 1 } )
		).toBeVisible();
		await page.screenshot( {
			path: 'artifacts/screenshots/sign-in-technician-1280.png',
		} );
	} );
} );
