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
import { logIn } from '../support/log-in';

test.use( { storageState: { cookies: [], origins: [] } } );

const expect = baseExpect.configure( { timeout: 60_000 } );

const APP = '/wp-admin/admin.php?page=wp24-helpdesk';

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
