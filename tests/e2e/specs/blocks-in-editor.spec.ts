/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

const BLOCKS = [
	{
		name: 'wp24-helpdesk/ticket-form',
		title: 'Support ticket form',
		preview: '.wp24hd-ticket-form__title',
	},
	{
		name: 'wp24-helpdesk/my-tickets',
		title: 'My support tickets',
		preview: '.wp24hd-my-tickets__title',
	},
	{
		name: 'wp24-helpdesk/plan-table',
		title: 'Support plans',
		preview: '.wp24hd-plan__name',
	},
];

test.describe( 'the plugin’s blocks in the block editor', () => {
	for ( const block of BLOCKS ) {
		test( `${ block.name } is inserted, saved and reloaded without a block validation error`, async ( {
			admin,
			editor,
			page,
		} ) => {
			await admin.createNewPost( {
				postType: 'page',
				title: block.title,
			} );
			await editor.insertBlock( { name: block.name } );

			// The editor preview is the server render of the block.
			await expect(
				editor.canvas.locator( block.preview ).first()
			).toBeVisible();

			const postId = await editor.publishPost();
			expect( postId ).not.toBeNull();
			await admin.editPost( postId as number );

			await expect(
				editor.canvas.getByRole( 'document', {
					name: `Block: ${ block.title }`,
				} )
			).toBeVisible();
			await expect(
				editor.canvas.locator( block.preview ).first()
			).toBeVisible();
			await expect(
				editor.canvas.locator( '.block-editor-warning' )
			).toHaveCount( 0 );
			await expect( page.locator( '.block-editor-warning' ) ).toHaveCount(
				0
			);
			expect(
				( await editor.getBlocks() ).map( ( b ) => b.name )
			).toEqual( [ block.name ] );
		} );
	}
} );
