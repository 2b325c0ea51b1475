/**
 * Live updates in the technicians' queue: a ticket opened elsewhere appears without a reload,
 * carried by the WordPress Heartbeat API.
 */

/**
 * External dependencies
 */
import { test, expect as baseExpect } from '@playwright/test';

/**
 * Internal dependencies
 */
import { APP } from '../support/admin-app';
import { logIn } from '../support/log-in';
import { rest } from '../support/rest';

test.use( { storageState: { cookies: [], origins: [] } } );

const expect = baseExpect.configure( { timeout: 60_000 } );

test( 'a ticket opened over REST appears in an open queue without a reload', async ( {
	page,
	request,
} ) => {
	await logIn( page, 'tecnico' );
	await page.goto( APP );
	const root = page.locator( '#wp24hd-admin-root' );
	await expect(
		root.locator( 'a[href^="#/tickets/"]' ).first()
	).toBeVisible();
	// WordPress's "fast" heartbeat (every 5 s) instead of the app's 15 s: no sleeping in the test.
	await page.evaluate( () =>
		( window as any ).wp.heartbeat.interval( 'fast' )
	);
	let navigations = 0;
	page.on( 'framenavigated', ( frame ) => {
		if ( frame === page.mainFrame() ) {
			navigations++;
		}
	} );

	const stamp = Date.now();
	const subject = `Sito fermo in diretta ${ stamp }`;
	// A guest's request, from another browser context: nothing of this page knows of it.
	const created = await request.post(
		'/?rest_route=/wp24-helpdesk/v1/tickets',
		{
			data: {
				subject,
				message: 'Il sito mostra una pagina bianca da stamattina.',
				type: 'one-shot',
				consent: true,
				name: 'Ospite in diretta',
				email: `live-${ stamp }@example.test`,
			},
		}
	);
	expect( created.status() ).toBe( 201 );

	// Within a few beats; the 60-second poll this replaced would miss it.
	await expect( root.getByRole( 'link', { name: subject } ) ).toBeVisible( {
		timeout: 20_000,
	} );
	expect( navigations ).toBe( 0 );
} );

test( 'the on-call technician switches on notifications of urgent tickets and gets one', async ( {
	page,
	context,
	request,
	baseURL,
} ) => {
	await context.grantPermissions( [ 'notifications' ], {
		origin: baseURL,
	} );
	// Each notification the app shows is recorded, as Chromium shows none without a desktop.
	await page.addInitScript( () => {
		const Real = window.Notification;
		const shown: Array< { title: string; body?: string } > = [];
		( window as any ).wp24hdShown = shown;
		class Recorded extends Real {
			constructor( title: string, options?: NotificationOptions ) {
				super( title, options );
				shown.push( { title, body: options?.body } );
			}
		}
		Object.defineProperty( Recorded, 'permission', {
			get: () => Real.permission,
		} );
		( Recorded as any ).requestPermission =
			Real.requestPermission.bind( Real );
		( window as any ).Notification = Recorded;
	} );
	// The demo technician's address is the staff list's, which urgent emails use without an on-call list.
	await logIn( page, 'tecnico' );
	await page.goto( APP );
	const root = page.locator( '#wp24hd-admin-root' );
	await expect(
		root.locator( 'a[href^="#/tickets/"]' ).first()
	).toBeVisible();
	const toggle = page.getByLabel(
		'Notify me in this browser of new urgent tickets'
	);
	await expect( toggle ).not.toBeChecked();
	await toggle.click();
	await expect( toggle ).toBeChecked();
	await page.screenshot( {
		path: 'artifacts/screenshots/queue-urgent-alerts-1280.png',
	} );
	await page.setViewportSize( { width: 390, height: 844 } );
	await page.screenshot( {
		path: 'artifacts/screenshots/queue-urgent-alerts-390.png',
		fullPage: true,
	} );
	// Kept for the technician, not for the browser only.
	const me = await rest( page, '/wp/v2/users/me' );
	expect( me.body.meta.wp24hd_urgent_alerts ).toBe( true );

	await page.evaluate( () =>
		( window as any ).wp.heartbeat.interval( 'fast' )
	);
	const stamp = Date.now();
	const subject = `Sito giù di domenica ${ stamp }`;
	const created = await request.post(
		'/?rest_route=/wp24-helpdesk/v1/tickets',
		{
			data: {
				subject,
				message: 'Il negozio non accetta ordini.',
				type: 'one-shot',
				priority: 'urgent',
				consent: true,
				name: 'Ospite urgente',
				email: `urgent-${ stamp }@example.test`,
			},
		}
	);
	expect( created.status() ).toBe( 201 );
	await expect
		.poll( () => page.evaluate( () => ( window as any ).wp24hdShown ), {
			timeout: 20_000,
		} )
		.toEqual( [
			{
				title: expect.stringMatching( /^Urgent ticket WP24-/ ),
				body: subject,
			},
		] );

	// Switched off again, so the demo technician starts the next run as a new one would.
	await toggle.click();
	await expect( toggle ).not.toBeChecked();
	const after = await rest( page, '/wp/v2/users/me' );
	expect( after.body.meta.wp24hd_urgent_alerts ).toBe( false );
} );

test( 'two technicians on one ticket see each other through the heartbeat', async ( {
	page,
	browser,
} ) => {
	await logIn( page, 'tecnico' );
	await page.goto( APP );
	const first = page
		.locator( '#wp24hd-admin-root a[href^="#/tickets/"]' )
		.first();
	await expect( first ).toBeVisible();
	const ticket = await first.getAttribute( 'href' );
	await first.click();
	await expect( page.locator( '.wp24hd-ticket' ) ).toBeVisible();

	// The administrator, in a browser of their own, opens the same ticket.
	const context = await browser.newContext( {
		storageState: { cookies: [], origins: [] },
	} );
	const other = await context.newPage();
	await logIn( other, 'admin', 'password' );
	await other.goto( `${ APP }${ ticket }` );
	await expect(
		other
			.locator( '#wp24hd-admin-root' )
			.getByText(
				'Tecnico Demo also has this ticket open. Agree who answers before replying.'
			)
	).toBeVisible( { timeout: 20_000 } );
	await context.close();
} );
