/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { Disabled } from '@wordpress/components';
import ServerSideRender from '@wordpress/server-side-render';

type Props = {
	name: string;
	attributes: Record< string, unknown >;
};

/**
 * Shows the block as visitors see it, rendered by the same `render.php`.
 *
 * Interactive parts are disabled so clicks select the block instead of submitting anything.
 *
 * @param props            Block name and attributes.
 * @param props.name       Block name.
 * @param props.attributes Block attributes.
 */
export function ServerPreview( { name, attributes }: Props ) {
	return (
		<div { ...useBlockProps() }>
			<Disabled>
				<ServerSideRender block={ name } attributes={ attributes } />
			</Disabled>
		</div>
	);
}
