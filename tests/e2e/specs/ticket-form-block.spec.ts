/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'ticket-form block in the block editor', () => {
	test( 'is inserted, saved and reloaded without a block validation error', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( {
			postType: 'page',
			title: 'Support request',
		} );
		await editor.insertBlock( { name: 'wp24-helpdesk/ticket-form' } );

		// The editor preview is the server render of the block.
		await expect(
			editor.canvas.getByRole( 'heading', {
				name: 'Open a support ticket',
			} )
		).toBeVisible();

		const postId = await editor.publishPost();
		expect( postId ).not.toBeNull();
		await admin.editPost( postId as number );

		const block = editor.canvas.getByRole( 'document', {
			name: 'Block: Support ticket form',
		} );
		await expect( block ).toBeVisible();
		await expect(
			block.getByRole( 'heading', { name: 'Open a support ticket' } )
		).toBeVisible();
		await expect(
			editor.canvas.locator( '.block-editor-warning' )
		).toHaveCount( 0 );
		await expect( page.locator( '.block-editor-warning' ) ).toHaveCount(
			0
		);

		const blocks = await editor.getBlocks();
		expect( blocks.map( ( b ) => b.name ) ).toEqual( [
			'wp24-helpdesk/ticket-form',
		] );
	} );
} );
