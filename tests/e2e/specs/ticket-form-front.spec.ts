/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';

/**
 * Internal dependencies
 */
import { atHumanPace } from '../support/human-pace';
import { logIn } from '../support/log-in';
import { mailTo } from '../support/mail';
import { SUPPORT_PAGE, fillTicketForm } from '../support/ticket-form';

// Customers and visitors, not the administrator of the other specs.
test.use( { storageState: { cookies: [], origins: [] } } );

test.describe( 'ticket form on the agency site', () => {
	test( 'a visitor asks for a one-shot quote and opens the ticket with the key from the email', async ( {
		page,
	} ) => {
		const email = `visitor-${ Date.now() }@example.test`;
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await expect(
			form.getByText( /We are (open now|closed now: we answer from)/ )
		).toBeVisible();
		await expect( form.getByText( 'Premium line' ) ).toHaveCount( 0 );

		await fillTicketForm( form, {
			name: 'Vera Visitatrice',
			email,
			subject: 'New contact page',
			problem: 'I would like a quote for a new contact page with a map.',
		} );
		await atHumanPace( form );
		await form.getByRole( 'button', { name: 'Send the request' } ).click();

		const done = form.getByRole( 'status' );
		await expect( done ).toContainText( 'Thank you' );
		await expect( done ).toContainText( /WP24-[0-9A-Z]{8}/ );
		await expect( done ).toContainText(
			/We will answer (by|within 24 hours)/
		);
		await expect( done ).toContainText( 'We emailed you a link' );
		const reference =
			( await done.locator( 'strong' ).nth( 1 ).textContent() ) ?? '';

		await expect
			.poll( () => mailTo( email )?.subject )
			.toContain( reference );
		const link = /href="([^"]*wp24hd_key=[^"]+)"/.exec(
			mailTo( email )?.html ?? ''
		)?.[ 1 ];
		expect( link ).toBeDefined();
		const url = new URL( ( link as string ).replace( /&#038;/g, '&' ) );

		// The link opens the ticket on the My tickets page, where the guest can answer.
		await page.goto( url.pathname + url.search );
		const mine = page.locator( '.wp-block-wp24-helpdesk-my-tickets' );
		await expect(
			mine.getByRole( 'heading', { name: 'New contact page' } )
		).toBeVisible();
		await expect( mine ).toContainText( reference );
		await expect( mine ).toContainText(
			'I would like a quote for a new contact page with a map.'
		);
		await mine
			.getByLabel( 'Your reply' )
			.fill( 'The map should show our two shops.' );
		await mine.getByRole( 'button', { name: 'Send reply' } ).click();
		await expect(
			mine.locator( '.wp24hd-my-tickets__thread' )
		).toContainText( 'The map should show our two shops.' );

		const ticket = await page.request.get(
			`/?rest_route=/wp24-helpdesk/v1/tickets/${ url.searchParams.get(
				'wp24hd_ticket'
			) }`,
			{
				headers: {
					'X-WP24-Ticket-Key':
						url.searchParams.get( 'wp24hd_key' ) ?? '',
				},
			}
		);
		expect( ticket.status() ).toBe( 200 );
		expect( ( await ticket.json() ).reference ).toBe( reference );
	} );

	test( 'a script that fills the hidden trap field is thanked, and gets no ticket, link or reference', async ( {
		page,
	} ) => {
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await fillTicketForm( form, {
			name: 'Bot',
			email: 'bot@example.test',
			subject: 'Cheap pills',
			problem: 'Visit our shop for cheap pills.',
		} );
		// What form-filling scripts do: every field, the one people never see included.
		await form
			.locator( 'input[name="wp24hd_website"]' )
			.evaluate(
				( el: HTMLInputElement ) => ( el.value = 'https://pills.test' )
			);
		await atHumanPace( form );
		const answer = page.waitForResponse(
			( response ) =>
				response.url().includes( 'wp24-helpdesk/v1/tickets' ) &&
				response.request().method() === 'POST'
		);
		await form.getByRole( 'button', { name: 'Send the request' } ).click();
		expect( ( await answer ).status() ).toBe( 202 );

		const done = form.getByRole( 'status' );
		await expect( done ).toContainText( 'Thank you' );
		await expect( done.getByText( 'Ticket reference' ) ).toBeHidden();
		await expect( done.getByRole( 'link' ) ).toBeHidden();
	} );

	test( 'a visitor fills and sends the form with the keyboard alone', async ( {
		page,
	} ) => {
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await form.getByLabel( 'Your name' ).focus();
		await page.keyboard.type( 'Kim Keyboard' );
		await page.keyboard.press( 'Tab' );
		await expect( form.getByLabel( 'Your email' ) ).toBeFocused();
		await page.keyboard.type( `kim-${ Date.now() }@example.test` );
		await page.keyboard.press( 'Tab' );
		await expect( form.getByLabel( 'Subject' ) ).toBeFocused();
		await page.keyboard.type( 'Keyboard only' );
		await page.keyboard.press( 'Tab' );
		await page.keyboard.type(
			'Everything here was typed without a mouse.'
		);
		// Site address, attachments, urgent: skipped with Tab.
		await page.keyboard.press( 'Tab' );
		await page.keyboard.press( 'Tab' );
		await page.keyboard.press( 'Tab' );
		await expect( form.getByLabel( 'Urgent' ) ).toBeFocused();
		await page.keyboard.press( 'Tab' );
		await expect(
			form.getByLabel( /agree to the processing of my personal data/ )
		).toBeFocused();
		await page.keyboard.press( 'Space' );
		const send = form.getByRole( 'button', { name: 'Send the request' } );
		// The privacy policy link, when the site has one, comes before the button.
		for (
			let i = 0;
			i < 3 &&
			! ( await send.evaluate(
				( el ) => el === el.ownerDocument.activeElement
			) );
			i++
		) {
			await page.keyboard.press( 'Tab' );
		}
		await expect( send ).toBeFocused();
		await atHumanPace( form );
		await page.keyboard.press( 'Enter' );
		await expect( form.getByRole( 'status' ) ).toContainText(
			/WP24-[0-9A-Z]{8}/
		);
	} );

	test( 'a wrong email address is reported next to the field and announced', async ( {
		page,
	} ) => {
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await fillTicketForm( form, {
			name: 'Ugo',
			// Valid for the browser, not for WordPress (no dot in the domain).
			email: 'ugo@localhost',
			subject: 'Broken form',
			problem: 'The contact form does not send anything.',
		} );
		await atHumanPace( form );
		await form.getByRole( 'button', { name: 'Send the request' } ).click();

		const emailField = form.getByLabel( 'Your email' );
		await expect( emailField ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( emailField ).toBeFocused();
		await expect( form.locator( '#wp24hd-tf-email-error' ) ).toHaveText(
			'enter a valid email address, so we can answer you.'
		);
		await expect( form.getByRole( 'alert' ) ).toContainText(
			'check the highlighted fields'
		);
	} );

	test( 'a Basic customer opens a support ticket under the plan and sees when we will answer; no phone line', async ( {
		page,
	} ) => {
		await logIn( page, 'basic' );
		await page.goto( SUPPORT_PAGE );
		const form = page.locator( '.wp-block-wp24-helpdesk-ticket-form' );
		await expect( form.getByText( 'Premium line' ) ).toHaveCount( 0 );
		await form.getByLabel( 'Support under my plan' ).check();
		await fillTicketForm( form, {
			subject: 'Backup failed last night',
			problem: 'The nightly backup report shows an error since Monday.',
		} );
		await atHumanPace( form );
		await form.getByRole( 'button', { name: 'Send the request' } ).click();
		const done = form.getByRole( 'status' );
		await expect( done ).toContainText( /WP24-[0-9A-Z]{8}/ );
		await expect( done ).toContainText( /We will answer by \w+/ );
		await expect( done.getByText( 'We emailed you a link' ) ).toBeHidden();
		const reference =
			( await done.locator( 'strong' ).nth( 1 ).textContent() ) ?? '';

		// My tickets lists it; the customer opens it and replies.
		await page.goto( '/?pagename=tickets' );
		const mine = page.locator( '.wp-block-wp24-helpdesk-my-tickets' );
		await mine
			.getByRole( 'link', { name: new RegExp( reference ) } )
			.click();
		await expect(
			mine.getByRole( 'heading', { name: 'Backup failed last night' } )
		).toBeVisible();
		await expect( page ).toHaveURL( /wp24hd_ticket=\d+/ );
		await mine
			.getByLabel( 'Your reply' )
			.fill( 'It failed again tonight.' );
		await mine.getByRole( 'button', { name: 'Send reply' } ).click();
		await expect(
			mine.locator( '.wp24hd-my-tickets__thread' )
		).toContainText( 'It failed again tonight.' );
		// The link survives a reload.
		await page.reload();
		await expect(
			mine.getByRole( 'heading', { name: 'Backup failed last night' } )
		).toBeVisible();
	} );

	test( 'a wrong or mistyped guest link says so instead of showing an empty page', async ( {
		page,
	} ) => {
		await page.goto(
			`/?pagename=tickets&wp24hd_ticket=1&wp24hd_key=${ 'ab'.repeat( 32 ) }`
		);
		await expect(
			page.getByText( 'This link does not open a ticket any more' )
		).toBeVisible();
	} );

	test( 'a Premium customer sees the phone line', async ( { page } ) => {
		await logIn( page, 'premium' );
		await page.goto( SUPPORT_PAGE );
		await expect(
			page
				.locator( '.wp-block-wp24-helpdesk-ticket-form' )
				.getByRole( 'link', { name: /Premium line: \+39/ } )
		).toBeVisible();
	} );

	test( 'the three blocks’ pages have no accessibility violations', async ( {
		page,
	} ) => {
		await page.goto( SUPPORT_PAGE );
		const visitor = await new AxeBuilder( { page } )
			.include( '.wp-block-wp24-helpdesk-ticket-form' )
			.analyze();
		expect( visitor.violations ).toEqual( [] );

		await logIn( page, 'premium' );
		await page.goto( SUPPORT_PAGE );
		const customer = await new AxeBuilder( { page } )
			.include( '.wp-block-wp24-helpdesk-ticket-form' )
			.analyze();
		expect( customer.violations ).toEqual( [] );

		await page.goto( '/?pagename=tickets' );
		await expect( page.getByText( 'Loading your tickets' ) ).toBeHidden();
		const tickets = await new AxeBuilder( { page } )
			.include( '.wp-block-wp24-helpdesk-my-tickets' )
			.analyze();
		expect( tickets.violations ).toEqual( [] );

		await page.goto( '/?pagename=plans' );
		const plans = await new AxeBuilder( { page } )
			.include( '.wp-block-wp24-helpdesk-plan-table' )
			.analyze();
		expect( plans.violations ).toEqual( [] );
	} );
} );
