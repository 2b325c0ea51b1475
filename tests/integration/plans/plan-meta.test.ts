/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { Session } from '../harness/site';

/**
 * Plans are edited through core's REST route for the post type, as the block editor does.
 */
describe( 'plan terms over the core REST route', () => {
	const site = useSite();
	let tech: Session;
	let customer: Session;
	let planId: number;

	beforeAll( async () => {
		const technician = await site().createUser( 'wp24hd_technician' );
		const subscriber = await site().createUser( 'subscriber' );
		tech = await site().loginAs( technician.login, technician.password );
		customer = await site().loginAs(
			subscriber.login,
			subscriber.password
		);
		planId = Number(
			await site().php(
				`echo wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );`
			)
		);
	} );

	it( 'saves typed terms for plan managers and shows them in the public plan list', async () => {
		const response = await tech.rest( `/wp/v2/wp24hd-plans/${ planId }`, {
			json: {
				meta: {
					wp24hd_price: 249,
					wp24hd_currency: 'EUR',
					wp24hd_phone_support: false,
					wp24hd_first_response_hours: 6,
					wp24hd_covered_services: [
						{ label: 'Backups', description: '' },
						{
							label: 'Emergency restore',
							description: 'Within 24 hours',
						},
					],
				},
			},
		} );
		expect( response.status ).toBe( 200 );
		const [ plan ] = (
			await site().rest( '/wp24-helpdesk/v1/plans' )
		).json();
		expect( plan ).toEqual(
			expect.objectContaining( {
				id: planId,
				price: 249,
				first_response_hours: 6,
				duration_days: 365,
				refund_window_hours: 24,
				covered_services: [
					{ label: 'Backups', description: '' },
					{
						label: 'Emergency restore',
						description: 'Within 24 hours',
					},
				],
			} )
		);
	} );

	it.each( [
		[ 'a currency that is not an ISO code', { wp24hd_currency: 'euro' } ],
		[ 'a negative price', { wp24hd_price: -5 } ],
		[ 'a duration out of range', { wp24hd_duration_days: 0 } ],
		[
			'a service without a label',
			{ wp24hd_covered_services: [ { description: 'x' } ] },
		],
	] )( 'refuses %s', async ( _label, meta ) => {
		const response = await tech.rest( `/wp/v2/wp24hd-plans/${ planId }`, {
			json: { meta },
		} );
		expect( response.status ).toBe( 400 );
	} );

	it( 'does not let customers edit plans', async () => {
		const response = await customer.rest(
			`/wp/v2/wp24hd-plans/${ planId }`,
			{
				json: { meta: { wp24hd_price: 1 } },
			}
		);
		expect( response.status ).toBe( 403 );
	} );
} );
