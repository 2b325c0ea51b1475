/**
 * External dependencies
 */
import type { ComponentType } from 'react';

/**
 * WordPress dependencies
 */
import {
	registerBlockType,
	type BlockConfiguration,
	type BlockEditProps,
} from '@wordpress/blocks';

/**
 * Registers a block whose settings live in its block.json and whose output is `render.php`.
 *
 * @param metadata      The imported block.json.
 * @param metadata.name
 * @param edit          The editor component.
 */
export function registerServerRenderedBlock<
	T extends Record< string, unknown >,
>( metadata: { name: string }, edit: ComponentType< BlockEditProps< T > > ) {
	registerBlockType< T >( metadata as unknown as BlockConfiguration< T >, {
		edit,
		// Dynamic block: the server renders it, the post stores only the comment delimiter.
		save: () => null,
	} );
}
