/**
 * WordPress dependencies
 */
import { CheckboxControl, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export type ProductOption = { id: number; title: string };

type Props = {
	/** The shop's products (WooCommerce), as id and plain-text title. */
	products: ProductOption[];
	/** IDs of the products that sell this plan. */
	value: number[];
	onChange: ( next: number[] ) => void;
};

/**
 * Chooses the WooCommerce products that sell a plan: buying one grants the plan.
 *
 * @param props          Component props.
 * @param props.products The shop's products.
 * @param props.value    IDs of the linked products.
 * @param props.onChange Called with the new list of IDs.
 */
export function ProductPicker( { products, value, onChange }: Props ) {
	const [ filter, setFilter ] = useState( '' );
	const needle = filter.trim().toLowerCase();
	const shown = products.filter(
		( product ) =>
			value.includes( product.id ) ||
			'' === needle ||
			product.title.toLowerCase().includes( needle )
	);
	const toggle = ( id: number, checked: boolean ) =>
		onChange(
			checked
				? [ ...value.filter( ( v ) => v !== id ), id ]
				: value.filter( ( v ) => v !== id )
		);

	if ( products.length === 0 ) {
		return (
			<p>
				{ __(
					'The shop has no products yet. Create a product for this plan in WooCommerce, then link it here.',
					'wp24-helpdesk'
				) }
			</p>
		);
	}
	return (
		<>
			{ products.length > 8 && (
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Filter products', 'wp24-helpdesk' ) }
					value={ filter }
					onChange={ setFilter }
				/>
			) }
			<fieldset>
				<legend className="screen-reader-text">
					{ __( 'Products that sell this plan', 'wp24-helpdesk' ) }
				</legend>
				{ shown.map( ( product ) => (
					<CheckboxControl
						key={ product.id }
						__nextHasNoMarginBottom
						label={ product.title || `#${ product.id }` }
						checked={ value.includes( product.id ) }
						onChange={ ( checked: boolean ) =>
							toggle( product.id, checked )
						}
					/>
				) ) }
			</fieldset>
		</>
	);
}
