/**
 * WordPress dependencies
 */
import { TextControl, ToggleControl } from '@wordpress/components';
import { store as coreStore, useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { CoveredService } from '../../shared/types';
import { ProductPicker, type ProductOption } from './product-picker';
import { ServicesEditor } from './services-editor';

export const PLAN_POST_TYPE = 'wp24hd_plan';

/** The plan terms stored as post meta (see includes/Plans/Plan_Meta.php). */
export type PlanMeta = {
	wp24hd_price: number;
	wp24hd_currency: string;
	wp24hd_duration_days: number;
	wp24hd_refund_window_hours: number;
	wp24hd_renewal_notice_days: number;
	wp24hd_phone_support: boolean;
	wp24hd_first_response_hours: number;
	wp24hd_covered_services: CoveredService[];
	wp24hd_highlight: boolean;
	wp24hd_product_ids: number[];
};

type NumberKey =
	| 'wp24hd_duration_days'
	| 'wp24hd_refund_window_hours'
	| 'wp24hd_renewal_notice_days'
	| 'wp24hd_first_response_hours';

const NUMBER_FIELDS: Array< {
	key: NumberKey;
	label: string;
	min: number;
	max: number;
} > = [
	{
		key: 'wp24hd_duration_days',
		label: __( 'Duration (days)', 'wp24-helpdesk' ),
		min: 1,
		max: 3650,
	},
	{
		key: 'wp24hd_refund_window_hours',
		label: __( 'Refund window (hours after purchase)', 'wp24-helpdesk' ),
		min: 0,
		max: 8760,
	},
	{
		key: 'wp24hd_renewal_notice_days',
		label: __( 'Renewal contact (days before expiry)', 'wp24-helpdesk' ),
		min: 0,
		max: 365,
	},
	{
		key: 'wp24hd_first_response_hours',
		label: __( 'First answer within (business hours)', 'wp24-helpdesk' ),
		min: 1,
		max: 240,
	},
];

/**
 * The plan's terms, edited in the document sidebar of the block editor.
 */
export function PlanSettingsPanel() {
	const postType = useSelect(
		( select ) =>
			(
				select( editorStore ) as { getCurrentPostType: () => string }
			 ).getCurrentPostType(),
		[]
	);
	// WooCommerce's products, when the shop is there (its post type is in the REST API).
	const products = useSelect( ( select ) => {
		const core = select( coreStore ) as unknown as {
			getPostType: ( name: string ) => unknown;
			getEntityRecords: (
				kind: string,
				name: string,
				query: Record< string, unknown >
			) => Array< {
				id: number;
				title: { raw?: string; rendered?: string };
			} > | null;
		};
		if ( ! core.getPostType( 'product' ) ) {
			return null;
		}
		return (
			core.getEntityRecords( 'postType', 'product', {
				per_page: 100,
				status: 'publish,private,draft',
				context: 'edit',
				_fields: 'id,title',
			} ) ?? []
		).map( ( record ): ProductOption => ( {
			id: record.id,
			title: record.title.raw ?? record.title.rendered ?? '',
		} ) );
	}, [] );
	const [ meta, setMeta ] = useEntityProp(
		'postType',
		PLAN_POST_TYPE,
		'meta'
	) as [
		PlanMeta | undefined,
		( next: Partial< PlanMeta > ) => void,
		unknown,
	];
	if ( postType !== PLAN_POST_TYPE || ! meta ) {
		return null;
	}
	const set = ( patch: Partial< PlanMeta > ) =>
		setMeta( { ...meta, ...patch } );

	return (
		<>
			<PluginDocumentSettingPanel
				name="wp24hd-plan-terms"
				title={ __( 'Plan terms', 'wp24-helpdesk' ) }
			>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					type="number"
					label={ __( 'Price per year', 'wp24-helpdesk' ) }
					min={ 0 }
					step={ 0.01 }
					value={ String( meta.wp24hd_price ) }
					onChange={ ( value: string ) =>
						set( { wp24hd_price: Number( value || 0 ) } )
					}
				/>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Currency (ISO code)', 'wp24-helpdesk' ) }
					value={ meta.wp24hd_currency }
					maxLength={ 3 }
					onChange={ ( value: string ) =>
						set( { wp24hd_currency: value.toUpperCase() } )
					}
				/>
				{ NUMBER_FIELDS.map( ( field ) => (
					<TextControl
						key={ field.key }
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						type="number"
						label={ field.label }
						min={ field.min }
						max={ field.max }
						value={ String( meta[ field.key ] ) }
						onChange={ ( value: string ) =>
							set( {
								[ field.key ]: Number( value || field.min ),
							} )
						}
					/>
				) ) }
				<ToggleControl
					__nextHasNoMarginBottom
					label={ __( 'Phone support', 'wp24-helpdesk' ) }
					help={ __(
						'Holders see the support phone number. The terms reserve it to the Premium plan.',
						'wp24-helpdesk'
					) }
					checked={ meta.wp24hd_phone_support }
					onChange={ ( value: boolean ) =>
						set( { wp24hd_phone_support: value } )
					}
				/>
				<ToggleControl
					__nextHasNoMarginBottom
					label={ __(
						'Highlight in the plan table',
						'wp24-helpdesk'
					) }
					checked={ meta.wp24hd_highlight }
					onChange={ ( value: boolean ) =>
						set( { wp24hd_highlight: value } )
					}
				/>
			</PluginDocumentSettingPanel>
			{ products && (
				<PluginDocumentSettingPanel
					name="wp24hd-plan-products"
					title={ __( 'Sold as', 'wp24-helpdesk' ) }
				>
					<ProductPicker
						products={ products }
						value={ meta.wp24hd_product_ids ?? [] }
						onChange={ ( ids ) =>
							set( { wp24hd_product_ids: ids } )
						}
					/>
				</PluginDocumentSettingPanel>
			) }
			<PluginDocumentSettingPanel
				name="wp24hd-plan-services"
				title={ __( 'Covered services', 'wp24-helpdesk' ) }
			>
				<ServicesEditor
					value={ meta.wp24hd_covered_services ?? [] }
					onChange={ ( services ) =>
						set( { wp24hd_covered_services: services } )
					}
				/>
			</PluginDocumentSettingPanel>
		</>
	);
}
