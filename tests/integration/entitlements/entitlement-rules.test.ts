/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

/**
 * The plan-holding rules (R10, R11) on plain values, as the WooCommerce adapter will call them.
 */
describe( 'entitlement rules', () => {
	const site = useSite();
	let planId: number;
	let userId: number;

	/**
	 * Runs PHP with `$svc` (purchases), `$staff` (staff actions), `$reader`, `$plan`, `$user` and helpers, and returns its JSON.
	 *
	 * @param body PHP statements that `echo wp_json_encode( … )`.
	 */
	const run = ( body: string ) =>
		site().phpJson( `
			$ent_repo = new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository();
			$reader = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( $ent_repo, new WP24\\Helpdesk\\Plans\\Plan_Post_Type() );
			$svc  = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( $reader, $ent_repo );
			$staff = new WP24\\Helpdesk\\Entitlements\\Staff_Entitlement_Service( $reader, $ent_repo );
			$plan = ${ planId };
			$user = ${ userId };
			$utc  = new DateTimeZone( 'UTC' );
			$ago  = static fn( string $spec ) => ( new DateTimeImmutable( 'now', $utc ) )->sub( new DateInterval( $spec ) );
			$buy  = static fn( int $item, DateTimeImmutable $paid, int $order = 0 ) => $svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $user, $plan, $order ?: 9000 + $item, $item, $paid ) );
			$iso  = static fn( $e ) => array( 'id' => $e->id, 'status' => $e->status, 'starts' => $e->starts_at->format( 'Y-m-d H:i' ), 'expires' => $e->expires_at->format( 'Y-m-d H:i' ) );
			$log  = static fn( $e ) => array_column( $ent_repo->log()->for_entitlement( $e->id ), 'event' );
			${ body }
		` );

	beforeEach( async () => {
		const ids = await site().phpJson( `
			$plan = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			$user = wp_insert_user( array( 'user_login' => 'c' . wp_generate_password( 8, false ), 'user_pass' => wp_generate_password(), 'role' => 'subscriber' ) );
			echo wp_json_encode( array( $plan, $user ) );
		` );
		[ planId, userId ] = ids;
	} );

	it( 'grants 365 days from the payment date, once per order line however often it is called', async () => {
		const result = await run( `
			$paid   = new DateTimeImmutable( '2026-03-10 15:45:00', $utc );
			$first  = $buy( 501, $paid );
			$again  = $buy( 501, $paid );
			$thrice = $buy( 501, $paid->modify( '+2 hours' ) );
			echo wp_json_encode( array( $iso( $first ), $again->id === $first->id, $thrice->id === $first->id, $log( $first ), count( $reader->active_for_user( $user, $paid->modify( '+1 day' ) ) ? array( 1 ) : array() ) ) );
		` );
		expect( result ).toEqual( [
			{
				id: expect.any( Number ),
				status: 'active',
				starts: '2026-03-10 15:45',
				expires: '2027-03-10 15:45',
			},
			true,
			true,
			[ 'purchase' ],
			1,
		] );
	} );

	it( 'extends from the current expiry while active, and starts anew after expiry', async () => {
		const result = await run( `
			$first   = $buy( 601, new DateTimeImmutable( '2026-01-15 10:00:00', $utc ) );
			$renewed = $buy( 602, new DateTimeImmutable( '2026-12-20 09:00:00', $utc ) );
			$later   = $buy( 603, new DateTimeImmutable( '2028-06-01 08:00:00', $utc ) );
			echo wp_json_encode( array( $iso( $renewed ), $renewed->id === $first->id, $log( $renewed ), $iso( $later ), $later->id !== $first->id ) );
		` );
		expect( result ).toEqual( [
			{
				id: expect.any( Number ),
				status: 'active',
				starts: '2026-01-15 10:00',
				expires: '2028-01-15 10:00',
			},
			true,
			[ 'purchase', 'renewal' ],
			{
				id: expect.any( Number ),
				status: 'active',
				starts: '2028-06-01 08:00',
				expires: '2029-06-01 08:00',
			},
			true,
		] );
	} );

	it( 'keeps the refund window open 23 h 59 m after payment and closed at 24 h 01 m', async () => {
		const result = await run( `
			$inside  = $buy( 701, $ago( 'PT23H59M' ) );
			$outside = $svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $user, wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Premium', 'post_status' => 'publish' ) ), 9702, 702, $ago( 'PT24H1M' ) ) );
			echo wp_json_encode( array( $reader->refund_window_open( $inside ), $reader->refund_window_open( $outside ) ) );
		` );
		expect( result ).toEqual( [ true, false ] );
	} );

	it( 'revokes on a refund inside the window and needs an override outside it', async () => {
		const result = await run( `
			$inside = $buy( 801, $ago( 'PT2H' ) );
			$refunded = $svc->refund_order_item( 9801, 801, 1 );
			$late = $svc->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $user, wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Other', 'post_status' => 'publish' ) ), 9802, 802, $ago( 'P3D' ) ) );
			try {
				$svc->refund_order_item( 9802, 802, 1 );
				$refused = false;
			} catch ( WP24\\Helpdesk\\Errors\\Domain_Exception $e ) {
				$refused = $e->error_code();
			}
			$overridden = $svc->refund_order_item( 9802, 802, 1, true, 'Customer goodwill' );
			echo wp_json_encode( array( $refunded->status, $log( $refunded ), $refused, $overridden->status, $log( $overridden ), null === $reader->active_for_user( $user ) ) );
		` );
		expect( result ).toEqual( [
			'refunded',
			[ 'purchase', 'refund' ],
			'wp24hd_refund_window_closed',
			'refunded',
			[ 'purchase', 'refund_override' ],
			true,
		] );
	} );

	it( 'lets staff grant, extend and revoke with a reason, and refuses without one', async () => {
		const result = await run( `
			$granted  = $staff->grant_by_staff( $user, $plan, 30, 1, 'Trial month' );
			$extended = $staff->extend( $granted->id, 10, 1, 'Apology for downtime' );
			$errors   = array();
			foreach ( array(
				'no reason'   => static fn() => $staff->revoke( $granted->id, 1, '  ' ),
				'bad plan'    => static fn() => $staff->grant_by_staff( $user, 999999, 0, 1, 'x' ),
				'bad user'    => static fn() => $staff->grant_by_staff( 999999, $plan, 0, 1, 'x' ),
				'bad days'    => static fn() => $staff->extend( $granted->id, 0, 1, 'x' ),
				'missing'     => static fn() => $staff->extend( 999999, 5, 1, 'x' ),
			) as $label => $call ) {
				try {
					$call();
					$errors[ $label ] = null;
				} catch ( WP24\\Helpdesk\\Errors\\Domain_Exception $e ) {
					$errors[ $label ] = array( $e->error_code(), $e->status() );
				}
			}
			$revoked = $staff->revoke( $granted->id, 1, 'Chargeback' );
			$days    = ( $extended->expires_at->getTimestamp() - $granted->expires_at->getTimestamp() ) / 86400;
			echo wp_json_encode( array( $granted->source, $days, $errors, $revoked->status, $log( $revoked ) ) );
		` );
		expect( result ).toEqual( [
			'staff',
			10,
			{
				'no reason': [ 'wp24hd_reason_required', 400 ],
				'bad plan': [ 'wp24hd_invalid_plan', 400 ],
				'bad user': [ 'wp24hd_invalid_user', 400 ],
				'bad days': [ 'wp24hd_invalid_days', 400 ],
				missing: [ 'wp24hd_entitlement_not_found', 404 ],
			},
			'cancelled',
			[ 'staff_grant', 'staff_extend', 'staff_revoke' ],
		] );
	} );

	it( 'rewrites grant and refund keys of schema 9 to site, order and line, so the same line is still granted once', async () => {
		const result = await run( `
			global $wpdb;
			$repo = new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository();
			$held = $buy( 4501, $ago( 'PT1H' ), 7777 );
			// As schema 9 stored them: keyed by the bare line, the refund row without its order.
			$wpdb->update( WP24\\Helpdesk\\Schema\\Tables::entitlement_log(), array( 'event_key' => 'grant:order_item:4501' ), array( 'event_key' => WP24\\Helpdesk\\Entitlements\\Purchase_Service::purchase_key( 'grant', 7777, 4501 ) ) );
			$repo->purchase_events()->claim( 'refund:order_item:4501', array( 'entitlement_id' => $held->id, 'event' => 'refund', 'order_item_id' => 4501 ) );
			update_option( 'wp24hd_schema_version', 9, false );
			( new WP24\\Helpdesk\\Schema\\Schema_Manager() )->maybe_upgrade();
			$again = $buy( 4501, $ago( 'PT1H' ), 7777 );
			echo wp_json_encode( array(
				'keys'  => $wpdb->get_col( $wpdb->prepare( 'SELECT event_key FROM %i WHERE entitlement_id = %d ORDER BY id', WP24\\Helpdesk\\Schema\\Tables::entitlement_log(), $held->id ) ),
				'same'  => $again->id === $held->id,
				'refund_order' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT order_id FROM %i WHERE event = 'refund' AND entitlement_id = %d", WP24\\Helpdesk\\Schema\\Tables::entitlement_log(), $held->id ) ),
				'blog'  => get_current_blog_id(),
			) );
		` );
		expect( result ).toEqual( {
			keys: [
				`grant:${ result.blog }:7777:4501`,
				`refund:${ result.blog }:7777:4501`,
			],
			same: true,
			refund_order: 7777,
			blog: result.blog,
		} );
	} );
} );
