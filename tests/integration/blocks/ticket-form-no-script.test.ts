/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import { PNG } from '../harness/uploads';
import type { HttpResponse, Session } from '../harness/site';

/**
 * The ticket form works in a browser without JavaScript: it posts to its own page, the same
 * intake runs, and the page answers with the confirmation, or with the errors beside the fields
 * and the text kept. Its fields never carry a name WordPress reads as a query variable.
 */
describe( 'ticket form without JavaScript', () => {
	const site = useSite();
	let supportPath = '';
	let customer: Session;
	let customerId = 0;

	/** The ticket form of a page: where it posts and what its fields hold as rendered. */
	type RenderedForm = {
		action: string;
		fields: Array< {
			name: string;
			type: string;
			value: string;
			checked: boolean;
		} >;
	};

	/**
	 * Reads the form as a browser does: its action and every named control with its value.
	 *
	 * @param html The page.
	 */
	const readForm = ( html: string ): RenderedForm => {
		const form =
			/<form class="wp24hd-ticket-form__form"[^>]*>[\s\S]*?<\/form>/.exec(
				html
			)?.[ 0 ] ?? '';
		const attr = ( tag: string, name: string ) =>
			new RegExp( `\\s${ name }="([^"]*)"` ).exec( tag )?.[ 1 ] ?? '';
		const decode = ( text: string ) =>
			text
				.replace( /&#0?39;/g, "'" )
				.replace( /&quot;/g, '"' )
				.replace( /&lt;/g, '<' )
				.replace( /&gt;/g, '>' )
				.replace( /&amp;/g, '&' );
		const fields: RenderedForm[ 'fields' ] = [];
		for ( const [ tag ] of form.matchAll( /<input\b[^>]*>/g ) ) {
			fields.push( {
				name: attr( tag, 'name' ),
				type: attr( tag, 'type' ) || 'text',
				value: decode( attr( tag, 'value' ) ),
				checked: /\schecked[=\s>]/.test( tag ),
			} );
		}
		for ( const [ , tag, text ] of form.matchAll(
			/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g
		) ) {
			fields.push( {
				name: attr( tag, 'name' ),
				type: 'textarea',
				value: decode( text ),
				checked: false,
			} );
		}
		for ( const [ tag ] of form.matchAll( /<select\b[^>]*>/g ) ) {
			fields.push( {
				name: attr( tag, 'name' ),
				type: 'select',
				value: '',
				checked: false,
			} );
		}
		return {
			action: decode(
				attr( /<form[^>]*>/.exec( form )?.[ 0 ] ?? '', 'action' )
			),
			fields,
		};
	};

	/**
	 * Fills the rendered form as a person would and encodes it as the browser posts it: the
	 * hidden fields as rendered, checked boxes only, the chosen files.
	 *
	 * @param rendered The form.
	 * @param typed    Values by field name; `true` checks a box, `false` unchecks it (as rendered when absent).
	 * @param files    Files for the file input.
	 */
	const fill = (
		rendered: RenderedForm,
		typed: Record< string, string | boolean >,
		files: Array< [ string, Buffer ] > = []
	) => {
		const body = new FormData();
		for ( const field of rendered.fields ) {
			const wanted = typed[ field.name ];
			if ( field.type === 'file' ) {
				for ( const [ name, content ] of files ) {
					body.append(
						field.name,
						new Blob( [ new Uint8Array( content ) ] ),
						name
					);
				}
				continue;
			}
			if ( field.type === 'checkbox' ) {
				if ( wanted ?? field.checked ) {
					body.append( field.name, field.value );
				}
				continue;
			}
			if ( field.type === 'radio' ) {
				if (
					wanted === undefined
						? field.checked
						: wanted === field.value
				) {
					body.append( field.name, field.value );
				}
				continue;
			}
			body.append(
				field.name,
				typeof wanted === 'string' ? wanted : field.value
			);
		}
		return body;
	};

	/**
	 * Posts the form where its action points, as a visitor or a signed-in customer.
	 *
	 * @param html  The page with the form.
	 * @param typed What the person typed.
	 * @param as    The customer's session; a visitor when absent.
	 * @param files Attachments.
	 */
	const post = async (
		html: string,
		typed: Record< string, string | boolean >,
		as?: Session,
		files: Array< [ string, Buffer ] > = []
	): Promise< HttpResponse > => {
		const rendered = readForm( html );
		expect( rendered.action ).not.toBe( '' );
		const url = new URL( rendered.action );
		const body = fill(
			rendered,
			{
				// A person's pace: the form was rendered a minute ago (the timer's own tests time it).
				wp24hd_started: await site().php(
					`echo WP24\\Helpdesk\\Security\\Form_Timer::token( time() - 60 );`
				),
				...typed,
			},
			files
		);
		const path = url.pathname + url.search;
		return as
			? as.request( path, { method: 'POST', multipart: body } )
			: site().request( path, { method: 'POST', multipart: body } );
	};

	/**
	 * The opening tag that carries this attribute, as the server rendered it (the Interactivity
	 * API's server pass may put the attributes it sets first).
	 *
	 * @param html   The page.
	 * @param marker An attribute, e.g. `id="wp24hd-tf-consent"`.
	 */
	const tag = ( html: string, marker: string ) =>
		new RegExp( `<[a-z]+\\b[^>]*${ marker }[^>]*>` ).exec( html )?.[ 0 ] ??
		'';

	/**
	 * The element with this id up to its text, as the server rendered it.
	 *
	 * @param html The page.
	 * @param id   Its id.
	 */
	const element = ( html: string, id: string ) =>
		new RegExp( `<[a-z]+ id="${ id }"[^>]*>[^<]*<` ).exec( html )?.[ 0 ] ??
		'';

	const tickets = ( where: string ) =>
		site().phpJson< Array< Record< string, string > > >( `
			global $wpdb;
			echo wp_json_encode( $wpdb->get_results( "SELECT t.id, t.subject, t.status, t.customer_id, t.guest_email, t.reference, ( SELECT COUNT(*) FROM {$wpdb->prefix}wp24hd_attachments a WHERE a.ticket_id = t.id ) AS files FROM {$wpdb->prefix}wp24hd_tickets t WHERE ${ where }", ARRAY_A ) );
		` );

	beforeAll( async () => {
		supportPath = await site().php( `
			$support = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Support', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/ticket-form /-->' ) );
			$tickets = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'My tickets', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/my-tickets /-->' ) );
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'tickets_page_id' => $tickets, 'support_page_id' => $support ) );
			echo wp_make_link_relative( get_permalink( $support ) );
		` );
		const user = await site().createUser( 'subscriber' );
		customerId = user.id;
		customer = await site().loginAs( user.login, user.password );
	} );

	it( 'stores a guest’s ticket with its attachment and shows the reference and the link with the key', async () => {
		const page = await site().request( supportPath );
		expect( page.status ).toBe( 200 );
		const sent = await post(
			page.text,
			{
				wp24hd_name: 'Nora Nojs',
				wp24hd_email: 'nora.nojs@example.test',
				wp24hd_subject: 'Contact form broken',
				wp24hd_message: 'The contact form sends nothing since Monday.',
				wp24hd_site_url: 'https://nora.example.test',
				wp24hd_consent: true,
			},
			undefined,
			[ [ 'screen.png', PNG ] ]
		);

		expect( sent.status ).toBe( 200 );
		const stored = await tickets(
			"t.guest_email = 'nora.nojs@example.test'"
		);
		expect( stored ).toEqual( [
			expect.objectContaining( {
				subject: 'Contact form broken',
				status: 'new',
				files: '1',
			} ),
		] );
		// The same confirmation as the script's: the thanks, the reference, the answer time, the link.
		expect(
			tag( sent.text, 'class="wp24hd-ticket-form__done"' )
		).not.toMatch( /\shidden[\s>]/ );
		expect( sent.text ).toContain(
			`<strong data-wp-text="context.reference">${ stored[ 0 ].reference }</strong>`
		);
		expect( sent.text ).toMatch(
			/<p data-wp-text="context.answer">We will answer (by .+|within 24 hours)\.<\/p>/
		);
		const link = /<a data-wp-bind--href="context.link" href="([^"]+)"/.exec(
			sent.text
		)?.[ 1 ];
		const url = new URL( ( link ?? '' ).replace( /&#0?38;|&amp;/g, '&' ) );
		expect( url.searchParams.get( 'wp24hd_ticket' ) ).toBe(
			String( stored[ 0 ].id )
		);
		expect( url.searchParams.get( 'wp24hd_key' ) ).toMatch(
			/^[0-9a-f]{64}$/
		);
		expect( tag( sent.text, 'class="wp24hd-ticket-form__form"' ) ).toMatch(
			/\shidden[\s>]/
		);
		expect( sent.headers.get( 'cache-control' ) ?? '' ).toContain(
			'no-store'
		);

		// A reload posts the same form again, as it was: its idempotency key answers with the
		// same ticket (the same key with other text would be refused as another request).
		const again = await post(
			page.text,
			{
				wp24hd_name: 'Nora Nojs',
				wp24hd_email: 'nora.nojs@example.test',
				wp24hd_subject: 'Contact form broken',
				wp24hd_message: 'The contact form sends nothing since Monday.',
				wp24hd_site_url: 'https://nora.example.test',
				wp24hd_consent: true,
			},
			undefined,
			[ [ 'screen.png', PNG ] ]
		);
		expect( again.status ).toBe( 200 );
		expect( again.text ).toContain( stored[ 0 ].reference );
		expect(
			await tickets( "t.guest_email = 'nora.nojs@example.test'" )
		).toHaveLength( 1 );
	} );

	it( 'stores a signed-in customer’s ticket under their account and shows the confirmation', async () => {
		const page = await customer.request( supportPath );
		expect( page.status ).toBe( 200 );
		const sent = await post(
			page.text,
			{
				wp24hd_subject: 'Backup missing',
				wp24hd_message: 'Last night’s backup is not in the list.',
				wp24hd_priority: true,
				wp24hd_consent: true,
			},
			customer
		);
		expect( sent.status ).toBe( 200 );
		const stored = await tickets( `t.customer_id = ${ customerId }` );
		expect( stored ).toEqual( [
			expect.objectContaining( {
				subject: 'Backup missing',
				status: 'new',
			} ),
		] );
		expect( sent.text ).toContain(
			`<strong data-wp-text="context.reference">${ stored[ 0 ].reference }</strong>`
		);
		expect( sent.text ).toContain(
			'<p data-wp-text="context.answer">We will answer within 24 hours.</p>'
		);
		expect( sent.text ).not.toContain( 'wp24hd_key=' );
	} );

	it( 'shows a refused field’s error beside it and keeps everything the visitor typed', async () => {
		const page = await site().request( supportPath );
		const sent = await post( page.text, {
			wp24hd_name: 'Ottavio "Otto" Rossi',
			wp24hd_email: 'otto@example.test',
			wp24hd_subject: 'Hi',
			wp24hd_message: 'The <b>cart</b> page & checkout are blank.',
			wp24hd_site_url: 'https://otto.example.test',
			wp24hd_priority: true,
			wp24hd_consent: true,
		} );
		expect( sent.status ).toBe( 200 );
		expect(
			await tickets( "t.guest_email = 'otto@example.test'" )
		).toEqual( [] );
		expect( element( sent.text, 'wp24hd-tf-subject-error' ) ).toBe(
			'<p id="wp24hd-tf-subject-error" class="wp24hd-ticket-form__error" data-wp-text="context.errors.subject" data-wp-bind--hidden="!context.errors.subject" >subject must be at least 3 characters long.<'
		);
		expect( sent.text ).toMatch(
			/<p class="wp24hd-ticket-form__form-error" role="alert" data-wp-text="context.formError">The request could not be sent. Please check the highlighted fields.<\/p>/
		);
		const kept = readForm( sent.text );
		const valueOf = ( name: string ) =>
			kept.fields.find( ( f ) => f.name === name )?.value;
		expect( valueOf( 'wp24hd_name' ) ).toBe( 'Ottavio "Otto" Rossi' );
		expect( valueOf( 'wp24hd_email' ) ).toBe( 'otto@example.test' );
		expect( valueOf( 'wp24hd_subject' ) ).toBe( 'Hi' );
		expect( valueOf( 'wp24hd_message' ) ).toBe(
			'The <b>cart</b> page & checkout are blank.'
		);
		expect( valueOf( 'wp24hd_site_url' ) ).toBe(
			'https://otto.example.test'
		);
		expect( tag( sent.text, 'id="wp24hd-tf-priority"' ) ).toContain(
			"checked='checked'"
		);
		expect( tag( sent.text, 'id="wp24hd-tf-consent"' ) ).toContain(
			"checked='checked'"
		);
		const subject = tag( sent.text, 'id="wp24hd-tf-subject"' );
		expect( subject ).toContain( 'aria-invalid="true"' );
		expect( subject ).toContain( ' autofocus' );
		expect( tag( sent.text, 'id="wp24hd-tf-message"' ) ).toContain(
			'aria-invalid="false"'
		);

		// Fixed and sent again from the page that showed the error: stored once.
		const fixed = await post( sent.text, {
			wp24hd_subject: 'Cart blank',
		} );
		expect( fixed.status ).toBe( 200 );
		expect(
			await tickets( "t.guest_email = 'otto@example.test'" )
		).toEqual( [ expect.objectContaining( { subject: 'Cart blank' } ) ] );
	} );

	it( 'refuses a signed-in customer’s post without the form’s nonce, keeping the text', async () => {
		const page = await customer.request( supportPath );
		const sent = await post(
			page.text,
			{
				wp24hd_subject: 'Forged elsewhere',
				wp24hd_message: 'Sent by another site in my name.',
				wp24hd_consent: true,
				wp24hd_nonce: 'forged',
			},
			customer
		);
		expect( sent.status ).toBe( 200 );
		expect( sent.text ).toContain(
			'This form has expired. Your text is still here: please send it again.'
		);
		expect( await tickets( "t.subject = 'Forged elsewhere'" ) ).toEqual(
			[]
		);
		expect( readForm( sent.text ).fields ).toContainEqual( {
			name: 'wp24hd_message',
			type: 'textarea',
			value: 'Sent by another site in my name.',
			checked: false,
		} );
	} );

	it( 'names no field after one of the site’s public query variables, for a visitor or a plan holder', async () => {
		const names = await site().phpJson< {
			vars: string[];
			guest: string[];
			holder: string[];
		} >( `
			global $wp;
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_covered_services' => array( array( 'label' => 'Backups', 'description' => '' ) ) ) ) );
			$user = wp_insert_user( array( 'user_login' => 'holder', 'user_pass' => 'x', 'user_email' => 'holder@example.test' ) );
			$svc  = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), new WP24\\Helpdesk\\Plans\\Plan_Post_Type() ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() );
			$svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $user, $plan, 1, 1, new DateTimeImmutable( '-1 day', new DateTimeZone( 'UTC' ) ) ) );
			$names = static function ( int $viewer ): array {
				wp_set_current_user( $viewer );
				preg_match_all( '/<(?:input|textarea|select)\\b[^>]*\\sname="([^"]+)"/', do_blocks( '<!-- wp:wp24-helpdesk/ticket-form /-->' ), $m );
				return array_values( array_unique( $m[1] ) );
			};
			echo wp_json_encode( array( 'vars' => apply_filters( 'query_vars', $wp->public_query_vars ), 'guest' => $names( 0 ), 'holder' => $names( $user ) ) );
		` );
		// The site's own list, as WordPress reads it (core's, the post types' and taxonomies', filters).
		expect( names.vars ).toEqual(
			expect.arrayContaining( [
				'name',
				'page',
				'post_type',
				'rest_route',
			] )
		);
		expect( names.guest ).toEqual(
			expect.arrayContaining( [ 'wp24hd_name', 'wp24hd_email' ] )
		);
		expect( names.holder ).toEqual(
			expect.arrayContaining( [ 'wp24hd_type', 'wp24hd_service' ] )
		);
		for ( const name of [ ...names.guest, ...names.holder ] ) {
			expect( [ name, names.vars ] ).toEqual( [
				name,
				expect.not.arrayContaining( [ name.replace( /\[\]$/, '' ) ] ),
			] );
		}
	} );
} );
