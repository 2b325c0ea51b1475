/**
 * Email both ways in a real browser: a guest writes to the support address, a technician answers
 * in the Helpdesk, the guest answers that email, and the thread shows both messages once, without
 * the quoted text.
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
import { mailTo } from '../support/mail';
import { rest } from '../support/rest';

test.use( { storageState: { cookies: [], origins: [] } } );

const expect = baseExpect.configure( { timeout: 60_000 } );

/**
 * A plain-text message to the support address.
 *
 * @param headers Header lines.
 * @param body    Text.
 */
const message = ( headers: string[], body: string ) =>
	[
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'To: assistenza@example.test',
		...headers,
		'',
		body,
		'',
	].join( '\r\n' );

test( 'a guest writes in, a technician answers in the Helpdesk, the guest’s answer to that email joins the thread', async ( {
	page,
	request,
} ) => {
	test.setTimeout( 300_000 );
	const stamp = Date.now();
	const guest = `mail-guest-${ stamp }@example.test`;

	// The address the settings screen gives Postmark, credentials included.
	await logIn( page, 'admin', 'password' );
	await page.goto( APP );
	const mailbox = await rest( page, '/wp24-helpdesk/v1/mailbox' );
	const hook = new URL( mailbox.body.webhooks.postmark );
	const authorization =
		'Basic ' +
		Buffer.from(
			`${ decodeURIComponent( hook.username ) }:${ decodeURIComponent(
				hook.password
			) }`
		).toString( 'base64' );
	hook.username = '';
	hook.password = '';
	const deliver = async ( raw: string ) => {
		const response = await request.post( hook.toString(), {
			headers: { Authorization: authorization },
			data: { From: guest, RawEmail: raw },
		} );
		expect( response.status() ).toBe( 200 );
		return ( await response.json() ) as {
			outcome: string;
			ticket: number;
		};
	};

	const opened = await deliver(
		message(
			[
				`From: Carla Verdi <${ guest }>`,
				'Subject: Errore 500 sul carrello',
				`Message-ID: <e2e-first-${ stamp }@example.test>`,
			],
			'Da stamattina il carrello risponde con un errore 500.\n\nCarla'
		)
	);
	expect( opened.outcome ).toBe( 'created' );
	await expect
		.poll( () => mailTo( guest )?.subject ?? '' )
		.toContain( 'Errore 500 sul carrello' );

	// The technician answers in the Helpdesk.
	await logIn( page, 'tecnico' );
	await page.goto( `${ APP }#/tickets/${ opened.ticket }` );
	const thread = page.locator( '.wp24hd-thread' );
	await expect( thread ).toContainText( 'errore 500' );
	await page
		.getByRole( 'textbox', { name: 'Reply', exact: true } )
		.fill( 'Abbiamo svuotato la cache del carrello: riprovi ora.' );
	await page
		.getByRole( 'button', { name: 'Send and wait for the customer' } )
		.click();
	await expect( thread ).toContainText( 'svuotato la cache' );
	await expect
		.poll( () => mailTo( guest )?.html ?? '' )
		.toContain( 'svuotato la cache' );
	const answer = mailTo( guest );
	expect( answer?.message_id ).toMatch(
		new RegExp( `^<wp24hd\\.t${ opened.ticket }\\.` )
	);

	// The guest answers that email from their mail client, quoting it.
	const reply = message(
		[
			`From: Carla Verdi <${ guest }>`,
			`Subject: Re: ${ answer?.subject }`,
			`Message-ID: <e2e-reply-${ stamp }@example.test>`,
			`In-Reply-To: ${ answer?.message_id }`,
			`References: ${ answer?.message_id }`,
		],
		'Ora funziona, grazie mille!\n\nIl giorno lun 30 nov 2026 alle ore 10:15 Assistenza <assistenza@example.test> ha scritto:\n> Abbiamo svuotato la cache del carrello: riprovi ora.'
	);
	expect( await deliver( reply ) ).toEqual( {
		outcome: 'replied',
		ticket: opened.ticket,
	} );
	// The service retries the same post: stored once.
	expect( ( await deliver( reply ) ).outcome ).toBe( 'duplicate' );

	await page.reload();
	await expect( thread ).toContainText( 'Ora funziona, grazie mille!' );
	await expect(
		thread.getByText( 'Ora funziona, grazie mille!' )
	).toHaveCount( 1 );
	await expect( thread ).not.toContainText( 'ha scritto' );
	await expect( thread.getByText( 'Da stamattina il carrello' ) ).toHaveCount(
		1
	);
	await page.screenshot( {
		path: 'artifacts/screenshots/email-round-trip-1280.png',
		fullPage: true,
	} );
	await page.setViewportSize( { width: 390, height: 844 } );
	await page.screenshot( {
		path: 'artifacts/screenshots/email-round-trip-390.png',
		fullPage: true,
	} );
} );
