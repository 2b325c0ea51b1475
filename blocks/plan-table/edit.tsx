/**
 * WordPress dependencies
 */
import { InspectorControls } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import {
	CheckboxControl,
	PanelBody,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ServerPreview } from '../../src/shared/blocks/server-preview';
import metadata from './block.json';

type Attributes = {
	showServices: boolean;
	buttonLabel: string;
	planIds: number[];
	order: 'menu' | 'price_asc' | 'price_desc';
	highlightId: number;
	headingLevel: 2 | 3 | 4;
};

type PlanRecord = { id: number; title: { raw?: string; rendered?: string } };

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
	const plans = useSelect(
		( select ) =>
			(
				select( coreStore ) as unknown as {
					getEntityRecords: (
						kind: string,
						name: string,
						query: Record< string, unknown >
					) => PlanRecord[] | null;
				}
			 ).getEntityRecords( 'postType', 'wp24hd_plan', {
				status: 'publish',
				per_page: 50,
				context: 'edit',
			} ) ?? [],
		[]
	);
	const title = ( plan: PlanRecord ) =>
		plan.title.raw ?? plan.title.rendered ?? `#${ plan.id }`;
	const chosen = attributes.planIds ?? [];

	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Plans', 'wp24-helpdesk' ) }>
					<p>
						{ __(
							'Show only some plans; none checked shows every published plan.',
							'wp24-helpdesk'
						) }
					</p>
					{ plans.map( ( plan ) => (
						<CheckboxControl
							key={ plan.id }
							__nextHasNoMarginBottom
							label={ title( plan ) }
							checked={ chosen.includes( plan.id ) }
							onChange={ ( checked: boolean ) =>
								setAttributes( {
									planIds: checked
										? [ ...chosen, plan.id ]
										: chosen.filter(
												( id ) => id !== plan.id
											),
								} )
							}
						/>
					) ) }
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Order', 'wp24-helpdesk' ) }
						value={ attributes.order }
						options={ [
							{
								value: 'menu',
								label: __(
									'As in the Plans list',
									'wp24-helpdesk'
								),
							},
							{
								value: 'price_asc',
								label: __(
									'Price, lowest first',
									'wp24-helpdesk'
								),
							},
							{
								value: 'price_desc',
								label: __(
									'Price, highest first',
									'wp24-helpdesk'
								),
							},
						] }
						onChange={ ( order: string ) =>
							setAttributes( {
								order: order as Attributes[ 'order' ],
							} )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Highlighted plan', 'wp24-helpdesk' ) }
						value={ String( attributes.highlightId ) }
						options={ [
							{
								value: '0',
								label: __(
									'As set on each plan',
									'wp24-helpdesk'
								),
							},
							...plans.map( ( plan ) => ( {
								value: String( plan.id ),
								label: title( plan ),
							} ) ),
						] }
						onChange={ ( value: string ) =>
							setAttributes( { highlightId: Number( value ) } )
						}
					/>
				</PanelBody>
				<PanelBody title={ __( 'Display', 'wp24-helpdesk' ) }>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Show covered services', 'wp24-helpdesk' ) }
						checked={ attributes.showServices }
						onChange={ ( showServices: boolean ) =>
							setAttributes( { showServices } )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __(
							'Heading level of plan names',
							'wp24-helpdesk'
						) }
						value={ String( attributes.headingLevel ) }
						options={ [ 2, 3, 4 ].map( ( level ) => ( {
							value: String( level ),
							label: `H${ level }`,
						} ) ) }
						onChange={ ( value: string ) =>
							setAttributes( {
								headingLevel: Number( value ) as 2 | 3 | 4,
							} )
						}
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Button label', 'wp24-helpdesk' ) }
						help={ __(
							'Leave empty for "Buy the plan".',
							'wp24-helpdesk'
						) }
						value={ attributes.buttonLabel }
						onChange={ ( buttonLabel: string ) =>
							setAttributes( { buttonLabel } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<ServerPreview name={ metadata.name } attributes={ attributes } />
		</>
	);
}
