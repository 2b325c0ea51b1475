/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';
import type { CreatedUser } from '../harness/site';

type Held = {
	id: number;
	user_id: number;
	status: string;
	starts: string;
	expires: string;
};

/**
 * Plans sold through WooCommerce (R10–R12) and quote payments (R8), against the documented
 * WooCommerce fake (tests/integration/mu-plugins/fakes/woocommerce.php), the only fake allowed.
 */
describe( 'WooCommerce: plans, refunds and quote payments', () => {
	const site = useSite();
	let planId: number;
	const PRODUCT = 777;

	/**
	 * Runs PHP with `$order( $args )`, `$held( $user )` (entitlements of a user), `$fire( $hook, $id )`,
	 * `$at( $spec_ago )` (Unix time) and `$ents`.
	 *
	 * @param body PHP that echoes JSON.
	 */
	const run = < T >( body: string ) =>
		site().phpJson< T >( `
			$plan  = ${ planId };
			$ents  = new WP24\\Helpdesk\\Entitlements\\Entitlement_Service( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository(), new WP24\\Helpdesk\\Plans\\Plan_Post_Type() );
			$order = static fn( array $args ) => WP24_Fake_WooCommerce::order( $args + array( 'lines' => array( array( ${ PRODUCT }, 1, '120.00' ), array( 888, 1, '15.00' ) ) ) );
			$items = static fn( int $id ) => array_keys( WP24_Fake_WooCommerce::get( $id )['items'] );
			$fire  = static function ( string $hook, int $id ) {
				do_action( $hook, $id, wc_get_order( $id ) );
			};
			$at    = static fn( string $spec ) => ( new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->sub( new DateInterval( $spec ) )->getTimestamp();
			$held  = static fn( int $user ) => array_map(
				static fn( $e ) => array( 'id' => $e->id, 'user_id' => $e->user_id, 'status' => $e->status, 'starts' => $e->starts_at->format( 'Y-m-d H:i:s' ), 'expires' => $e->expires_at->format( 'Y-m-d H:i:s' ) ),
				( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() )->for_user( $user )
			);
			${ body }
		` );

	const customer = () => site().createUser( 'subscriber' );

	beforeAll( async () => {
		planId = await site().phpJson< number >( `
			update_option( 'wp24hd_test_woocommerce_fake', 1 );
			$id = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_product_ids' => array( ${ PRODUCT } ), 'wp24hd_duration_days' => 365, 'wp24hd_refund_window_hours' => 24 ) ) );
			echo (int) $id;
		` );
	} );

	it( 'grants one entitlement per plan line, however often and in whatever order the hooks fire, for 365 days from the paid date', async () => {
		const user = await customer();
		const result = await run< { held: Held[]; log: string[] } >( `
			$id = $order( array( 'customer_id' => ${ user.id }, 'status' => 'completed', 'date_paid' => gmmktime( 10, 0, 0, 11, 20, 2026 ) ) );
			foreach ( array( 'woocommerce_order_status_completed', 'woocommerce_payment_complete', 'woocommerce_order_status_processing', 'woocommerce_payment_complete' ) as $hook ) {
				$fire( $hook, $id );
			}
			$held_now = $held( ${ user.id } );
			echo wp_json_encode( array( 'held' => $held_now, 'log' => array_column( ( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() )->log_for( $held_now[0]['id'] ), 'event' ) ) );
		` );

		expect( result.held ).toEqual( [
			expect.objectContaining( {
				status: 'active',
				starts: '2026-11-20 10:00:00',
				expires: '2027-11-20 10:00:00',
			} ),
		] );
		expect( result.log ).toEqual( [ 'purchase' ] );
	} );

	it( 'grants nothing for cancelled, failed or unpaid orders', async () => {
		const user = await customer();
		const held = await run< Held[] >( `
			$cancelled = $order( array( 'customer_id' => ${ user.id }, 'status' => 'cancelled' ) );
			$failed    = $order( array( 'customer_id' => ${ user.id }, 'status' => 'failed', 'date_paid' => null ) );
			$pending   = $order( array( 'customer_id' => ${ user.id }, 'status' => 'pending' ) );
			foreach ( array( $cancelled, $failed, $pending ) as $id ) {
				$fire( 'woocommerce_payment_complete', $id );
				$fire( 'woocommerce_order_status_processing', $id );
			}
			echo wp_json_encode( $held( ${ user.id } ) );
		` );
		expect( held ).toEqual( [] );
	} );

	it( 'extends an active plan from its expiry, and starts a new period after expiry', async () => {
		const user = await customer();
		const result = await run< { stacked: Held[]; fresh: Held[] } >( `
			$first = $order( array( 'customer_id' => ${ user.id }, 'status' => 'processing', 'date_paid' => gmmktime( 9, 0, 0, 1, 10, 2026 ) ) );
			$fire( 'woocommerce_payment_complete', $first );
			$second = $order( array( 'customer_id' => ${ user.id }, 'status' => 'processing', 'date_paid' => gmmktime( 9, 0, 0, 12, 20, 2026 ) ) );
			$fire( 'woocommerce_payment_complete', $second );
			$stacked = $held( ${ user.id } );
			// A year later nobody renewed: the plan expired; the next purchase starts from its payment.
			( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() )->update( $stacked[0]['id'], array( 'status' => 'expired', 'expires_at' => new DateTimeImmutable( '2026-12-01 00:00:00', new DateTimeZone( 'UTC' ) ) ) );
			$third = $order( array( 'customer_id' => ${ user.id }, 'status' => 'completed', 'date_paid' => $at( 'PT1H' ) ) );
			$fire( 'woocommerce_order_status_completed', $third );
			echo wp_json_encode( array( 'stacked' => $stacked, 'fresh' => $held( ${ user.id } ) ) );
		` );

		expect( result.stacked ).toEqual( [
			expect.objectContaining( {
				starts: '2026-01-10 09:00:00',
				expires: '2028-01-10 09:00:00',
			} ),
		] );
		expect( result.fresh ).toHaveLength( 2 );
		expect( result.fresh[ 0 ].status ).toBe( 'active' );
		expect( result.fresh[ 0 ].id ).not.toBe( result.stacked[ 0 ].id );
	} );

	it( 'takes back only the added year when a renewal is refunded', async () => {
		const user = await customer();
		const result = await run< {
			before: Held;
			after: Held;
			log: string[];
		} >( `
			$first = $order( array( 'customer_id' => ${ user.id }, 'status' => 'processing', 'date_paid' => gmmktime( 8, 0, 0, 11, 1, 2026 ) ) );
			$fire( 'woocommerce_payment_complete', $first );
			$renewal = $order( array( 'customer_id' => ${ user.id }, 'status' => 'processing', 'date_paid' => $at( 'PT1H' ) ) );
			$fire( 'woocommerce_payment_complete', $renewal );
			$before = $held( ${ user.id } )[0];
			WP24_Fake_WooCommerce::refund_item( $renewal, $items( $renewal )[0], 120.0, 1 );
			$fire( 'woocommerce_order_refunded', $renewal );
			$after = $held( ${ user.id } )[0];
			echo wp_json_encode( array( 'before' => $before, 'after' => $after, 'log' => array_column( ( new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository() )->log_for( $after['id'] ), 'event' ) ) );
		` );
		// 365 days each: 2028 has a 29 February.
		expect( result.before.expires ).toBe( '2028-10-31 08:00:00' );
		expect( result.after ).toEqual(
			expect.objectContaining( {
				status: 'active',
				expires: '2027-11-01 08:00:00',
			} )
		);
		expect( result.log ).toEqual( [ 'purchase', 'renewal', 'refund' ] );
	} );

	it( 'lets the customer ask for a refund at 23 h 59 m, and refuses it at 24 h 01 m', async () => {
		const inside = await customer();
		const outside = await customer();
		await run( `
			$fire( 'woocommerce_payment_complete', $order( array( 'customer_id' => ${ inside.id }, 'status' => 'processing', 'date_paid' => $at( 'PT23H59M' ) ) ) );
			$fire( 'woocommerce_payment_complete', $order( array( 'customer_id' => ${ outside.id }, 'status' => 'processing', 'date_paid' => $at( 'PT24H1M' ) ) ) );
			echo '1';
		` );
		const ask = async ( user: CreatedUser ) => {
			const session = await site().loginAs( user.login, user.password );
			return session.rest( '/wp24-helpdesk/v1/tickets', {
				json: {
					type: 'refund-request',
					subject: 'Refund please',
					message: 'I changed my mind about the plan, sorry.',
					consent: true,
				},
			} );
		};
		const allowed = await ask( inside );
		expect( allowed.status ).toBe( 201 );
		expect( allowed.json().type ).toBe( 'refund-request' );
		const refused = await ask( outside );
		expect( refused.status ).toBe( 400 );
		expect( refused.json().code ).toBe( 'wp24hd_refund_window_closed' );

		const tabs = await run< { inside: string; outside: string } >( `
			$tab = static function ( int $user ) {
				wp_set_current_user( $user );
				ob_start();
				do_action( 'woocommerce_account_wp24-support_endpoint' );
				return ob_get_clean();
			};
			echo wp_json_encode( array( 'inside' => $tab( ${ inside.id } ), 'outside' => $tab( ${ outside.id } ) ) );
		` );
		expect( tabs.inside ).toContain( 'Ask for a refund' );
		expect( tabs.inside ).toContain( 'Piano Basic' );
		expect( tabs.inside ).toContain( 'Refund please' );
		expect( tabs.outside ).toContain( 'Active until' );
		expect( tabs.outside ).not.toContain( 'Ask for a refund' );
	} );

	it( 'revokes on a full refund of the plan line, not on a partial one, and logs a late refund as an override', async () => {
		const early = await customer();
		const late = await customer();
		const result = await run< {
			partial: string;
			full: string;
			fullLog: string[];
			lateBox: string;
			late: string;
			lateLog: string[];
			lateNotes: string[];
			lateBoxAfter: string;
		} >( `
			$repo  = new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository();
			$early = $order( array( 'customer_id' => ${ early.id }, 'status' => 'processing', 'date_paid' => $at( 'PT2H' ) ) );
			$fire( 'woocommerce_payment_complete', $early );
			$line = $items( $early )[0];
			WP24_Fake_WooCommerce::refund_item( $early, $line, 60.0, 0 );
			$fire( 'woocommerce_order_refunded', $early );
			$partial = $held( ${ early.id } )[0]['status'];
			WP24_Fake_WooCommerce::refund_item( $early, $line, 60.0, 1 );
			$fire( 'woocommerce_order_refunded', $early );
			$fire( 'woocommerce_order_refunded', $early );
			$full = $held( ${ early.id } )[0];

			$late = $order( array( 'customer_id' => ${ late.id }, 'status' => 'completed', 'date_paid' => $at( 'P3D' ) ) );
			$fire( 'woocommerce_payment_complete', $late );
			$box = new WP24\\Helpdesk\\Commerce\\Order_Plan_Box( new WP24\\Helpdesk\\Commerce\\Order_Reader(), $ents, new WP24\\Helpdesk\\Plans\\Plan_Post_Type() );
			$late_box = $box->html( $late );
			WP24_Fake_WooCommerce::refund_item( $late, $items( $late )[0], 120.0, 1 );
			wp_set_current_user( 1 );
			$fire( 'woocommerce_order_refunded', $late );
			$late_held = $held( ${ late.id } )[0];
			echo wp_json_encode( array(
				'partial'      => $partial,
				'full'         => $full['status'],
				'fullLog'      => array_column( $repo->log_for( $full['id'] ), 'event' ),
				'lateBox'      => $late_box,
				'late'         => $late_held['status'],
				'lateLog'      => array_column( $repo->log_for( $late_held['id'] ), 'event' ),
				'lateNotes'    => WP24_Fake_WooCommerce::get( $late )['notes'],
				'lateBoxAfter' => $box->html( $late ),
			) );
		` );

		expect( result.partial ).toBe( 'active' );
		expect( result.full ).toBe( 'refunded' );
		expect( result.fullLog ).toEqual( [ 'purchase', 'refund' ] );
		expect( result.lateBox ).toContain(
			'The 24-hour refund window of the terms has closed.'
		);
		expect( result.late ).toBe( 'refunded' );
		expect( result.lateLog ).toEqual( [ 'purchase', 'refund_override' ] );
		expect( result.lateNotes.join( '\n' ) ).toContain(
			"this refund came after the plan's 24-hour refund window"
		);
		expect( result.lateBoxAfter ).toContain( 'recorded as an override' );
	} );

	it( 'gives a guest order to the account later registered with its billing email', async () => {
		const result = await run< {
			before: Held[];
			after: Held[];
			user: number;
		} >( `
			$id = $order( array( 'customer_id' => 0, 'billing_email' => 'newbuyer@example.test', 'status' => 'processing', 'date_paid' => $at( 'PT5M' ) ) );
			$fire( 'woocommerce_payment_complete', $id );
			$before = $held( 0 );
			$user   = wp_insert_user( array( 'user_login' => 'newbuyer', 'user_email' => 'newbuyer@example.test', 'user_pass' => wp_generate_password() ) );
			echo wp_json_encode( array( 'before' => $before, 'after' => $held( $user ), 'user' => $user ) );
		` );
		expect( result.before ).toHaveLength( 1 );
		expect( result.after ).toEqual( [
			expect.objectContaining( {
				user_id: result.user,
				status: 'active',
			} ),
		] );
	} );

	it( 'creates one pending order for an accepted quote, and its payment opens the ticket', async () => {
		const user = await customer();
		const session = await site().loginAs( user.login, user.password );
		const ticketId = await run< number >( `
			$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc      = new WP24\\Helpdesk\\Tickets\\Ticket_Service( $repo, $ents, $plans, new WP24\\Helpdesk\\Settings\\Settings() );
			$quotes   = new WP24\\Helpdesk\\Tickets\\Quote_Service( $repo, $svc );
			$ticket   = $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( ${ user.id }, 'New landing page', 'Please build a landing page for the spring sale.', 'one-shot', 'normal', '', '', true ) )['ticket'];
			$quotes->create( $ticket, 45000, 'EUR', 'Two days.', ( new DateTimeImmutable( '+7 days' ) ), true, 1 );
			$quotes->decide( $repo->find( $ticket->id() ), true, ${ user.id }, '127.0.0.1' );
			// Work waits for the payment in this scenario: the technician puts the ticket on hold.
			$svc->change_status( $repo->find( $ticket->id() ), 'waiting_customer', 1 );
			echo $ticket->id();
		` );
		const path = `/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`;
		const first = await session.rest( path, { method: 'POST' } );
		expect( first.status ).toBe( 200 );
		const again = await session.rest( path, { method: 'POST' } );
		expect( again.json() ).toEqual( first.json() );
		const { order_id: orderId, payment_url: paymentUrl } = first.json();
		expect( paymentUrl ).toContain( `/checkout/order-pay/${ orderId }/` );
		const stranger = await site().createUser( 'subscriber' );
		const other = await site().loginAs( stranger.login, stranger.password );
		expect( ( await other.rest( path, { method: 'POST' } ) ).status ).toBe(
			404
		);

		const result = await run< {
			order: {
				customer_id: number;
				billing_email: string;
				status: string;
				meta: Record< string, number >;
				items: Record<
					string,
					{ type: string; name: string; total: string }
				>;
			};
			paid: boolean;
			status: string;
			note: boolean;
		} >( `
			$stored = WP24_Fake_WooCommerce::get( ${ orderId } );
			WP24_Fake_WooCommerce::set( ${ orderId }, array( 'status' => 'processing', 'date_paid' => time() ) );
			$fire( 'woocommerce_payment_complete', ${ orderId } );
			$fire( 'woocommerce_order_status_processing', ${ orderId } );
			$repo  = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$notes = array_column( $repo->messages( ${ ticketId }, false ), 'body' );
			echo wp_json_encode( array(
				'order'  => $stored,
				'paid'   => null !== $repo->latest_quote( ${ ticketId } )['paid_at'],
				'status' => $repo->find( ${ ticketId } )->status(),
				'note'   => 1 === count( array_filter( $notes, static fn( $n ) => str_starts_with( $n, 'Payment received for the quote (order #${ orderId })' ) ) ),
			) );
		` );
		expect( result.order.customer_id ).toBe( user.id );
		expect( result.order.status ).toBe( 'pending' );
		expect( result.order.meta ).toEqual( {
			_wp24hd_quote_id: expect.any( Number ),
		} );
		expect( Object.values( result.order.items ) ).toEqual( [
			expect.objectContaining( {
				type: 'fee',
				name: expect.stringMatching(
					/^Quote for ticket WP24-\w+: New landing page$/
				),
				total: '450',
			} ),
		] );
		expect( result.paid ).toBe( true );
		expect( result.status ).toBe( 'open' );
		expect( result.note ).toBe( true );
	} );

	it( 'shows a buy button that adds the linked product to the cart, and a contact link without WooCommerce', async () => {
		const render = () =>
			site().php(
				`echo do_blocks( '<!-- wp:wp24-helpdesk/plan-table {"buttonLabel":"Acquista"} /-->' );`
			);
		const withShop = await render();
		expect( withShop ).toContain( `/cart/?add-to-cart=${ PRODUCT }` );
		expect( withShop ).toContain( '>Acquista</a>' );
		await site().php( `delete_option( 'wp24hd_test_woocommerce_fake' );` );
		const withoutShop = await render();
		await site().php(
			`update_option( 'wp24hd_test_woocommerce_fake', 1 );`
		);
		expect( withoutShop ).not.toContain( 'add-to-cart' );
		expect( withoutShop ).toContain( '>Contact us</a>' );
	} );

	it( 'follows WooCommerce Subscriptions status changes on the plan', async () => {
		const user = await customer();
		const statuses = await run< string[] >( `
			update_option( 'wp24hd_test_subscriptions_fake', 1 );
			$parent = $order( array( 'customer_id' => ${ user.id }, 'status' => 'processing', 'date_paid' => $at( 'P40D' ) ) );
			$fire( 'woocommerce_payment_complete', $parent );
			echo $parent;
		` ).then( async ( parent ) =>
			run< string[] >( `
				$sub = new WC_Subscription( 9999, ${ parent } );
				$out = array();
				foreach ( array( array( 'on-hold', 'active' ), array( 'active', 'on-hold' ), array( 'cancelled', 'active' ) ) as list( $new, $old ) ) {
					do_action( 'woocommerce_subscription_status_updated', $sub, $new, $old );
					$out[] = $held( ${ user.id } )[0]['status'];
				}
				delete_option( 'wp24hd_test_subscriptions_fake' );
				echo wp_json_encode( $out );
			` )
		);
		expect( statuses ).toEqual( [ 'on_hold', 'active', 'cancelled' ] );
	} );
} );
