/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';
import { PNG, pngOfSize, uploadForm as files } from '../harness/uploads';

/**
 * Attachments leave only through the permission-checked route, and only safe types get in.
 */
describe( 'ticket attachments', () => {
	const site = useSite();
	let owner: Session;
	let stranger: Session;
	let tech: Session;
	let ticketId: number;

	beforeAll( async () => {
		const a = await site().createUser( 'subscriber' );
		const b = await site().createUser( 'subscriber' );
		const t = await site().createUser( 'wp24hd_technician' );
		owner = await site().loginAs( a.login, a.password );
		stranger = await site().loginAs( b.login, b.password );
		tech = await site().loginAs( t.login, t.password );
		const created = await owner.rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject: 'Broken checkout',
				message: 'The checkout page is blank since today.',
				type: 'one-shot',
				consent: true,
			},
		} );
		ticketId = created.json().id;
	} );

	it( 'stores allowed files and serves them only to the ticket’s people, as downloads', async () => {
		const reply = await owner.rest(
			`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
			{
				multipart: files(
					[ 'screen shot.png', PNG ],
					[ 'error.log', 'PHP Fatal error in functions.php' ]
				),
			}
		);
		expect( reply.status ).toBe( 201 );

		const thread = (
			await owner.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json();
		const attachments = thread[ thread.length - 1 ].attachments;
		expect( attachments ).toEqual( [
			{
				id: expect.any( Number ),
				file_name: 'screen-shot.png',
				mime: 'image/png',
				size: PNG.length,
			},
			{
				id: expect.any( Number ),
				file_name: 'error.log',
				mime: 'text/plain',
				size: 32,
			},
		] );
		expect( JSON.stringify( thread ) ).not.toMatch(
			/wp24hd-private|[a-f0-9]{40}/
		);

		const route = `/wp24-helpdesk/v1/tickets/${ ticketId }/attachments/${ attachments[ 0 ].id }`;
		const download = await owner.request( `/?rest_route=${ route }`, {
			headers: { 'X-WP-Nonce': owner.nonce },
		} );
		expect( download.status ).toBe( 200 );
		expect( download.headers.get( 'content-disposition' ) ).toMatch(
			/^attachment; filename="screen-shot.png"/
		);
		expect( download.headers.get( 'x-content-type-options' ) ).toBe(
			'nosniff'
		);
		expect( download.headers.get( 'content-type' ) ).toBe(
			'application/octet-stream'
		);
		expect( Buffer.from( download.text, 'latin1' ).length ).toBeGreaterThan(
			0
		);
		expect( ( await tech.rest( route ) ).status ).toBe( 200 );

		expect( ( await stranger.rest( route ) ).status ).toBe( 404 );
		expect( ( await site().rest( route ) ).status ).toBe( 404 );
		// An attachment ID of another ticket through this ticket's URL is not found either.
		expect(
			(
				await owner.rest(
					`/wp24-helpdesk/v1/tickets/${ ticketId }/attachments/99999999`
				)
			).status
		).toBe( 404 );
	} );

	it( 'shows an image as a small inline preview to the ticket’s people only, and never previews other files', async () => {
		const reply = await owner.rest(
			`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
			{
				multipart: files(
					[ 'whole page.png', pngOfSize( 800, 600 ) ],
					[ 'notes.txt', 'PHP Warning in header.php' ]
				),
			}
		);
		expect( reply.status ).toBe( 201 );
		const thread = (
			await tech.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json();
		const [ image, text ] = thread
			.filter(
				( message: { attachments: unknown[] } ) =>
					message.attachments.length
			)
			.pop().attachments;
		const preview = ( id: number ) =>
			`/?rest_route=/wp24-helpdesk/v1/tickets/${ ticketId }/attachments/${ id }&preview=1`;

		const shown = await tech.request( preview( image.id ), {
			headers: { 'X-WP-Nonce': tech.nonce },
		} );
		expect( shown.status ).toBe( 200 );
		expect( shown.headers.get( 'content-type' ) ).toBe( 'image/png' );
		expect( shown.headers.get( 'content-disposition' ) ).toMatch(
			/^inline; filename="whole-page.png"/
		);
		expect( shown.headers.get( 'x-content-type-options' ) ).toBe(
			'nosniff'
		);
		expect( shown.headers.get( 'content-security-policy' ) ).toBe(
			"default-src 'none'; sandbox"
		);
		// Scaled to 320 px across (the width's bytes are ASCII: 00 00 01 40).
		const ihdr = shown.text.indexOf( 'IHDR' );
		expect(
			[ ...shown.text.slice( ihdr + 4, ihdr + 8 ) ].map( ( char ) =>
				char.charCodeAt( 0 )
			)
		).toEqual( [ 0, 0, 1, 0x40 ] );

		// The same check as the download: the owner sees it, a stranger and a visitor do not.
		expect(
			(
				await owner.request( preview( image.id ), {
					headers: { 'X-WP-Nonce': owner.nonce },
				} )
			).status
		).toBe( 200 );
		expect(
			(
				await stranger.request( preview( image.id ), {
					headers: { 'X-WP-Nonce': stranger.nonce },
				} )
			).status
		).toBe( 404 );
		expect( ( await site().request( preview( image.id ) ) ).status ).toBe(
			404
		);
		// A text file has no preview: 404 with its reason, never served inline.
		const none = await tech.request( preview( text.id ), {
			headers: { 'X-WP-Nonce': tech.nonce },
		} );
		expect( none.status ).toBe( 404 );
		expect( none.json().code ).toBe( 'wp24hd_no_preview' );
	} );

	it.each( [
		[ 'a PHP script', 'shell.php', '<?php echo "owned";' ],
		[
			'a PHP script disguised as an image',
			'photo.jpg',
			'<?php echo "owned";',
		],
		[ 'a double extension', 'shell.php.png', PNG ],
		[
			'an SVG image',
			'logo.svg',
			'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
		],
		[ 'an HTML page', 'page.html', '<script>alert(1)</script>' ],
		[
			'an .htaccess file',
			'.htaccess',
			'SetHandler application/x-httpd-php',
		],
		[ 'a .phar archive', 'lib.phar', 'PK' ],
	] )(
		'refuses %s and stores nothing of the message',
		async ( _label, name, content ) => {
			const before = (
				await owner.rest(
					`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
				)
			).json().length;
			const response = await owner.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
				{
					multipart: files( [ name, content ] ),
				}
			);
			expect( response.status ).toBe( 400 );
			expect( response.json().code ).toBe( 'wp24hd_file_type' );
			const after = (
				await owner.rest(
					`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
				)
			).json().length;
			expect( after ).toBe( before );
		}
	);

	it( 'keeps files of internal notes away from customers', async () => {
		const form = files( [ 'notes.txt', 'staff only' ] );
		form.append( 'internal', 'true' );
		expect(
			(
				await tech.rest(
					`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`,
					{ multipart: form }
				)
			).status
		).toBe( 201 );
		const staffThread = (
			await tech.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/messages`
			)
		).json();
		const note = staffThread[ staffThread.length - 1 ];
		expect( note.internal ).toBe( true );
		const route = `/wp24-helpdesk/v1/tickets/${ ticketId }/attachments/${ note.attachments[ 0 ].id }`;
		expect( ( await owner.rest( route ) ).status ).toBe( 404 );
		expect( ( await tech.rest( route ) ).status ).toBe( 200 );
	} );

	it( 'holds at most 50 files on one ticket; past that a reply with files is refused and stores nothing', async () => {
		const created = await owner.rest( '/wp24-helpdesk/v1/tickets', {
			json: {
				subject: 'Many screenshots',
				message: 'Every page of the shop shows a different error.',
				type: 'one-shot',
				consent: true,
			},
		} );
		const id: number = created.json().id;
		// 48 earlier files, recorded as the store records them.
		await site().php( `
			global $wpdb;
			$message = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM %i WHERE ticket_id = %d', WP24\\Helpdesk\\Schema\\Tables::messages(), ${ id } ) );
			for ( $i = 0; $i < 48; $i++ ) {
				$wpdb->insert( WP24\\Helpdesk\\Schema\\Tables::attachments(), array( 'ticket_id' => ${ id }, 'message_id' => $message, 'file_name' => "shot-$i.png", 'stored_name' => bin2hex( random_bytes( 20 ) ), 'mime' => 'image/png', 'size' => 1, 'uploaded_by' => 0, 'created_at' => current_time( 'mysql', true ) ) );
			}
		` );
		const route = `/wp24-helpdesk/v1/tickets/${ id }/messages`;
		const count = async () =>
			Number(
				await site().php(
					`echo $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT COUNT(*) FROM %i WHERE ticket_id = %d', WP24\\Helpdesk\\Schema\\Tables::attachments(), ${ id } ) );`
				)
			);

		const two = await owner.rest( route, {
			multipart: files( [ 'a.png', PNG ], [ 'b.png', PNG ] ),
		} );
		expect( two.status ).toBe( 201 );
		expect( await count() ).toBe( 50 );

		const messages = async () =>
			( await owner.rest( route ) ).json().length as number;
		const before = await messages();
		const one = await owner.rest( route, {
			multipart: files( [ 'c.png', PNG ] ),
		} );
		expect( one.status ).toBe( 400 );
		expect( one.json().code ).toBe( 'wp24hd_ticket_files_full' );
		expect( one.json().message ).toContain( '50' );
		expect( await count() ).toBe( 50 );
		expect( await messages() ).toBe( before );

		const words = new FormData();
		words.append( 'body', 'Here is a link to the other screenshots.' );
		expect(
			( await owner.rest( route, { multipart: words } ) ).status
		).toBe( 201 );
	} );

	it( 'guards the private folder against direct HTTP access', async () => {
		const guards = await site().phpJson( `
			$dir = wp_upload_dir()['basedir'] . '/wp24hd-private';
			echo wp_json_encode( array(
				'htaccess' => file_get_contents( $dir . '/.htaccess' ),
				'index'    => file_exists( $dir . '/index.php' ),
			) );
		` );
		expect( guards.htaccess ).toContain( 'Require all denied' );
		expect( guards.index ).toBe( true );
	} );

	it( 'keeps the extension of a file name longer than the limit', async () => {
		const fresh = (
			await owner.rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					subject: 'Long names',
					message: 'The log file has a very long name.',
					type: 'one-shot',
					consent: true,
				},
			} )
		).json().id;
		const base = `${ 'nightly-report-'.repeat( 20 ) }final`;
		const reply = await owner.rest(
			`/wp24-helpdesk/v1/tickets/${ fresh }/messages`,
			{
				multipart: files( [
					`${ base }.log`,
					'PHP Warning in functions.php',
				] ),
			}
		);
		expect( reply.status ).toBe( 201 );
		const thread = (
			await owner.rest( `/wp24-helpdesk/v1/tickets/${ fresh }/messages` )
		).json();
		expect( thread[ thread.length - 1 ].attachments[ 0 ].file_name ).toBe(
			`${ base.slice( 0, 196 ) }.log`
		);
	} );

	// The tests' native server (php -S) routes through bin/lib/native-router.php, which must refuse
	// the folder as the .htaccess does on Apache; Playground serves files itself, without a router.
	( process.env.WP24_BACKEND === 'mariadb' ? it : it.skip )(
		'refuses the private folder on the test server as the .htaccess does',
		async () => {
			const stored = await site().php(
				`echo $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT stored_name FROM %i ORDER BY id LIMIT 1', WP24\\Helpdesk\\Schema\\Tables::attachments() ) );`
			);
			expect( stored ).toMatch( /^[a-f0-9]{40}$/ );
			const statuses: Record< string, number > = {};
			for ( const path of [
				`/wp-content/uploads/wp24hd-private/${ stored }`,
				`/wp-content/uploads/./wp24hd-private/${ stored }`,
				`//wp-content/uploads/wp24hd-private/${ stored }`,
				`/wp-content/uploads/%77p24hd-private/${ stored }`,
				`/wp-content/uploads/wp24hd-private/${ stored }?download=1`,
				'/wp-content/uploads/wp24hd-private/',
				'/wp-content/uploads/wp24hd-private/index.php',
				'/wp-content/uploads/wp24hd-private/.htaccess',
			] ) {
				statuses[ path ] = ( await site().request( path ) ).status;
			}
			expect( Object.values( statuses ) ).toEqual(
				Array( 8 ).fill( 403 )
			);
		}
	);
} );
