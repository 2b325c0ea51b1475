/**
 * The customer's screens as a customer meets them (issue 20, items 10, 12, 13, 14): the ticket
 * form's terms and confirmation, My tickets and a quote to accept, the plan table — at 1280 and
 * 390 px, in English and Italian, with axe and a screenshot of each screen at each width.
 *
 * Lean on purpose: one pass per language, widths switched by resizing the same page.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import {
	test,
	expect,
	type Browser,
	type Locator,
	type Page,
} from '@playwright/test';

/**
 * Internal dependencies
 */
import { atHumanPace } from '../support/human-pace';
import { logIn } from '../support/log-in';
import { rest } from '../support/rest';

const WIDTHS = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 },
] as const;

/** What each screen says, in both languages (the server's words: the shipped translation). */
const WORDS = {
	en: {
		hours: 'Our hours: Monday–Saturday 09:30–19:30, public holidays excluded.',
		closedOrOpen: /We are (open now|closed now: we answer from)/,
		send: 'Send the request',
		thanks: 'Thank you: your request is with our technicians.',
		answerBy: /We will answer (by|within 24 hours)/,
		openTicket: 'Open your ticket',
		newTicket: 'New ticket',
		newReply: 'New reply',
		urgent: 'Urgent',
		quote: 'Quote',
		opened: 'Opened ',
		lastReplyTeam: 'Last reply: Support team, ',
		waiting: 'Waiting for your reply',
		accept: 'Accept the quote',
		confirm: 'Accept this quote?',
		yes: 'Yes, accept the quote',
		notNow: 'Not now',
		accepted: 'You accepted this quote.',
		allMine: 'All my tickets',
		close: 'My problem is solved: close the ticket',
		decline: 'Decline',
		recommended: 'Recommended',
		vat: 'VAT included',
		perYear: 'per year',
		basicTime: 'First answer within 16 business hours',
		premiumTime: 'First answer within 8 business hours',
		compare: 'What each plan includes',
		included: 'Included',
		notIncluded: 'Not included',
		phoneLine: 'Phone line',
	},
	it: {
		hours: 'I nostri orari: lunedì–sabato 09:30–19:30, festivi esclusi.',
		closedOrOpen: /Ora siamo (aperti\.|chiusi: rispondiamo da)/,
		send: 'Invia la richiesta',
		thanks: 'Grazie: la tua richiesta è in mano ai nostri tecnici.',
		answerBy: /Ti risponderemo entro/,
		openTicket: 'Apri il tuo ticket',
		newTicket: 'Nuovo ticket',
		newReply: 'Nuova risposta',
		urgent: 'Urgente',
		quote: 'Preventivo',
		opened: 'Aperto ',
		lastReplyTeam: 'Ultima risposta: Il team dell’assistenza, ',
		waiting: 'In attesa della tua risposta',
		accept: 'Accetta il preventivo',
		confirm: 'Accetti questo preventivo?',
		yes: 'Sì, accetto il preventivo',
		notNow: 'Non ora',
		accepted: 'Hai accettato questo preventivo.',
		allMine: 'Tutti i miei ticket',
		close: 'Il mio problema è risolto: chiudi il ticket',
		decline: 'Rifiuta',
		recommended: 'Consigliato',
		vat: 'IVA inclusa',
		perYear: 'all’anno',
		basicTime: 'Prima risposta entro 16 ore lavorative',
		premiumTime: 'Prima risposta entro 8 ore lavorative',
		compare: 'Cosa include ogni piano',
		included: 'Incluso',
		notIncluded: 'Non incluso',
		phoneLine: 'Linea telefonica',
	},
} as const;

type Lang = keyof typeof WORDS;

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

/**
 * Nothing in the block is wider than the block, and the page does not scroll sideways.
 *
 * @param block The block.
 */
async function expectNoOverflow( block: Locator ) {
	const outside = await block.evaluate( ( root ) => {
		const box = root.getBoundingClientRect();
		return Array.from( root.querySelectorAll( '*' ) )
			.filter( ( element ) => {
				const rect = element.getBoundingClientRect();
				return (
					rect.width > 0 &&
					( rect.right > box.right + 1 ||
						// The bot trap sits off-screen on purpose (wholly left of the page).
						( rect.left < box.left - 1 && rect.right > 0 ) )
				);
			} )
			.map(
				( element ) =>
					`${ element.tagName }.${ element.className } ${ Math.round(
						element.getBoundingClientRect().right
					) } > ${ Math.round( box.right ) }`
			);
	} );
	expect( outside ).toEqual( [] );
	const page = block.page();
	expect(
		await page.evaluate( () => document.documentElement.scrollWidth )
	).toBeLessThanOrEqual( page.viewportSize()?.width ?? 0 );
}

/**
 * At each width: no overflow, no axe violation, and a full-page screenshot kept with the run.
 *
 * @param block  The block.
 * @param screen Name of the screen for the file.
 * @param lang   Language.
 */
async function atEachWidth( block: Locator, screen: string, lang: Lang ) {
	const page = block.page();
	for ( const size of WIDTHS ) {
		await page.setViewportSize( {
			width: size.width,
			height: size.height,
		} );
		await expectNoOverflow( block );
		await page.screenshot( {
			path: test
				.info()
				.outputPath( `${ screen }-${ size.width }-${ lang }.png` ),
			fullPage: true,
		} );
	}
	// The block's own class: axe looks at the plugin's markup, not the theme's.
	const own = ( ( await block.getAttribute( 'class' ) ) ?? '' ).split(
		' '
	)[ 0 ];
	const axe = await new AxeBuilder( { page } )
		.include( `.${ own }` )
		.analyze();
	expect( axe.violations ).toEqual( [] );
}

/**
 * A page signed in as the Basic demo customer.
 *
 * @param browser Browser.
 */
async function basicCustomer( browser: Browser ): Promise< Page > {
	const context = await browser.newContext( {
		storageState: { cookies: [], origins: [] },
	} );
	const page = await context.newPage();
	await logIn( page, 'basic' );
	return page;
}

// In order: the English pass opens the ticket whose quote the Italian pass accepts.
test.describe.configure( { mode: 'serial' } );

/** The customer's one-shot request with a quote to decide, opened in the English pass. */
let quoteTicket: string | null = null;

for ( const lang of [ 'en', 'it' ] as const ) {
	test( `the customer's screens in ${ lang }: form terms, My tickets, a quote to accept, the plan table`, async ( {
		page: admin,
		browser,
	} ) => {
		const words = WORDS[ lang ];
		// Signed in before the language changes: the helper reads the English login form.
		const customer = await basicCustomer( browser );
		if ( lang === 'it' ) {
			await setSiteLanguage( admin, 'it_IT' );
		}
		try {
			// 12: the form says the terms beside "we are open / closed now".
			const visitor = await browser.newContext( {
				storageState: { cookies: [], origins: [] },
			} );
			const guestPage = await visitor.newPage();
			await guestPage.goto( '/?pagename=support' );
			const guestForm = guestPage.locator(
				'.wp-block-wp24-helpdesk-ticket-form'
			);
			await expect(
				guestForm.getByText( words.closedOrOpen )
			).toBeVisible();
			await expect( guestForm.getByText( words.hours ) ).toBeVisible();
			await atEachWidth( guestForm, 'ticket-form-guest', lang );

			// 14 (and 13): the plan table sells, with each plan's answer time.
			await guestPage.goto( '/?pagename=plans' );
			const plans = guestPage.locator(
				'.wp-block-wp24-helpdesk-plan-table'
			);
			const premium = plans.locator( '.wp24hd-plan--highlight' );
			await expect(
				premium.getByText( words.recommended )
			).toBeVisible();
			await expect( premium ).toContainText( words.premiumTime );
			await expect(
				plans.locator( '.wp24hd-plan' ).first()
			).toContainText( words.basicTime );
			await expect( plans.getByText( words.vat ) ).toHaveCount( 2 );
			await expect( plans.getByText( words.perYear ) ).toHaveCount( 2 );
			const table = plans.getByRole( 'table', { name: words.compare } );
			const phoneRow = table.getByRole( 'row', {
				name: new RegExp( words.phoneLine ),
			} );
			await expect( phoneRow.getByRole( 'cell' ) ).toHaveText( [
				new RegExp( words.notIncluded ),
				new RegExp( `^\\W*${ words.included }$` ),
			] );
			// The buy button is a plain link (no form posted again on reload).
			const buy = plans.locator( '.wp24hd-plan__action a' ).first();
			await expect( buy ).toHaveAttribute( 'href', /.+/ );
			await expect( buy ).toHaveClass( /wp-element-button/ );
			await atEachWidth( plans, 'plan-table', lang );
			await visitor.close();

			// One request for both languages: intake allows ten an hour from one address, and the
			// whole suite posts from 127.0.0.1. The Italian pass decides the English pass's quote.
			if ( lang === 'en' ) {
				// 12: the confirmation comes into view and takes the focus, on a phone.
				await customer.setViewportSize( { width: 390, height: 844 } );
				await customer.goto( '/?pagename=support' );
				const form = customer.locator(
					'.wp-block-wp24-helpdesk-ticket-form'
				);
				await form.locator( '#wp24hd-tf-type-one-shot' ).check();
				await form
					.locator( '#wp24hd-tf-subject' )
					.fill( 'Checkout page redesign' );
				await form
					.locator( '#wp24hd-tf-message' )
					.fill( 'Please quote a new layout for the checkout page.' );
				await form.locator( '#wp24hd-tf-priority' ).check();
				await form.locator( '#wp24hd-tf-consent' ).check();
				await atHumanPace( form );
				await form.getByRole( 'button', { name: words.send } ).click();
				const done = form.getByRole( 'status' );
				await expect( done ).toContainText( words.thanks );
				await expect( done ).toBeFocused();
				await expect( done ).toBeInViewport();
				await customer.screenshot( {
					path: test
						.info()
						.outputPath( `ticket-form-sent-390-${ lang }.png` ),
				} );
				const link =
					( await done
						.getByRole( 'link', { name: words.openTicket } )
						.getAttribute( 'href' ) ) ?? '';
				quoteTicket = new URL( link ).searchParams.get(
					'wp24hd_ticket'
				);

				// 10: the ticket view repeats when the first answer is due.
				await customer.goto( link );
				await expect(
					customer
						.locator( '.wp-block-wp24-helpdesk-my-tickets' )
						.getByText( words.answerBy )
				).toBeVisible();

				// A technician answers with a quote.
				await admin.goto( '/wp-admin/' );
				const validUntil = new Date(
					Date.now() + 14 * 86400_000
				).toISOString();
				const sent = await rest(
					admin,
					`/wp24-helpdesk/v1/tickets/${ quoteTicket }/quote`,
					'POST',
					{
						amount: 180,
						currency: 'EUR',
						conditions: 'Two days of work, one round of changes.',
						valid_until: validUntil,
						send: true,
					}
				);
				expect( sent.status ).toBe( 200 );
			}
			const ticketId = quoteTicket;
			const mine = customer.locator(
				'.wp-block-wp24-helpdesk-my-tickets'
			);

			// 10: the list, with dates, last reply, badges and the New ticket button.
			await customer.setViewportSize( { width: 1280, height: 900 } );
			await customer.goto( '/?pagename=tickets' );
			const list = mine.locator( '.wp24hd-my-tickets__list' );
			await expect( list ).toBeVisible();
			await expect(
				mine.getByRole( 'link', { name: words.newTicket } )
			).toHaveClass( /wp-block-button__link/ );
			// Each row is a real link to its ticket.
			const quoted = list.locator(
				`a[href$="wp24hd_ticket=${ ticketId }"]`
			);
			await expect(
				quoted.locator( '.wp24hd-my-tickets__badge' )
			).toHaveText( [ words.urgent, words.quote ] );
			await expect( quoted ).toContainText( 'Checkout page redesign' );
			await expect( quoted ).toContainText( words.opened );
			// The demo ticket waiting for Basic's answer: the team wrote last, unread.
			const waiting = list
				.getByRole( 'link' )
				.filter( { hasText: words.waiting } )
				.first();
			await expect( waiting ).toContainText( words.lastReplyTeam );
			await expect( waiting ).toContainText( words.newReply );
			await atEachWidth( mine, 'my-tickets-list', lang );

			// 10: accepting asks first, with the amount and the conditions.
			await customer.setViewportSize( { width: 1280, height: 900 } );
			await quoted.click();
			await expect( customer ).toHaveURL(
				new RegExp( `wp24hd_ticket=${ ticketId }` )
			);
			for ( const name of [
				words.allMine,
				words.close,
				words.decline,
			] ) {
				await expect(
					mine.getByRole( 'button', { name } )
				).toHaveClass( /wp-block-button__link wp-element-button/ );
			}
			await mine.getByRole( 'button', { name: words.accept } ).click();
			const confirm = mine.getByRole( 'group', { name: words.confirm } );
			await expect( confirm ).toBeFocused();
			await expect( confirm ).toContainText( /180[.,]00/ );
			await expect( confirm ).toContainText( 'EUR' );
			await expect( confirm ).toContainText(
				'Two days of work, one round of changes.'
			);
			await atEachWidth( mine, 'my-tickets-quote-confirm', lang );
			if ( lang === 'en' ) {
				await confirm
					.getByRole( 'button', { name: words.notNow } )
					.click();
				await expect( confirm ).toBeHidden();
				await expect(
					mine.getByRole( 'button', { name: words.accept } )
				).toBeVisible();
			} else {
				await confirm
					.getByRole( 'button', { name: words.yes } )
					.click();
				await expect( mine.getByText( words.accepted ) ).toBeVisible();
			}
			await customer.context().close();
		} finally {
			if ( lang === 'it' ) {
				await setSiteLanguage( admin, '' );
			}
		}
	} );
}
