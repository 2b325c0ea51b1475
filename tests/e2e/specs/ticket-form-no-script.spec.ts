/**
 * External dependencies
 */
import path from 'path';
import { test, expect, type Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { logIn } from '../support/log-in';
import { SUPPORT_PAGE, fillTicketForm } from '../support/ticket-form';

// A visitor's browser with JavaScript switched off: the form is plain HTML posted to its page.
test.use( {
	storageState: { cookies: [], origins: [] },
	javaScriptEnabled: false,
} );

const SHOTS = path.resolve( __dirname, '../../../artifacts/screenshots' );

/**
 * Waits as long as a person takes at least: intake drops posts made within 3 s of the render.
 *
 * @param page Page.
 */
const atHumanPace = ( page: Page ) => page.waitForTimeout( 3500 );

test.describe( 'ticket form without JavaScript', () => {
	test( 'a visitor sees the server’s refusal beside the field with the text kept, fixes it and gets the reference', async ( {
		page,
	} ) => {
		await page.setViewportSize( { width: 390, height: 844 } );
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await fillTicketForm( form, {
			name: 'Nadia Noscript',
			// The browser takes this address; the server does not (no dot in the domain).
			email: 'nadia@localhost',
			subject: 'Images missing',
			problem: 'No image shows on the home page since this morning.',
		} );
		await atHumanPace( page );
		await form.getByRole( 'button', { name: 'Send the request' } ).click();

		const email = form.getByLabel( 'Your email' );
		await expect( email ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( form.locator( '#wp24hd-tf-email-error' ) ).toBeVisible();
		await expect( form.getByRole( 'alert' ) ).toHaveText(
			'The request could not be sent. Please check the highlighted fields.'
		);
		await expect( form.getByLabel( 'Your name' ) ).toHaveValue(
			'Nadia Noscript'
		);
		await expect( form.getByLabel( 'Describe the problem' ) ).toHaveValue(
			'No image shows on the home page since this morning.'
		);
		await expect(
			form.getByLabel( /agree to the processing of my personal data/ )
		).toBeChecked();
		await page.screenshot( {
			path: path.join( SHOTS, 'ticket-form-no-script-error-390.png' ),
			fullPage: true,
		} );

		await email.fill( `nadia-${ Date.now() }@example.test` );
		await form.getByRole( 'button', { name: 'Send the request' } ).click();
		const done = form.getByRole( 'status' );
		await expect( done ).toContainText(
			'Thank you: your request is with our technicians.'
		);
		await expect( done ).toContainText( /Ticket reference: \S+/ );
		await expect(
			done.getByRole( 'link', { name: 'Open your ticket' } )
		).toHaveAttribute(
			'href',
			/wp24hd_ticket=\d+&wp24hd_key=[0-9a-f]{64}/
		);
		await expect( form.locator( 'form' ) ).toBeHidden();
		await page.screenshot( {
			path: path.join( SHOTS, 'ticket-form-no-script-done-390.png' ),
			fullPage: true,
		} );
	} );

	test( 'a signed-in customer sends the form and gets the reference', async ( {
		page,
	} ) => {
		await page.setViewportSize( { width: 1280, height: 900 } );
		await logIn( page, 'basic' );
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await fillTicketForm( form, {
			subject: 'Plugin update advice',
			problem: 'May I update WooCommerce to the new major version?',
		} );
		await page.screenshot( {
			path: path.join( SHOTS, 'ticket-form-no-script-customer-1280.png' ),
			fullPage: true,
		} );
		await atHumanPace( page );
		await form.getByRole( 'button', { name: 'Send the request' } ).click();
		const done = form.getByRole( 'status' );
		await expect( done ).toContainText( /Ticket reference: \S+/ );
		await expect( done ).toContainText( /We will answer (by|within)/ );
		await expect(
			done.getByRole( 'link', { name: 'Open your ticket' } )
		).toHaveAttribute( 'href', /wp24hd_ticket=\d+$/ );
		await page.screenshot( {
			path: path.join( SHOTS, 'ticket-form-no-script-done-1280.png' ),
			fullPage: true,
		} );
	} );
} );
