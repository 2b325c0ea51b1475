/**
 * External dependencies
 */
import { fireEvent, render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { ProductPicker } from '../../../src/plan-editor/components/product-picker';

const products = [
	{ id: 11, title: 'Piano Basic 12 mesi' },
	{ id: 12, title: 'Piano Premium 12 mesi' },
];

describe( 'ProductPicker', () => {
	it( 'links and unlinks products, keeping the others', () => {
		const onChange = jest.fn();
		render(
			<ProductPicker
				products={ products }
				value={ [ 11 ] }
				onChange={ onChange }
			/>
		);
		expect( screen.getByLabelText( 'Piano Basic 12 mesi' ) ).toBeChecked();
		fireEvent.click( screen.getByLabelText( 'Piano Premium 12 mesi' ) );
		expect( onChange ).toHaveBeenLastCalledWith( [ 11, 12 ] );
		fireEvent.click( screen.getByLabelText( 'Piano Basic 12 mesi' ) );
		expect( onChange ).toHaveBeenLastCalledWith( [] );
	} );

	it( 'filters a long list but always shows the linked products', () => {
		const many = Array.from( { length: 12 }, ( _, i ) => ( {
			id: i + 1,
			title: i === 0 ? 'Piano Basic' : `Mug ${ i }`,
		} ) );
		render(
			<ProductPicker
				products={ many }
				value={ [ 5 ] }
				onChange={ jest.fn() }
			/>
		);
		fireEvent.change( screen.getByLabelText( 'Filter products' ), {
			target: { value: 'piano' },
		} );
		expect(
			screen
				.getAllByRole( 'checkbox' )
				.map( ( c ) => c.closest( 'div' )?.textContent )
		).toEqual( [ 'Piano Basic', 'Mug 4' ] );
	} );

	it( 'explains what to do when the shop has no products', () => {
		render(
			<ProductPicker
				products={ [] }
				value={ [] }
				onChange={ jest.fn() }
			/>
		);
		expect(
			screen.getByText( /The shop has no products yet/ )
		).toBeInTheDocument();
	} );
} );
