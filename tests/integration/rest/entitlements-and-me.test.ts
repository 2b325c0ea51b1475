/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { CreatedUser, Session } from '../harness/site';

const PHONE = '+39 06 1234 5678';

/**
 * Who sees which plan holding, and the phone line only for Premium (R1).
 */
describe( 'entitlements and /me over REST', () => {
	const site = useSite();
	const users: Record< string, CreatedUser > = {};
	const sessions: Record< string, Session > = {};
	const ids: Record< string, number > = {};

	beforeAll( async () => {
		users.basic = await site().createUser( 'subscriber' );
		users.premium = await site().createUser( 'subscriber' );
		users.other = await site().createUser( 'subscriber' );
		users.tech = await site().createUser( 'wp24hd_technician' );
		users.admin = await site().createUser( 'administrator' );
		Object.assign(
			ids,
			await site().phpJson( `
				$plans = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
				$svc   = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), $plans ), new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() );
				$basic   = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_phone_support' => false ) ) );
				$premium = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Premium', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_phone_support' => true ) ) );
				( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'phone_number' => ${ JSON.stringify( PHONE ) }, 'whatsapp_number' => '+39 333 000 0000' ) );
				$paid = ( new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->modify( '-1 hour' );
				$b = $svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.basic.id }, $basic, 100, 1001, $paid ) );
				$p = $svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ users.premium.id }, $premium, 101, 1002, $paid->modify( '-300 days' ) ) );
				echo wp_json_encode( array( 'basicPlan' => $basic, 'premiumPlan' => $premium, 'basicEntitlement' => $b->id, 'premiumEntitlement' => $p->id ) );
			` )
		);
		for ( const [ key, user ] of Object.entries( users ) ) {
			sessions[ key ] = await site().loginAs( user.login, user.password );
		}
	} );

	it( 'gives the phone number to Premium customers and staff only, in /me', async () => {
		const channels = async ( session?: Session ) =>
			(
				await ( session ?? site() ).rest( '/wp24-helpdesk/v1/me' )
			).json().channels;
		expect( await channels() ).toEqual( {
			email: expect.any( String ),
			whatsapp: '+39 333 000 0000',
		} );
		expect( await channels( sessions.basic ) ).not.toHaveProperty(
			'phone'
		);
		expect( await channels( sessions.other ) ).not.toHaveProperty(
			'phone'
		);
		expect( ( await channels( sessions.premium ) ).phone ).toBe( PHONE );
		expect( ( await channels( sessions.tech ) ).phone ).toBe( PHONE );
	} );

	it( 'never lets the phone number reach a Basic customer or a visitor on any route they can read', async () => {
		const routes = [
			'/wp24-helpdesk/v1',
			'/wp24-helpdesk/v1/me',
			'/wp24-helpdesk/v1/plans',
			'/wp24-helpdesk/v1/availability',
			'/wp24-helpdesk/v1/entitlements',
			`/wp24-helpdesk/v1/entitlements/${ ids.basicEntitlement }`,
			'/wp24-helpdesk/v1/settings',
			'/wp/v2/settings',
		];
		for ( const client of [ site(), sessions.basic ] ) {
			for ( const route of routes ) {
				const response = await client.rest( route );
				expect( response.text ).not.toContain( PHONE );
				expect( response.text ).not.toContain(
					PHONE.replace( / /g, '' )
				);
			}
		}
	} );

	it( 'shows a customer their own plan holding and hides everyone else’s as not found', async () => {
		const me = (
			await sessions.basic.rest( '/wp24-helpdesk/v1/me' )
		).json();
		expect( me.plan ).toEqual(
			expect.objectContaining( {
				id: ids.basicPlan,
				name: 'Piano Basic',
				phone_support: false,
			} )
		);
		expect( me.entitlement ).toEqual(
			expect.objectContaining( {
				id: ids.basicEntitlement,
				status: 'active',
				refund_window_open: true,
			} )
		);
		expect( me.entitlement ).not.toHaveProperty( 'log' );

		const own = await sessions.basic.rest(
			`/wp24-helpdesk/v1/entitlements/${ ids.basicEntitlement }`
		);
		expect( own.status ).toBe( 200 );
		const foreign = await sessions.basic.rest(
			`/wp24-helpdesk/v1/entitlements/${ ids.premiumEntitlement }`
		);
		const missing = await sessions.basic.rest(
			'/wp24-helpdesk/v1/entitlements/99999999'
		);
		expect( foreign.status ).toBe( 404 );
		expect( foreign.json().code ).toBe( missing.json().code );

		const list = await sessions.basic.rest(
			`/wp24-helpdesk/v1/entitlements?user_id=${ users.premium.id }`
		);
		expect( list.json().map( ( e: { id: number } ) => e.id ) ).toEqual( [
			ids.basicEntitlement,
		] );
		expect(
			(
				await sessions.other.rest( '/wp24-helpdesk/v1/entitlements' )
			).json()
		).toEqual( [] );
		expect(
			( await site().rest( '/wp24-helpdesk/v1/entitlements' ) ).status
		).toBe( 401 );
	} );

	it( 'lists holdings expiring soon for technicians, with the log and totals', async () => {
		const response = await sessions.tech.rest(
			'/wp24-helpdesk/v1/entitlements?expiring_within_days=90'
		);
		expect( response.status ).toBe( 200 );
		const items = response.json();
		expect( items.map( ( e: { id: number } ) => e.id ) ).toEqual( [
			ids.premiumEntitlement,
		] );
		// The whole line, so a change of how the log is read cannot change what REST answers:
		// times in UTC without an offset (mysql_to_rfc3339()), null where the holding did not move.
		expect( items[ 0 ].log ).toEqual( [
			{
				event: 'purchase',
				actor_id: 0,
				order_id: 101,
				order_item_id: 1002,
				expires_before: null,
				expires_after: items[ 0 ].expires_at.replace( '+00:00', '' ),
				channel: '',
				outcome: '',
				note: '',
				created_at: expect.stringMatching(
					/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/
				),
			},
		] );
		expect( response.headers.get( 'x-wp-total' ) ).toBe( '1' );

		const bad = await sessions.tech.rest(
			'/wp24-helpdesk/v1/entitlements?status=whatever&per_page=1000'
		);
		expect( bad.status ).toBe( 400 );
	} );

	it( 'lets only plan managers grant, extend and revoke, and explains bad input', async () => {
		const grant = {
			user_id: users.other.id,
			plan_id: ids.basicPlan,
			reason: 'Goodwill month',
			duration_days: 30,
		};
		expect(
			(
				await site().rest( '/wp24-helpdesk/v1/entitlements', {
					json: grant,
				} )
			).status
		).toBe( 401 );
		expect(
			(
				await sessions.basic.rest( '/wp24-helpdesk/v1/entitlements', {
					json: grant,
				} )
			).status
		).toBe( 403 );

		const missingReason = await sessions.admin.rest(
			'/wp24-helpdesk/v1/entitlements',
			{
				json: { user_id: users.other.id, plan_id: ids.basicPlan },
			}
		);
		expect( missingReason.status ).toBe( 400 );
		expect( missingReason.text ).toContain( 'reason' );
		const badPlan = await sessions.admin.rest(
			'/wp24-helpdesk/v1/entitlements',
			{
				json: { ...grant, plan_id: 99999999 },
			}
		);
		expect( badPlan.status ).toBe( 400 );
		expect( badPlan.json().code ).toBe( 'wp24hd_invalid_plan' );

		const created = await sessions.tech.rest(
			'/wp24-helpdesk/v1/entitlements',
			{ json: grant }
		);
		expect( created.status ).toBe( 201 );
		const id = created.json().id;
		expect( created.headers.get( 'location' ) ).toContain(
			`entitlements/${ id }`
		);

		const extended = await sessions.tech.rest(
			`/wp24-helpdesk/v1/entitlements/${ id }/extend`,
			{
				json: { days: 15, reason: 'Downtime' },
			}
		);
		expect( extended.status ).toBe( 200 );
		const revoked = await sessions.tech.rest(
			`/wp24-helpdesk/v1/entitlements/${ id }/revoke`,
			{
				json: { reason: 'Chargeback' },
			}
		);
		expect( revoked.json() ).toEqual(
			expect.objectContaining( { status: 'cancelled' } )
		);
		expect(
			revoked.json().log.map( ( e: { event: string } ) => e.event )
		).toEqual( [ 'staff_grant', 'staff_extend', 'staff_revoke' ] );
		const again = await sessions.tech.rest(
			`/wp24-helpdesk/v1/entitlements/${ id }/revoke`,
			{
				json: { reason: 'Twice' },
			}
		);
		expect( again.status ).toBe( 409 );
	} );
} );
