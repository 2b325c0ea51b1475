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
} );
