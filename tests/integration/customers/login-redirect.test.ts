/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { CreatedUser } from '../harness/site';

/**
 * After signing in a customer lands on My tickets (or where they were going), a technician on
 * the Helpdesk screen, and a site administrator on the dashboard as before.
 */
describe( 'where people land after signing in', () => {
	const site = useSite();
	const users: Record< string, CreatedUser > = {};
	let ticketsPage = '';

	/**
	 * Signs in through wp-login.php as a browser does and answers where WordPress sends them.
	 *
	 * @param user       Who.
	 * @param redirectTo The `redirect_to` of the sign-in form, if any.
	 */
	const landing = async ( user: CreatedUser, redirectTo?: string ) => {
		const form: Record< string, string > = {
			log: user.login,
			pwd: user.password,
			'wp-submit': 'Log In',
			testcookie: '1',
		};
		if ( redirectTo !== undefined ) {
			form.redirect_to = redirectTo;
		}
		const response = await site().request( '/wp-login.php', {
			method: 'POST',
			form,
			headers: { Cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
		} );
		expect( response.status ).toBe( 302 );
		return response.headers.get( 'location' );
	};

	beforeAll( async () => {
		users.customer = await site().createUser( 'subscriber' );
		users.tech = await site().createUser( 'wp24hd_technician' );
		users.admin = await site().createUser( 'administrator' );
		ticketsPage = await site().php( `
			$page = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'My tickets', 'post_status' => 'publish', 'post_content' => '<!-- wp:wp24-helpdesk/my-tickets /-->' ) );
			( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'tickets_page_id' => $page ) );
			echo get_permalink( $page );
		` );
	} );

	it( 'takes a customer to My tickets instead of the profile screen', async () => {
		expect( await landing( users.customer ) ).toBe( ticketsPage );
		// What wp-login.php asks for when wp-admin sent them to sign in.
		expect(
			await landing( users.customer, `${ site().url }/wp-admin/` )
		).toBe( ticketsPage );
	} );

	it( 'takes a customer where they were going', async () => {
		const going = `${ site().url }/?pagename=support`;
		expect( await landing( users.customer, going ) ).toBe( going );
		const profile = `${ site().url }/wp-admin/profile.php`;
		expect( await landing( users.customer, profile ) ).toBe( profile );
	} );

	it( 'takes a technician to the Helpdesk screen, or where they were going', async () => {
		expect( await landing( users.tech ) ).toBe(
			`${ site().url }/wp-admin/admin.php?page=wp24-helpdesk`
		);
		const going = `${ site().url }/wp-admin/admin.php?page=wp24-helpdesk#/tickets/7`;
		expect( await landing( users.tech, going ) ).toBe( going );
	} );

	it( 'leaves a site administrator on the dashboard', async () => {
		expect( await landing( users.admin ) ).toBe(
			`${ site().url }/wp-admin/`
		);
	} );

	it( 'leaves a customer to WordPress when no My tickets page is set', async () => {
		await site().php(
			`( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'tickets_page_id' => 0 ) );`
		);
		expect( await landing( users.customer ) ).toBe(
			`${ site().url }/wp-admin/profile.php`
		);
	} );
} );
