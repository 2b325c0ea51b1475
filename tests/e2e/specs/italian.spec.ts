/**
 * External dependencies
 */
import { test, expect, type Page } from '@playwright/test';

const i18n = require( '../../../bin/lib/i18n.cjs' );

type Entry = {
	msgid: string;
	msgstr: string[];
	comments: { reference: string[] };
};

/**
 * The ticket form's own strings and their Italian, from the shipped translation.
 */
function formStrings(): Entry[] {
	return (
		i18n.readPo( `${ i18n.ROOT }/languages/wp24-helpdesk-it_IT.po` )
			.entries as Entry[]
	 ).filter( ( entry ) =>
		entry.comments.reference.some( ( reference ) =>
			/Ticket_Form_Renderer|blocks\/ticket-form\//.test( reference )
		)
	);
}

/**
 * The Italian of the strings a page of the technicians' app can show: the app's own and the
 * bundled DataViews copy's (issue 20, item 15).
 */
function adminStrings(): Entry[] {
	return (
		i18n.readPo( `${ i18n.ROOT }/languages/wp24-helpdesk-it_IT.po` )
			.entries as Entry[]
	 ).filter( ( entry ) =>
		entry.comments.reference.some( ( reference ) =>
			/^src\/admin\/|@wordpress\/dataviews\//.test( reference )
		)
	);
}

/**
 * The English strings of `entries` found as whole words in a text (left: translated the same).
 *
 * @param entries Catalogue entries.
 * @param text    What the page shows.
 */
function englishIn( entries: Entry[], text: string ): string[] {
	return (
		entries
			.filter(
				( entry ) =>
					! /[%<]/.test( entry.msgid ) &&
					entry.msgid.length > 3 &&
					entry.msgstr[ 0 ] !== entry.msgid
			)
			.map( ( entry ) => entry.msgid )
			// Whole words only: "Urgent" is inside "Urgente".
			.filter( ( msgid ) =>
				new RegExp(
					`(^|[^\\p{L}])${ msgid.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' ) }($|[^\\p{L}])`,
					'u'
				).test( text )
			)
	);
}

/**
 * Sets the site language the way the owner does, in Settings → General.
 *
 * @param page   Administrator's page.
 * @param locale `it_IT`, or '' for English.
 */
async function setSiteLanguage( page: Page, locale: string ) {
	await page.goto( '/wp-admin/options-general.php' );
	await page.locator( '#WPLANG' ).selectOption( locale );
	await page.locator( '#submit' ).click();
	await expect(
		page.locator( '#setting-error-settings_updated' )
	).toBeVisible();
}

test.describe( 'the agency site in Italian', () => {
	test( 'a visitor sees the ticket form in Italian, without an English string', async ( {
		page,
		browser,
	} ) => {
		await setSiteLanguage( page, 'it_IT' );
		try {
			const visitor = await browser.newContext( {
				storageState: { cookies: [], origins: [] },
			} );
			const form = ( await visitor.newPage() ).locator(
				'.wp-block-wp24-helpdesk-ticket-form'
			);
			await form.page().goto( '/?pagename=support' );
			// The availability sentence is replaced by the live one from REST, in Italian too.
			await expect(
				form.getByText( /Ora siamo (aperti\.|chiusi: rispondiamo da)/ )
			).toBeVisible();
			await expect(
				form.getByRole( 'button', { name: 'Invia la richiesta' } )
			).toBeVisible();
			await expect( form.getByLabel( 'Il tuo nome' ) ).toBeVisible();
			await form.getByLabel( 'Oggetto' ).fill( 'Sito lento' );

			const text = await form.innerText();
			const english = formStrings()
				.filter(
					( entry ) =>
						! /%/.test( entry.msgid ) &&
						entry.msgid.length > 3 &&
						entry.msgstr[ 0 ] !== entry.msgid
				)
				.map( ( entry ) => entry.msgid )
				// Whole words only: "Urgent" is inside "Urgente".
				.filter( ( msgid ) =>
					new RegExp(
						`(^|[^\\p{L}])${ msgid.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' ) }($|[^\\p{L}])`,
						'u'
					).test( text )
				);
			expect( english ).toEqual( [] );
			expect(
				await form.page().locator( 'html' ).getAttribute( 'lang' )
			).toBe( 'it-IT' );
			await visitor.close();
		} finally {
			await setSiteLanguage( page, '' );
		}
	} );

	test( 'a technician works the queue and a ticket in Italian: DataViews’ own strings too, Italian dates', async ( {
		page,
	} ) => {
		test.setTimeout( 240_000 );
		await setSiteLanguage( page, 'it_IT' );
		try {
			await page.setViewportSize( { width: 1280, height: 900 } );
			await page.goto( '/wp-admin/admin.php?page=wp24-helpdesk' );
			const app = page.locator( '#wp24hd-admin-root' );
			const queue = app.locator( '.wp24hd-queue__table' );
			await expect(
				queue.locator( '.wp24hd-queue__subject' ).first()
			).toBeVisible( { timeout: 60_000 } );
			// DataViews' filter bar, count and columns, from the plugin's catalogue.
			await expect(
				queue.getByRole( 'button', { name: 'Aggiungi filtro' } )
			).toBeVisible();
			await expect(
				queue.locator( '.dataviews-filters__reset-button' )
			).toHaveText( 'Reimposta' );
			await expect( queue ).toContainText( /Stato include/ );
			await expect( queue ).toContainText( /\d+ elementi/ );
			await expect( queue.locator( 'thead' ) ).toContainText( 'Azioni' );
			expect(
				englishIn( adminStrings(), await app.innerText() )
			).toEqual( [] );
			await page.screenshot( {
				path: 'artifacts/screenshots/desk-queue-it-1280.png',
			} );

			await queue.locator( '.wp24hd-queue__subject' ).first().click();
			await expect( app.locator( '.wp24hd-thread' ) ).toBeVisible( {
				timeout: 60_000,
			} );
			await expect(
				app.getByRole( 'button', { name: /^Invia/ } ).first()
			).toBeVisible();
			const ticket = await app.innerText();
			// The thread's messages are stored text (earlier tests wrote notes on an English
			// site); the screen around them is what must be Italian.
			const screen = await app.evaluate( ( root ) => {
				const thread =
					root.querySelector< HTMLElement >( '.wp24hd-thread' );
				thread?.style.setProperty( 'display', 'none' );
				const text = ( root as HTMLElement ).innerText;
				thread?.style.removeProperty( 'display' );
				return text;
			} );
			expect( englishIn( adminStrings(), screen ) ).toEqual( [] );
			// Days in Italian order ("lunedì 30 novembre 2026"), never "novembre 30, 2026".
			expect( ticket ).not.toMatch(
				/(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{1,2}, \d{4}/
			);
			await page.setViewportSize( { width: 390, height: 844 } );
			await page.screenshot( {
				path: 'artifacts/screenshots/desk-ticket-it-390.png',
				fullPage: true,
			} );
		} finally {
			await setSiteLanguage( page, '' );
		}
	} );
} );
