/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Helpdesk admin screen', () => {
	test( 'mounts the React app and lists the published plans', async ( {
		admin,
		page,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=wp24-helpdesk' );
		await expect(
			page.getByRole( 'heading', { name: 'Helpdesk', level: 1 } )
		).toBeVisible();
		await expect(
			page.getByText( /Premium plan — 399\.00 EUR/ )
		).toBeVisible();
	} );
} );
