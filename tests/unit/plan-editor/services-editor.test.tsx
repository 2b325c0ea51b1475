/**
 * External dependencies
 */
import { fireEvent, render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { ServicesEditor } from '../../../src/plan-editor/components/services-editor';

const services = [
	{ label: 'Backups', description: '' },
	{ label: 'Updates', description: 'Core and plugins' },
];

describe( 'ServicesEditor', () => {
	it( 'adds an empty service at the end', () => {
		const onChange = jest.fn();
		render( <ServicesEditor value={ services } onChange={ onChange } /> );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Add a service' } )
		);
		expect( onChange ).toHaveBeenCalledWith( [
			...services,
			{ label: '', description: '' },
		] );
	} );

	it( 'edits, moves and removes one service without touching the others', () => {
		const onChange = jest.fn();
		render( <ServicesEditor value={ services } onChange={ onChange } /> );

		fireEvent.change( screen.getAllByLabelText( 'Name' )[ 1 ], {
			target: { value: 'Updates & security' },
		} );
		expect( onChange ).toHaveBeenLastCalledWith( [
			services[ 0 ],
			{ label: 'Updates & security', description: 'Core and plugins' },
		] );

		fireEvent.click(
			screen.getAllByRole( 'button', { name: 'Move up' } )[ 1 ]
		);
		expect( onChange ).toHaveBeenLastCalledWith( [
			services[ 1 ],
			services[ 0 ],
		] );

		fireEvent.click(
			screen.getAllByRole( 'button', { name: 'Remove' } )[ 0 ]
		);
		expect( onChange ).toHaveBeenLastCalledWith( [ services[ 1 ] ] );
	} );

	it( 'cannot move the first service up or the last one down', () => {
		render( <ServicesEditor value={ services } onChange={ jest.fn() } /> );
		expect(
			screen.getAllByRole( 'button', { name: 'Move up' } )[ 0 ]
		).toBeDisabled();
		expect(
			screen.getAllByRole( 'button', { name: 'Move down' } )[ 1 ]
		).toBeDisabled();
	} );

	it( 'says when the list is empty', () => {
		render( <ServicesEditor value={ [] } onChange={ jest.fn() } /> );
		expect(
			screen.getByText( 'No covered service yet.' )
		).toBeInTheDocument();
	} );
} );
