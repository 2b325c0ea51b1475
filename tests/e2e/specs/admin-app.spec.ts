/**
 * The technicians' workspace in a real browser: queue, ticket, quote, renewals, settings, access.
 */

/**
 * External dependencies
 */
import { test, expect as baseExpect } from '@playwright/test';

/**
 * Internal dependencies
 */
import { APP, axeViolations } from '../support/admin-app';
import { logIn } from '../support/log-in';
import { rest } from '../support/rest';

test.use( { storageState: { cookies: [], origins: [] } } );

// The dev site answers one request at a time (about 1.5 s each here); the queue's first paint waits on three.
const expect = baseExpect.configure( { timeout: 60_000 } );

test.describe( 'Helpdesk admin app', () => {
	// Whole working sessions of a technician: many requests to a site that answers one at a time.
	test.describe.configure( { timeout: 300_000 } );

	test( 'a technician filters to urgent, answers, waits for the customer and sends a quote', async ( {
		page,
	} ) => {
		await logIn( page, 'tecnico' );
		// The queue's first page and figures come with the page (REST preloading): no round trip.
		const firstReads: string[] = [];
		const watch = ( request: { url: () => string } ) => {
			const url = decodeURIComponent( request.url() );
			if ( /wp24-helpdesk\/v1\/(tickets\?|dashboard)/.test( url ) ) {
				firstReads.push( url );
			}
		};
		page.on( 'request', watch );
		await page.goto( APP );
		await expect(
			page.getByRole( 'heading', { name: 'Helpdesk', level: 1 } )
		).toBeVisible();
		await expect( page.locator( '.wp24hd-figures' ) ).toContainText(
			'Urgent'
		);
		const table = page.locator( '.wp24hd-queue__table' );
		await expect(
			table.getByRole( 'link', { name: /modulo contatti/ } )
		).toBeVisible();
		page.off( 'request', watch );
		expect( firstReads ).toEqual( [] );
		expect( await axeViolations( page ) ).toEqual( [] );

		// The saved view filters on the server and its link survives reload.
		await page
			.getByRole( 'navigation', { name: 'Saved views' } )
			.getByRole( 'link', { name: 'Urgent' } )
			.click();
		await expect( page ).toHaveURL( /priority=urgent/ );
		await expect(
			table.getByRole( 'link', { name: /non si apre/ } )
		).toBeVisible();
		await expect(
			table.getByRole( 'link', { name: /modulo contatti/ } )
		).toHaveCount( 0 );
		await page.reload();
		await expect(
			table.getByRole( 'link', { name: /non si apre/ } )
		).toBeVisible();
		await expect(
			table.getByRole( 'link', { name: /modulo contatti/ } )
		).toHaveCount( 0 );

		// The ticket: thread, reply, then waiting for the customer.
		await table.getByRole( 'link', { name: /non si apre/ } ).click();
		await expect( page ).toHaveURL( /#\/tickets\/\d+/ );
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'pagina bianca'
		);
		expect( await axeViolations( page ) ).toEqual( [] );
		await page
			.getByRole( 'textbox', { name: 'Reply', exact: true } )
			.fill( 'Stiamo ripristinando il backup di ieri sera.' );
		// A new ticket's first answer waits for the customer unless the technician says otherwise.
		await page
			.getByRole( 'button', { name: 'Send and wait for the customer' } )
			.click();
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'ripristinando il backup'
		);
		await expect(
			page.getByRole( 'status' ).filter( { hasText: 'Reply sent.' } )
		).toContainText(
			'Reply sent. The ticket is now: Waiting for the customer.'
		);
		const status = page.getByRole( 'combobox', { name: 'Status' } );
		if ( ( await status.inputValue() ) !== 'waiting_customer' ) {
			await status.selectOption( 'waiting_customer' );
		}
		await expect( status ).toHaveValue( 'waiting_customer' );
		await expect( page.locator( '.wp24hd-ticket__header' ) ).toContainText(
			'Closes automatically on'
		);
		await page.reload();
		await expect(
			page.getByRole( 'combobox', { name: 'Status' } )
		).toHaveValue( 'waiting_customer' );

		// The guest's one-shot request gets a quote.
		await page.goto( `${ APP }#/?search=migrazione&status=all` );
		await table.getByRole( 'link', { name: /migrazione/ } ).click();
		await page
			.getByRole( 'spinbutton', { name: 'Amount (EUR)' } )
			.fill( '250' );
		await page
			.getByRole( 'textbox', { name: 'Conditions' } )
			.fill( 'Migrazione completa entro 5 giorni lavorativi.' );
		await page.getByRole( 'button', { name: 'Send quote' } ).click();
		await expect( page.locator( '.wp24hd-panel' ).last() ).toContainText(
			'Sent, waiting for the customer'
		);
		await expect(
			page.getByRole( 'combobox', { name: 'Status' } )
		).toHaveValue( 'quote_sent' );
		// One money format and one date format on the screen: the panel writes them as the thread does.
		await expect( page.locator( '.wp24hd-panel' ).last() ).toContainText(
			'250.00 EUR'
		);
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'Quote sent: 250.00 EUR, valid until'
		);
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'Status changed from New to Quote sent.'
		);
		await page.screenshot( {
			path: 'artifacts/screenshots/ticket-words-1280.png',
			fullPage: true,
		} );
		await page.setViewportSize( { width: 390, height: 844 } );
		await page.screenshot( {
			path: 'artifacts/screenshots/ticket-words-390.png',
			fullPage: true,
		} );
	} );

	test( 'a technician sends a reply and keeps the ticket open, then goes on to the next ticket with the keyboard', async ( {
		page,
	} ) => {
		await logIn( page, 'tecnico' );
		// Oldest first, so the technical opinion (opened third) has a ticket after it.
		await page.goto( `${ APP }#/?status=all&sort=created:asc` );
		const table = page.locator( '.wp24hd-queue__table' );
		await table.getByRole( 'link', { name: /Parere prima/ } ).click();
		await expect( page ).toHaveURL( /#\/tickets\/\d+/ );
		const opened = page.url();
		const status = page.getByRole( 'combobox', { name: 'Status' } );
		await expect( status ).toHaveValue( 'new' );

		await page
			.getByRole( 'textbox', { name: 'Reply', exact: true } )
			.fill( 'Ci stiamo lavorando: aggiornamento entro un’ora.' );
		await page
			.getByRole( 'button', { name: 'Other ways to send' } )
			.click();
		await expect(
			page
				.locator( '.components-dropdown-menu__menu' )
				.getByRole( 'menuitem' )
		).toHaveText( [ 'Send and keep open', 'Send and close' ] );
		await page.screenshot( {
			path: 'artifacts/screenshots/reply-send-menu-1280.png',
		} );
		await page
			.getByRole( 'menuitem', { name: 'Send and keep open' } )
			.click();

		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'aggiornamento entro un’ora'
		);
		await expect( status ).toHaveValue( 'open' );
		await expect(
			page.getByRole( 'status' ).filter( { hasText: 'Reply sent.' } )
		).toHaveText( 'Reply sent. The ticket is now: Open. Next ticket →' );
		// Kept open: the button now keeps it open by default, and no auto-close date is shown.
		await expect(
			page.getByRole( 'button', { name: 'Send and keep open' } )
		).toBeVisible();
		await expect(
			page.locator( '.wp24hd-ticket__header' )
		).not.toContainText( 'Closes automatically on' );
		const next = page.getByRole( 'link', { name: 'Next ticket →' } );
		await expect( next ).toBeFocused();
		await page.screenshot( {
			path: 'artifacts/screenshots/reply-sent-next-1280.png',
		} );
		await page.setViewportSize( { width: 390, height: 844 } );
		await page.screenshot( {
			path: 'artifacts/screenshots/reply-sent-next-390.png',
			fullPage: true,
		} );
		await page.keyboard.press( 'Enter' );
		await expect( page ).toHaveURL( /#\/tickets\/\d+/ );
		expect( page.url() ).not.toBe( opened );
	} );

	test( 'a half-written reply survives a reload and a look at the queue, and leaving asks first', async ( {
		page,
	} ) => {
		await logIn( page, 'tecnico' );
		await page.goto( `${ APP }#/?status=all&sort=created:asc` );
		const table = page.locator( '.wp24hd-queue__table' );
		await table.getByRole( 'link', { name: /modulo contatti/ } ).click();
		await expect( page ).toHaveURL( /#\/tickets\/\d+/ );
		const ticketUrl = page.url();
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'non arrivano più'
		);
		const reply = page.getByRole( 'textbox', {
			name: 'Reply',
			exact: true,
		} );
		await reply.fill( 'Abbiamo controllato il server di posta e' );

		// Leaving with unsent text asks first; the text is back after the reload.
		const dialogs: string[] = [];
		page.on( 'dialog', ( dialog ) => {
			dialogs.push( dialog.type() );
			void dialog.accept();
		} );
		await page.reload();
		expect( dialogs ).toEqual( [ 'beforeunload' ] );
		await expect( reply ).toHaveValue(
			'Abbiamo controllato il server di posta e'
		);

		// To the queue and back: still there.
		await page.getByRole( 'link', { name: '← Back to the queue' } ).click();
		await expect( table ).toBeVisible();
		await page.goto( ticketUrl );
		await expect( reply ).toHaveValue(
			'Abbiamo controllato il server di posta e'
		);
		await page.screenshot( {
			path: 'artifacts/screenshots/reply-draft-restored-1280.png',
		} );

		// Sent: the draft is gone and leaving asks nothing.
		await reply.fill(
			'Abbiamo controllato il server di posta e ora funziona.'
		);
		await page
			.getByRole( 'button', { name: 'Send and wait for the customer' } )
			.click();
		await expect( page.locator( '.wp24hd-thread' ) ).toContainText(
			'ora funziona'
		);
		await expect( reply ).toHaveValue( '' );
		await page.reload();
		await expect( reply ).toHaveValue( '' );
		expect( dialogs ).toEqual( [ 'beforeunload' ] );
	} );

	test( 'a technician records a renewal contact', async ( { page } ) => {
		await logIn( page, 'tecnico' );
		await page.goto( APP );
		// A customer whose plan ends in 20 days, granted by hand as the agency would.
		const plans = await rest( page, '/wp24-helpdesk/v1/plans' );
		const premium = (
			plans.body as Array< { id: number; name: string } >
		 ).find( ( plan ) => /Premium/.test( plan.name ) );
		const customers = await rest( page, '/wp24-helpdesk/v1/entitlements' );
		const basicHolder = (
			customers.body as Array< {
				user_id: number;
				customer_name: string;
			} >
		 ).find( ( row ) => row.customer_name === 'Bianca Basic' );
		const granted = await rest(
			page,
			'/wp24-helpdesk/v1/entitlements',
			'POST',
			{
				user_id: basicHolder?.user_id,
				plan_id: premium?.id,
				duration_days: 20,
				reason: 'e2e: renewal due soon',
			}
		);
		expect( granted.status ).toBe( 201 );

		await page.getByRole( 'link', { name: 'Renewals' } ).click();
		const row = page.getByRole( 'row', { name: /Bianca Basic/ } );
		await expect( row ).toBeVisible();
		await row
			.getByRole( 'combobox', { name: 'Outcome' } )
			.selectOption( 'call_back' );
		await row
			.getByRole( 'textbox', { name: 'Note' } )
			.fill( 'Richiamare lunedì.' );
		await row.getByRole( 'button', { name: 'Record contact' } ).click();
		await expect( row ).toContainText( 'Call back — Richiamare lunedì.' );
		await page.reload();
		await expect(
			page.getByRole( 'row', { name: /Bianca Basic/ } )
		).toContainText( 'Richiamare lunedì.' );

		// The same customer on the Customers screen: plan history, and an extension with its reason.
		await page.getByRole( 'link', { name: 'Customers' } ).click();
		await page
			.getByRole( 'searchbox', { name: 'Find a customer' } )
			.fill( 'Bianca' );
		await page
			.getByRole( 'button', { name: 'Search', exact: true } )
			.click();
		await page.getByRole( 'link', { name: 'Bianca Basic' } ).click();
		// The demo Basic plan is a staff grant too: pick the one granted above by its reason.
		const holding = page
			.locator( '.wp24hd-customer .wp24hd-panel' )
			.filter( { hasText: 'e2e: renewal due soon' } );
		await holding
			.getByRole( 'textbox', { name: 'Reason' } )
			.fill( 'Rinnovo pagato con bonifico' );
		await holding.getByRole( 'button', { name: 'Extend' } ).click();
		await expect( holding ).toContainText(
			'Extended by staff — Rinnovo pagato con bonifico'
		);
	} );

	test( 'an administrator changes a setting, sees errors in place and the change applied', async ( {
		page,
	} ) => {
		await logIn( page, 'admin', 'password' );
		await page.goto( `${ APP }#/settings` );
		const days = page.getByRole( 'spinbutton', {
			name: 'Days before a waiting ticket closes automatically',
		} );
		await days.fill( '0' );
		await page.getByRole( 'button', { name: 'Save settings' } ).click();
		// Beside the field, in words: its label and what to enter, never the key or "(inclusive)".
		await expect( page.locator( '.wp24hd-field-error' ) ).toHaveText(
			'Days before a waiting ticket closes automatically: enter a whole number from 1 to 60.'
		);
		await page.screenshot( {
			path: 'artifacts/screenshots/settings-error-1280.png',
		} );

		await days.fill( '3' );
		await page.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'Settings saved.',
			} )
		).toBeVisible();
		await page.reload();
		await expect( days ).toHaveValue( '3' );
		const saved = await rest( page, '/wp24-helpdesk/v1/settings' );
		expect( saved.body.auto_close_days ).toBe( 3 );

		// Applied: the waiting ticket now closes three days after it started waiting.
		await page.goto( `${ APP }#/?status=waiting_customer` );
		await page
			.locator( '.wp24hd-queue__table' )
			.getByRole( 'link', { name: /modulo contatti/ } )
			.click();
		const label = await page
			.locator( '.wp24hd-ticket__header' )
			.innerText();
		const ticketId = Number( /tickets\/(\d+)/.exec( page.url() )?.[ 1 ] );
		const ticket = await rest(
			page,
			`/wp24-helpdesk/v1/tickets/${ ticketId }`
		);
		expect( label ).toContain( ticket.body.auto_close_label );
		const messages = await rest(
			page,
			`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
		);
		const waitingSince = new Date(
			(
				messages.body as Array< {
					author_role: string;
					created_at: string;
				} >
			 )
				.filter( ( message ) => message.author_role === 'technician' )
				.pop()?.created_at ?? ''
		);
		const expected = new Date( waitingSince.getTime() + 3 * 86400000 );
		// The label is in the business timezone (Europe/Rome by default): "Sunday 29 November, 14:00".
		expect( ticket.body.auto_close_label ).toContain(
			expected.toLocaleString( 'en-GB', {
				timeZone: 'Europe/Rome',
				day: 'numeric',
				month: 'long',
			} )
		);
	} );

	test( 'a customer gets no Helpdesk menu and 403 from the staff routes', async ( {
		page,
	} ) => {
		await logIn( page, 'basic' );
		await page.goto( '/wp-admin/profile.php' );
		await expect( page.locator( '#adminmenu' ) ).not.toContainText(
			'Helpdesk'
		);
		for ( const route of [
			'/wp24-helpdesk/v1/dashboard',
			'/wp24-helpdesk/v1/settings',
		] ) {
			expect( ( await rest( page, route ) ).status ).toBe( 403 );
		}
		const response = await page.goto( APP );
		expect( response?.status() ).toBe( 403 );
	} );
} );
