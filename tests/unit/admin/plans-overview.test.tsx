/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { PlansOverview } from '../../../src/admin/components/plans-overview';
import type { Plan } from '../../../src/shared/types';

jest.mock( '@wordpress/api-fetch' );
const mockedApiFetch = apiFetch as unknown as jest.Mock;

const plan = ( overrides: Partial< Plan > ): Plan => ( {
	id: 1,
	name: 'Piano Basic',
	summary: '',
	price: 199,
	currency: 'EUR',
	duration_days: 365,
	refund_window_hours: 24,
	renewal_notice_days: 30,
	phone_support: false,
	first_response_hours: 16,
	covered_services: [],
	highlight: false,
	product_ids: [],
	sort_order: 1,
	...overrides,
} );

describe( 'PlansOverview', () => {
	afterEach( () => mockedApiFetch.mockReset() );

	it( 'reads the plans from the plugin REST route and lists them with their price', async () => {
		mockedApiFetch.mockResolvedValue( [
			plan( {} ),
			plan( { id: 2, name: 'Piano Premium', price: 399 } ),
		] );
		render( <PlansOverview /> );
		expect(
			await screen.findByText( 'Piano Premium — 399.00 EUR' )
		).toBeInTheDocument();
		expect(
			screen.getByText( 'Piano Basic — 199.00 EUR' )
		).toBeInTheDocument();
		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/wp24-helpdesk/v1/plans',
		} );
	} );

	it( 'says so when no plan is published', async () => {
		mockedApiFetch.mockResolvedValue( [] );
		render( <PlansOverview /> );
		expect(
			await screen.findByText( 'No plan is published yet.' )
		).toBeInTheDocument();
	} );

	it( 'shows the server error message when the request fails', async () => {
		mockedApiFetch.mockRejectedValue( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
		} );
		render( <PlansOverview /> );
		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.' )
		).toBeInTheDocument();
	} );
} );
