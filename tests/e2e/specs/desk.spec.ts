/**
 * The technician's desk as a person uses it (issue 20): a queue that fits the screen at 1280 px
 * and on a 390 px phone, keyboard shortcuts, image thumbnails in the thread, one snackbar at a
 * time away from the reply box, recent customers before any search.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect as baseExpect, type Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { APP, axeViolations } from '../support/admin-app';
import { logIn } from '../support/log-in';
import { pngOfSize } from '../../integration/harness/uploads';

test.use( { storageState: { cookies: [], origins: [] } } );

const expect = baseExpect.configure( { timeout: 60_000 } );

/**
 * How far the page or the queue reaches past the right edge of the window, in pixels.
 *
 * @param page Page.
 */
async function overflow( page: Page ) {
	return page.evaluate( () => {
		const queue = document.querySelector( '.wp24hd-queue__table' );
		const table = queue?.querySelector( 'table, .dataviews-view-list' );
		return {
			page:
				document.documentElement.scrollWidth -
				document.documentElement.clientWidth,
			queue: table && queue ? table.scrollWidth - queue.clientWidth : -1,
		};
	} );
}

test.describe( 'the technician’s desk', () => {
	test.describe.configure( { timeout: 300_000 } );

	test( 'the queue fits 1280 px and a phone, the keyboard works it, the thread shows thumbnails', async ( {
		page,
	} ) => {
		await page.setViewportSize( { width: 1280, height: 900 } );
		await logIn( page, 'tecnico' );
		await page.goto( APP );
		const queue = page.locator( '.wp24hd-queue__table' );
		const subjects = queue.locator( '.wp24hd-queue__subject' );
		await expect( subjects.first() ).toBeVisible();

		// Subject (reference and customer under it), status, priority, SLA clock: all on screen.
		await expect( queue.locator( 'thead th' ) ).toContainText( [
			'Subject',
			'Status',
			'Priority',
			'First response',
		] );
		await expect(
			queue.locator( '.wp24hd-queue__summary' ).first()
		).toHaveText( /^\S+ · .+/ );
		expect( await overflow( page ) ).toEqual( { page: 0, queue: 0 } );
		expect( await axeViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: 'artifacts/screenshots/desk-queue-1280.png',
		} );

		// j/k walk the subjects, Enter opens the ticket.
		await page.locator( 'body' ).press( 'j' );
		await expect( subjects.nth( 0 ) ).toBeFocused();
		await page.keyboard.press( 'j' );
		await expect( subjects.nth( 1 ) ).toBeFocused();
		await page.keyboard.press( 'k' );
		await expect( subjects.nth( 0 ) ).toBeFocused();
		const subject = ( await subjects.nth( 0 ).innerText() ).trim();
		await page.keyboard.press( 'Enter' );
		await expect( page ).toHaveURL( /#\/tickets\/\d+/ );
		await expect(
			page.getByRole( 'heading', { name: subject, level: 2 } )
		).toBeVisible();

		// ? lists the shortcuts; Esc closes the list.
		await page.keyboard.press( '?' );
		const help = page.getByRole( 'dialog', { name: 'Keyboard shortcuts' } );
		await expect( help ).toContainText( 'Reply to the customer' );
		expect(
			(
				await new AxeBuilder( { page } )
					.include( '.wp24hd-shortcuts' )
					.analyze()
			).violations.map( ( violation ) => violation.id )
		).toEqual( [] );
		await page.keyboard.press( 'Escape' );
		await expect( help ).toHaveCount( 0 );

		// n writes a note, r a reply, s picks the status; letters typed in the box stay text.
		const box = page.locator( '.wp24hd-reply textarea' );
		await page.keyboard.press( 'n' );
		await expect( box ).toBeFocused();
		await expect(
			page.getByRole( 'radio', { name: 'Internal note' } )
		).toBeChecked();
		await page.keyboard.type( 'screens and notes' );
		await expect( box ).toHaveValue( 'screens and notes' );
		await expect(
			page.getByRole( 'radio', { name: 'Internal note' } )
		).toBeChecked();

		// An image and a log file attached to the note: a thumbnail for one, kind and size for the other.
		await page
			.locator( '.wp24hd-reply input[type="file"]' )
			.setInputFiles( [
				{
					name: 'home page.png',
					mimeType: 'image/png',
					buffer: pngOfSize( 800, 600 ),
				},
				{
					name: 'debug.log',
					mimeType: 'text/plain',
					buffer: Buffer.from( 'PHP Warning: header.php' ),
				},
			] );
		await page.getByRole( 'button', { name: 'Add note' } ).click();
		const files = page.locator( '.wp24hd-message__files' ).last();
		const thumb = files.locator( 'img.wp24hd-file__thumb' );
		await expect( thumb ).toHaveCount( 1 );
		await expect
			.poll( () =>
				thumb.evaluate( ( img: HTMLImageElement ) => img.naturalWidth )
			)
			.toBe( 320 );
		await expect( files ).toContainText(
			/home-page\.png\s*Image, [\d.]+ (byte|kB)/
		);
		await expect( files ).toContainText(
			/debug\.log\s*Text file, 23 byte/
		);

		// One snackbar at a time, and not over the reply box.
		await box.fill( 'second note' );
		await page.getByRole( 'button', { name: 'Add note' } ).click();
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'second note'
		);
		const snackbars = page.locator(
			'.wp24hd-snackbars .components-snackbar'
		);
		await expect( snackbars ).toHaveCount( 1 );
		const [ snack, reply ] = await Promise.all( [
			snackbars.first().boundingBox(),
			page.locator( '.wp24hd-reply' ).boundingBox(),
		] );
		expect(
			snack!.y + snack!.height <= reply!.y ||
				snack!.y >= reply!.y + reply!.height
		).toBe( true );

		// Focus is on the button just pressed: r goes to the box as a reply.
		await page.keyboard.press( 'r' );
		await expect( box ).toBeFocused();
		await expect(
			page.getByRole( 'radio', { name: 'Reply to the customer' } )
		).toBeChecked();
		await page.locator( 'body' ).click( { position: { x: 5, y: 300 } } );
		await page.keyboard.press( 's' );
		await expect(
			page.getByRole( 'combobox', { name: 'Status' } )
		).toBeFocused();
		expect( await axeViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: 'artifacts/screenshots/desk-thread-thumbnails-1280.png',
			fullPage: true,
		} );

		// Esc: back to the queue.
		await page.locator( 'body' ).click( { position: { x: 5, y: 300 } } );
		await page.keyboard.press( 'Escape' );
		await expect( subjects.first() ).toBeVisible();

		// A phone: the list layout, nothing past the edge, the saved views one row above it.
		await page.setViewportSize( { width: 390, height: 844 } );
		await expect( page.locator( '.dataviews-view-list' ) ).toBeVisible();
		await expect( subjects.first() ).toBeVisible();
		expect( ( await overflow( page ) ).page ).toBe( 0 );
		const views = await page
			.getByRole( 'navigation', { name: 'Saved views' } )
			.boundingBox();
		expect( views!.height ).toBeLessThan( 60 );
		expect( await axeViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: 'artifacts/screenshots/desk-queue-390.png',
			fullPage: true,
		} );

		// Tapping a row opens its ticket.
		await page.locator( '.dataviews-view-list__item' ).first().click();
		await expect( page ).toHaveURL( /#\/tickets\/\d+/ );

		// Customers: the recent ones before any search (the seeded tickets' customers).
		await page.goto( `${ APP }#/customers` );
		await expect(
			page.getByRole( 'heading', { name: 'Recent customers' } )
		).toBeVisible();
		await expect(
			page.locator( '.wp24hd-customers__results li' ).first()
		).toBeVisible();
		expect( await axeViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: 'artifacts/screenshots/desk-customers-390.png',
		} );
	} );
} );
