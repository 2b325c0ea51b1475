/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'plan terms sidebar', () => {
	test( 'edits a plan’s price and covered services in the block editor', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		const [ plan ] = await requestUtils.rest< Array< { id: number } > >( {
			path: '/wp/v2/wp24hd-plans',
			params: {
				search: 'Basic plan',
				status: 'publish',
				context: 'edit',
			},
		} );
		await admin.editPost( plan.id );
		await editor.openDocumentSettingsSidebar();

		await page.getByRole( 'button', { name: 'Plan terms' } ).click();
		await page.getByLabel( 'Price per year' ).fill( '249' );

		await page.getByRole( 'button', { name: 'Covered services' } ).click();
		await page.getByRole( 'button', { name: 'Add a service' } ).click();
		await page.getByLabel( 'Name' ).last().fill( 'Emergency restore' );

		// Wait for the editor's own save request: Playground answers slowly on a busy machine.
		const [ saved ] = await Promise.all( [
			page.waitForResponse(
				( r ) =>
					r.url().includes( `/wp/v2/wp24hd-plans/${ plan.id }` ) &&
					r.request().method() === 'POST',
				{ timeout: 90_000 }
			),
			page.getByRole( 'button', { name: 'Save', exact: true } ).click(),
		] );
		expect( saved.status() ).toBe( 200 );

		const plans = await requestUtils.rest<
			Array< {
				id: number;
				price: number;
				covered_services: Array< { label: string } >;
			} >
		>( { path: '/wp24-helpdesk/v1/plans' } );
		const stored = plans.find( ( p ) => p.id === plan.id );
		expect( stored?.price ).toBe( 249 );
		expect( stored?.covered_services.map( ( s ) => s.label ) ).toContain(
			'Emergency restore'
		);
	} );
} );
