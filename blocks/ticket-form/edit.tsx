/**
 * WordPress dependencies
 */
import type { BlockEditProps } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import { ServerPreview } from '../../src/shared/blocks/server-preview';
import metadata from './block.json';

/**
 * Editor view: the server-rendered block, as visitors see it.
 *
 * @param props            Block edit props.
 * @param props.attributes Block attributes.
 */
export default function Edit( {
	attributes,
}: BlockEditProps< Record< string, unknown > > ) {
	return <ServerPreview name={ metadata.name } attributes={ attributes } />;
}
