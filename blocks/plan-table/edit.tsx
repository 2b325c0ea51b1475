/**
 * WordPress dependencies
 */
import { InspectorControls } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ServerPreview } from '../../src/shared/blocks/server-preview';
import metadata from './block.json';

type Attributes = {
	showServices: boolean;
};

/**
 * Editor view of the plan table: its settings and the server-rendered table.
 *
 * @param props               Block edit props.
 * @param props.attributes    Block attributes.
 * @param props.setAttributes Attribute setter.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< Attributes > ) {
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Display', 'wp24-helpdesk' ) }>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Show covered services', 'wp24-helpdesk' ) }
						checked={ attributes.showServices }
						onChange={ ( showServices: boolean ) =>
							setAttributes( { showServices } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<ServerPreview name={ metadata.name } attributes={ attributes } />
		</>
	);
}
