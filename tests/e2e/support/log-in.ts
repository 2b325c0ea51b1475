/**
 * External dependencies
 */
import { expect, type Page } from '@playwright/test';

/**
 * Logs in through the login form, like a person (demo logins have the login as password).
 *
 * @param page     Page.
 * @param login    Demo login.
 * @param password Its password, when it is not the login.
 */
export async function logIn( page: Page, login: string, password = login ) {
	await page.context().clearCookies();
	await page.goto( '/wp-login.php' );
	await page.getByLabel( 'Username or Email Address' ).fill( login );
	await page.getByLabel( 'Password', { exact: true } ).fill( password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
}
