/**
 * Internal dependencies
 */
import {
	guestShopper,
	openShop,
	realShop,
	shopName,
	storeCheckout,
	useOrderTables,
} from '../harness/shop';
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
 * Plans sold through WooCommerce (R10–R12) and quote payments (R8). Orders go through
 * WooCommerce's own lifecycle (mu-plugins/wp24-shop.php: `payment_complete()`, statuses set as a
 * gateway or the shop sets them, `wc_create_refund()`), never through hooks fired by hand: on the
 * real-WooCommerce lane against WooCommerce itself, elsewhere against the fake whose behaviour
 * contract.test.ts holds to the recorded traces.
 */
const storages = realShop() ? [ 'HPOS on', 'HPOS off' ] : [ 'one storage' ];

describe.each( storages )(
	`WooCommerce (${ shopName() }, %s): plans, refunds and quote payments`,
	( storage ) => {
		const site = useSite();
		let planId: number;
		let product: number;
		let extra: number;

		/**
		 * Runs PHP with `$buy( $user, $paid_ago = null, $qty = 1, $line = 0 )` (a pending order for the
		 * plan and an unrelated 15.00 line, or for product `$line` alone; a paid date set `$paid_ago` back),
		 * `$held( $user )`, `$log( $id )`, `$notes( $order_id )`, `$ago( $spec )`, `$ents` (the reader) and `$purchases`.
		 *
		 * @param body PHP that echoes JSON.
		 */
		const run = < T >( body: string ) =>
			site().phpJson< T >( `
			$plan    = ${ planId };
			$product = ${ product };
			$extra   = ${ extra };
			$repo    = new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository();
			$ents    = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( $repo, new WP24\\Helpdesk\\Plans\\Plan_Post_Type() );
			$purchases = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( $ents, $repo );
			$ago     = static fn( string $spec ) => ( new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->sub( new DateInterval( $spec ) )->getTimestamp();
			$buy     = static function ( int $user, ?string $paid_ago = null, int $qty = 1, int $line = 0 ) use ( $product, $extra, $ago ) {
				$order = WP24_Shop::order( $user, $line ? array( array( $line, $qty ) ) : array( array( $product, $qty ), array( $extra, 1 ) ), array( 'email' => $user ? get_userdata( $user )->user_email : 'newbuyer@example.test' ) );
				if ( null !== $paid_ago ) {
					$order->set_date_paid( $ago( $paid_ago ) );
					$order->save();
				}
				return wc_get_order( $order->get_id() );
			};
			$held    = static fn( int $user ) => array_map(
				static fn( $e ) => array( 'id' => $e->id, 'user_id' => $e->user_id, 'status' => $e->status, 'starts' => $e->starts_at->format( 'Y-m-d H:i:s' ), 'expires' => $e->expires_at->format( 'Y-m-d H:i:s' ) ),
				// Newest period first.
				array_reverse( $repo->search( array( 'user_id' => $user ), 1, 100 )['items'] )
			);
			$log     = static fn( int $id ) => array_map( static fn( $entry ) => $entry->event . '#' . $entry->order_id, $repo->log()->for_entitlement( $id ) );
			$notes   = static fn( int $order_id ) => array_values( array_filter( array_map( static fn( $note ) => $note->content, wc_get_order_notes( array( 'order_id' => $order_id ) ) ), static fn( $text ) => str_starts_with( $text, 'WP24 Helpdesk' ) ) );
			${ body }
		` );

		const customer = () => site().createUser( 'subscriber' );

		beforeAll( async () => {
			await openShop( site() );
			await useOrderTables( site(), storage === 'HPOS on' );
			[ planId, product, extra ] = await site().phpJson<
				[ number, number, number ]
			>( `
			$product = WP24_Shop::product( 'Piano Basic (1 anno)', '120.00' );
			$id = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_product_ids' => array( $product ), 'wp24hd_duration_days' => 365, 'wp24hd_refund_window_hours' => 24 ) ) );
			echo wp_json_encode( array( $id, $product, WP24_Shop::product( 'Backup extra', '15.00' ) ) );
		` );
		} );

		it( 'grants one entitlement per plan line from the paid date, however often the payment hooks fire', async () => {
			const user = await customer();
			const result = await run< {
				held: Held[];
				log: string[];
				order: number;
				notes: string[];
			} >( `
			$order = $buy( ${ user.id }, 'PT2H' );
			$order->payment_complete( 'tx-1' );
			wc_get_order( $order->get_id() )->payment_complete( 'tx-1' );
			wc_get_order( $order->get_id() )->update_status( 'completed', '', true );
			$now = $held( ${ user.id } );
			echo wp_json_encode( array( 'held' => $now, 'log' => $log( $now[0]['id'] ), 'order' => $order->get_id(), 'notes' => $notes( $order->get_id() ) ) );
		` );
			expect( result.held ).toHaveLength( 1 );
			expect( result.held[ 0 ].status ).toBe( 'active' );
			const paid = new Date( result.held[ 0 ].starts + 'Z' ).getTime();
			expect( Math.abs( Date.now() - 2 * 3600e3 - paid ) ).toBeLessThan(
				120e3
			);
			expect( result.log ).toEqual( [ `purchase#${ result.order }` ] );
			expect( result.notes ).toEqual( [
				expect.stringMatching(
					/^WP24 Helpdesk: Piano Basic granted until /
				),
			] );
		} );

		it( 'grants when the shop confirms an offline payment by hand, as WooCommerce counts paid, paid date or not', async () => {
			const transfer = await customer();
			const downloadable = await customer();
			const result = await run< {
				transfer: string[];
				downloadable: string[];
				paidDate: boolean;
			} >( `
			// Bank transfer: on hold until the shop sees the money, then Processing by hand.
			$order = $buy( ${ transfer.id } );
			$order->update_status( 'on-hold', 'Awaiting BACS payment.' );
			$on_hold = count( $held( ${ transfer.id } ) );
			wc_get_order( $order->get_id() )->update_status( 'processing', '', true );
			// A plan sold as a virtual downloadable product needs no processing: WooCommerce sets no
			// paid date at Processing, yet counts the order paid.
			$file  = WP24_Shop::product( 'Piano Basic (download)', '120.00', true );
			update_post_meta( $plan, 'wp24hd_product_ids', array( $product, $file ) );
			$cod   = $buy( ${ downloadable.id }, null, 1, $file );
			$cod->update_status( 'on-hold', 'Payment to be made upon delivery.' );
			wc_get_order( $cod->get_id() )->update_status( 'processing', '', true );
			update_post_meta( $plan, 'wp24hd_product_ids', array( $product ) );
			echo wp_json_encode( array(
				'transfer'     => array( $on_hold, ...array_column( $held( ${ transfer.id } ), 'status' ) ),
				'downloadable' => array_column( $held( ${ downloadable.id } ), 'status' ),
				'paidDate'     => null !== wc_get_order( $cod->get_id() )->get_date_paid(),
			) );
		` );
			expect( result.transfer ).toEqual( [ 0, 'active' ] );
			expect( result.paidDate ).toBe( false );
			expect( result.downloadable ).toEqual( [ 'active' ] );
		} );

		it( 'grants a plan bought at the Store API checkout with cash on delivery at Processing, though WooCommerce sets no paid date until Completed', async () => {
			const user = await customer();
			const session = await site().loginAs( user.login, user.password );
			const bought = await storeCheckout(
				{ request: session.request, nonce: session.nonce },
				[ [ product, 1 ] ],
				'cod',
				`${ user.login }@example.test`
			);
			expect( bought.checkout.status ).toBe( 200 );
			const result = await run< {
				state: Record< string, unknown >;
				held: Held[];
				log: string[];
			} >( `
			$now = $held( ${ user.id } );
			echo wp_json_encode( array( 'state' => WP24_Shop::state( ${ bought.checkout.order } ), 'held' => $now, 'log' => $now ? $log( $now[0]['id'] ) : array() ) );
		` );
			expect( result.state ).toEqual(
				expect.objectContaining( {
					status: 'processing',
					paid_date: false,
					is_paid: true,
				} )
			);
			expect( result.held.map( ( held ) => held.status ) ).toEqual( [
				'active',
			] );
			expect(
				Math.abs(
					Date.now() -
						new Date( result.held[ 0 ].starts + 'Z' ).getTime()
				)
			).toBeLessThan( 120e3 );
			expect( result.log ).toEqual( [
				`purchase#${ bought.checkout.order }`,
			] );
		} );

		it( 'keeps one unit of a plan in the cart when the buy link is followed again, and sells other products by quantity', async () => {
			const bought = await storeCheckout(
				guestShopper( site() ),
				[
					[ product, 1 ],
					[ product, 1 ],
					[ extra, 1 ],
					[ extra, 1 ],
				],
				'bacs',
				`twice-${ Date.now() }@example.test`
			);
			expect( bought.added.map( ( add ) => add.status ) ).toEqual( [
				201, 400, 201, 201,
			] );
			expect( bought.added[ 1 ].code ).toBe( 'readonly_quantity' );
			expect( bought.cart ).toEqual( { [ product ]: 1, [ extra ]: 2 } );
		} );

		it( 'grants nothing for cancelled, failed or unpaid orders', async () => {
			const user = await customer();
			const held = await run< Held[] >( `
			$buy( ${ user.id } )->update_status( 'cancelled', '', true );
			$buy( ${ user.id } )->update_status( 'failed' );
			$buy( ${ user.id } )->update_status( 'on-hold' );
			$buy( ${ user.id } );
			echo wp_json_encode( $held( ${ user.id } ) );
		` );
			expect( held ).toEqual( [] );
		} );

		it( 'extends an active plan from its expiry, and starts a new period after expiry', async () => {
			const user = await customer();
			const result = await run< { stacked: Held[]; fresh: Held[] } >( `
			$buy( ${ user.id }, 'P30D' )->payment_complete();
			$buy( ${ user.id }, 'P1D' )->payment_complete();
			$stacked = $held( ${ user.id } );
			$repo->update( $stacked[0]['id'], array( 'status' => 'expired', 'expires_at' => new DateTimeImmutable( '-1 day', new DateTimeZone( 'UTC' ) ) ) );
			$buy( ${ user.id }, 'PT1H' )->payment_complete();
			echo wp_json_encode( array( 'stacked' => $stacked, 'fresh' => $held( ${ user.id } ) ) );
		` );
			expect( result.stacked ).toHaveLength( 1 );
			const days =
				( new Date( result.stacked[ 0 ].expires + 'Z' ).getTime() -
					new Date( result.stacked[ 0 ].starts + 'Z' ).getTime() ) /
				86400e3;
			expect( days ).toBe( 730 );
			expect( result.fresh ).toHaveLength( 2 );
			expect( result.fresh[ 0 ].status ).toBe( 'active' );
			expect( result.fresh[ 0 ].id ).not.toBe( result.stacked[ 0 ].id );
		} );

		it( 'takes back only the renewed year when a renewal is refunded, and says so on the order with its number', async () => {
			const user = await customer();
			const result = await run< {
				before: Held;
				after: Held;
				log: string[];
				renewal: number;
				first: number;
				notes: string[];
				box: string;
			} >( `
			$first = $buy( ${ user.id }, 'P10D' );
			$first->payment_complete();
			$renewal = $buy( ${ user.id }, 'PT1H' );
			$renewal->payment_complete();
			$before = $held( ${ user.id } )[0];
			$line = array_keys( wc_get_order( $renewal->get_id() )->get_items() )[0];
			wc_create_refund( array( 'order_id' => $renewal->get_id(), 'amount' => 120, 'line_items' => array( $line => array( 'qty' => 1, 'refund_total' => 120 ) ) ) );
			$after = $held( ${ user.id } )[0];
			$box = new WP24\\Helpdesk\\Commerce\\Order_Plan_Box( new WP24\\Helpdesk\\Commerce\\Order_Reader(), $purchases, new WP24\\Helpdesk\\Plans\\Plan_Post_Type() );
			echo wp_json_encode( array( 'before' => $before, 'after' => $after, 'log' => $log( $after['id'] ), 'renewal' => $renewal->get_id(), 'first' => $first->get_id(), 'notes' => $notes( $renewal->get_id() ), 'box' => $box->html( $renewal->get_id() ) ) );
		` );
			const year = 365 * 86400e3;
			expect(
				new Date( result.before.expires + 'Z' ).getTime() -
					new Date( result.after.expires + 'Z' ).getTime()
			).toBe( year );
			expect( result.after.status ).toBe( 'active' );
			expect( result.log ).toEqual( [
				`purchase#${ result.first }`,
				`renewal#${ result.renewal }`,
				`refund#${ result.renewal }`,
			] );
			expect( result.notes[ 0 ] ).toMatch(
				/^WP24 Helpdesk: the period this renewal added was taken back \(refund within the 24-hour window\); the plan now ends on /
			);
			expect( result.box ).toContain(
				'This order renewed the plan; its refund took back the period it added.'
			);
		} );

		it( 'lets the customer ask for a refund at 23 h 59 m, and refuses it at 24 h 01 m', async () => {
			const inside = await customer();
			const outside = await customer();
			await run( `
			$buy( ${ inside.id }, 'PT23H59M' )->payment_complete();
			$buy( ${ outside.id }, 'PT24H1M' )->payment_complete();
			echo '1';
		` );
			const ask = async ( user: CreatedUser ) => {
				const session = await site().loginAs(
					user.login,
					user.password
				);
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

		it( 'revokes on a full refund of the plan line, by lines or by amount, not on a partial one, and logs a late refund as an override', async () => {
			const early = await customer();
			const byAmount = await customer();
			const late = await customer();
			const result = await run< {
				partial: string;
				full: string;
				fullLog: string[];
				amountOnly: string[];
				lateBox: string;
				late: string;
				lateLog: string[];
				lateNotes: string[];
				lateBoxAfter: string;
				lateOrder: number;
			} >( `
			$early = $buy( ${ early.id }, 'PT2H' );
			$early->payment_complete();
			$line = array_keys( $early->get_items() )[0];
			wc_create_refund( array( 'order_id' => $early->get_id(), 'amount' => 60, 'line_items' => array( $line => array( 'qty' => 0, 'refund_total' => 60 ) ) ) );
			$partial = $held( ${ early.id } )[0]['status'];
			wc_create_refund( array( 'order_id' => $early->get_id(), 'amount' => 60, 'line_items' => array( $line => array( 'qty' => 1, 'refund_total' => 60 ) ) ) );
			$full = $held( ${ early.id } )[0];

			// Amount only, in two steps: the order reaches Refunded with no line named.
			$amount = $buy( ${ byAmount.id }, 'PT1H' );
			$amount->payment_complete();
			wc_create_refund( array( 'order_id' => $amount->get_id(), 'amount' => 100 ) );
			$amount_only = array( $held( ${ byAmount.id } )[0]['status'] );
			wc_create_refund( array( 'order_id' => $amount->get_id(), 'amount' => 35 ) );
			$amount_only[] = $held( ${ byAmount.id } )[0]['status'];

			$late = $buy( ${ late.id }, 'P3D' );
			$late->payment_complete();
			$box = new WP24\\Helpdesk\\Commerce\\Order_Plan_Box( new WP24\\Helpdesk\\Commerce\\Order_Reader(), $purchases, new WP24\\Helpdesk\\Plans\\Plan_Post_Type() );
			$late_box = $box->html( $late->get_id() );
			wp_set_current_user( 1 );
			wc_create_refund( array( 'order_id' => $late->get_id(), 'amount' => 135 ) );
			$late_held = $held( ${ late.id } )[0];
			echo wp_json_encode( array(
				'partial'      => $partial,
				'full'         => $full['status'],
				'fullLog'      => $log( $full['id'] ),
				'amountOnly'   => $amount_only,
				'lateBox'      => $late_box,
				'late'         => $late_held['status'],
				'lateLog'      => $log( $late_held['id'] ),
				'lateNotes'    => $notes( $late->get_id() ),
				'lateBoxAfter' => $box->html( $late->get_id() ),
				'lateOrder'    => $late->get_id(),
			) );
		` );

			expect( result.partial ).toBe( 'active' );
			expect( result.full ).toBe( 'refunded' );
			expect(
				result.fullLog.map( ( e ) => e.split( '#' )[ 0 ] )
			).toEqual( [ 'purchase', 'refund' ] );
			expect( result.amountOnly ).toEqual( [ 'active', 'refunded' ] );
			expect( result.lateBox ).toContain(
				'The 24-hour refund window of the terms has closed.'
			);
			expect( result.late ).toBe( 'refunded' );
			expect( result.lateLog ).toEqual( [
				`purchase#${ result.lateOrder }`,
				`refund_override#${ result.lateOrder }`,
			] );
			expect( result.lateNotes[ 0 ] ).toContain(
				"this refund came after the plan's 24-hour refund window"
			);
			expect( result.lateBoxAfter ).toContain(
				'recorded as an override'
			);
		} );

		it( 'takes back a plan whose paid order is cancelled inside the refund window, and keeps it with a note after the window', async () => {
			const inside = await customer();
			const outside = await customer();
			const result = await run< {
				inside: string[];
				insideNotes: string[];
				outside: string[];
				outsideLog: string[];
				outsideNotes: string[];
			} >( `
			$a = $buy( ${ inside.id }, 'PT3H' );
			$a->payment_complete();
			wc_get_order( $a->get_id() )->update_status( 'cancelled', '', true );
			$b = $buy( ${ outside.id }, 'P2D' );
			$b->payment_complete();
			wc_get_order( $b->get_id() )->update_status( 'failed' );
			wc_get_order( $b->get_id() )->update_status( 'cancelled', '', true );
			$kept = $held( ${ outside.id } );
			echo wp_json_encode( array(
				'inside'       => array_column( $held( ${ inside.id } ), 'status' ),
				'insideNotes'  => $notes( $a->get_id() ),
				'outside'      => array_column( $kept, 'status' ),
				'outsideLog'   => array_map( static fn( $e ) => explode( '#', $e )[0], $log( $kept[0]['id'] ) ),
				'outsideNotes' => $notes( $b->get_id() ),
			) );
		` );
			expect( result.inside ).toEqual( [ 'refunded' ] );
			expect( result.insideNotes[ 0 ] ).toBe(
				'WP24 Helpdesk: this paid order was set to cancelled within the 24-hour refund window: the plan it granted was revoked.'
			);
			expect( result.outside ).toEqual( [ 'active' ] );
			expect( result.outsideLog ).toEqual( [
				'purchase',
				'order_cancelled',
			] );
			expect( result.outsideNotes[ 0 ] ).toMatch(
				/^WP24 Helpdesk: this paid order was set to failed after the 24-hour refund window, so the plan was kept \(until .+\)\. If the customer should lose it, revoke it in Helpdesk → Customers\.$/
			);
		} );

		it( 'keys grants by order and line, so a line ID another order reuses grants again and refunds only its own plan', async () => {
			const a = await customer();
			const b = await customer();
			const result = await run< { a: string[]; b: string[] } >( `
			$paid = new DateTimeImmutable( '-1 hour', new DateTimeZone( 'UTC' ) );
			$purchases->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ a.id }, $plan, 91001, 7, $paid ) );
			$purchases->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( ${ b.id }, $plan, 91002, 7, $paid ) );
			$purchases->refund_order_item( 91001, 7, 1 );
			echo wp_json_encode( array( 'a' => array_column( $held( ${ a.id } ), 'status' ), 'b' => array_column( $held( ${ b.id } ), 'status' ) ) );
		` );
			expect( result ).toEqual( { a: [ 'refunded' ], b: [ 'active' ] } );
		} );

		it( 'sells plan products one at a time, and grants one period for an order made with two units, with a note', async () => {
			const user = await customer();
			const result = await run< {
				plan: boolean;
				other: boolean;
				held: Held[];
				notes: string[];
			} >( `
			$order = $buy( ${ user.id }, 'PT1H', 2 );
			$order->payment_complete();
			$now = $held( ${ user.id } );
			echo wp_json_encode( array(
				'plan'  => wc_get_product( $product )->is_sold_individually(),
				'other' => wc_get_product( $extra )->is_sold_individually(),
				'held'  => $now,
				'notes' => $notes( $order->get_id() ),
			) );
		` );
			expect( result.plan ).toBe( true );
			expect( result.other ).toBe( false );
			expect( result.held ).toHaveLength( 1 );
			const days =
				( new Date( result.held[ 0 ].expires + 'Z' ).getTime() -
					new Date( result.held[ 0 ].starts + 'Z' ).getTime() ) /
				86400e3;
			expect( days ).toBe( 365 );
			expect( result.notes ).toContain(
				'WP24 Helpdesk: this order has 2 units of Piano Basic, but one order grants one period. Refund the extra units, or grant the extra time by hand in Helpdesk → Customers.'
			);
		} );

		it( 'gives a guest order to the account later registered with its billing email', async () => {
			const result = await run< {
				before: Held[];
				after: Held[];
				user: number;
			} >( `
			$email = 'newbuyer' . wp_rand() . '@example.test';
			$order = $buy( 0, 'PT5M' );
			$order->set_billing_email( $email );
			$order->save();
			$order->payment_complete();
			$before = array_values( array_filter( $held( 0 ), static fn( $row ) => $row['id'] === max( array_column( $held( 0 ), 'id' ) ) ) );
			$user   = wp_insert_user( array( 'user_login' => strstr( $email, '@', true ), 'user_email' => $email, 'user_pass' => wp_generate_password() ) );
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

		/**
		 * A one-shot ticket of a new customer with an accepted quote, waiting for its payment.
		 *
		 * @param user     The customer.
		 * @param currency The quote's currency, written as an older version could store it.
		 */
		const acceptedQuote = ( user: CreatedUser, currency = 'EUR' ) =>
			run< number >( `
			$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
			$tickets  = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$svc      = new WP24\\Helpdesk\\Tickets\\Intake_Service( $tickets, $ents, $plans, $settings = new WP24\\Helpdesk\\Settings\\Settings(), new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings ) );
			$lifecycle = new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $tickets, new WP24\\Helpdesk\\Settings\\Settings() );
			$quotes   = new WP24\\Helpdesk\\Tickets\\Quote_Service( $tickets, $lifecycle );
			$ticket   = $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( ${ user.id }, 'New landing page', 'Please build a landing page for the spring sale.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) )['ticket'];
			$quote    = $quotes->create( $ticket, 45000, 'EUR', 'Two days.', ( new DateTimeImmutable( '+7 days' ) ), true, 1 );
			$tickets->quotes()->update( $quote->id, array( 'currency' => '${ currency }' ) );
			$quotes->decide( $tickets->find( $ticket->id() ), true, ${ user.id }, '127.0.0.1' );
			$lifecycle->change_status( $tickets->find( $ticket->id() ), WP24\\Helpdesk\\Tickets\\Ticket_Status::WAITING, 1 );
			echo $ticket->id();
		` );

		/**
		 * The ticket's quote, its status and its thread's notes about payment.
		 * @param ticketId
		 */
		const quoteState = ( ticketId: number ) =>
			run< {
				paid: boolean;
				order: number;
				status: string;
				notes: string[];
			} >( `
			$tickets = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
			$quote   = $tickets->quotes()->latest( ${ ticketId } );
			echo wp_json_encode( array(
				'paid'   => $quote->is_paid(),
				'order'  => $quote->order_id,
				'status' => $tickets->find( ${ ticketId } )->status->value,
				'notes'  => array_values( array_filter( array_column( $tickets->messages()->thread( ${ ticketId }, true ), 'body' ), static fn( $body ) => str_contains( $body, 'order #' ) ) ),
			) );
		` );

		it( 'creates one pending order for an accepted quote, reuses it, and its payment opens the ticket', async () => {
			const user = await customer();
			const session = await site().loginAs( user.login, user.password );
			const ticketId = await acceptedQuote( user );
			const path = `/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`;
			const first = await session.rest( path, { method: 'POST' } );
			expect( first.status ).toBe( 200 );
			const again = await session.rest( path, { method: 'POST' } );
			expect( again.json() ).toEqual( first.json() );
			const { order_id: orderId, payment_url: paymentUrl } = first.json();
			expect( paymentUrl ).toContain( `/order-pay/${ orderId }/` );
			const stranger = await site().createUser( 'subscriber' );
			const other = await site().loginAs(
				stranger.login,
				stranger.password
			);
			expect(
				( await other.rest( path, { method: 'POST' } ) ).status
			).toBe( 404 );

			const order = await run< {
				customer: number;
				state: Record< string, unknown >;
				quote: number;
				lines: string[];
			} >( `
			$order = wc_get_order( ${ orderId } );
			echo wp_json_encode( array(
				'customer' => $order->get_customer_id(),
				'state'    => WP24_Shop::state( ${ orderId } ),
				'quote'    => (int) $order->get_meta( '_wp24hd_quote_id' ),
				'lines'    => array_map( static fn( $item ) => $item->get_name() . ' ' . wc_format_decimal( $item->get_total(), 2 ), array_values( $order->get_items( 'fee' ) ) ),
			) );
		` );
			expect( order.customer ).toBe( user.id );
			expect( order.state ).toEqual(
				expect.objectContaining( {
					status: 'pending',
					needs_payment: true,
					total: '450.00',
					currency: 'EUR',
				} )
			);
			expect( order.quote ).toBeGreaterThan( 0 );
			expect( order.lines ).toEqual( [
				expect.stringMatching(
					/^Quote for ticket WP24-\w+: New landing page 450\.00$/
				),
			] );

			await run(
				`wc_get_order( ${ orderId } )->payment_complete(); echo 1;`
			);
			const paid = await quoteState( ticketId );
			expect( paid.paid ).toBe( true );
			expect( paid.status ).toBe( 'open' );
			expect(
				paid.notes.filter( ( note ) =>
					note.startsWith(
						`Payment received for the quote (order #${ orderId })`
					)
				)
			).toHaveLength( 1 );
			const after = await session.rest( path, { method: 'POST' } );
			expect( after.status ).toBe( 409 );
			expect( after.json().code ).toBe( 'wp24hd_quote_paid' );
		} );

		it( 'marks a quote paid by bank transfer when the shop moves its fee-only order to Processing by hand', async () => {
			const user = await customer();
			const session = await site().loginAs( user.login, user.password );
			const ticketId = await acceptedQuote( user );
			const path = `/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`;
			const { order_id: orderId } = (
				await session.rest( path, { method: 'POST' } )
			).json();
			await run(
				`wc_get_order( ${ orderId } )->update_status( 'on-hold', 'Awaiting BACS payment.' ); echo 1;`
			);

			// Paying again while the transfer is under way makes no second order.
			const again = await session.rest( path, { method: 'POST' } );
			expect( again.status ).toBe( 409 );
			expect( again.json().code ).toBe(
				'wp24hd_quote_payment_under_way'
			);

			const paidDate = await run< boolean >( `
			wc_get_order( ${ orderId } )->update_status( 'processing', '', true );
			echo wp_json_encode( null !== wc_get_order( ${ orderId } )->get_date_paid() );
		` );
			expect( paidDate ).toBe( false );
			const state = await quoteState( ticketId );
			expect( state ).toEqual(
				expect.objectContaining( {
					paid: true,
					order: orderId,
					status: 'open',
				} )
			);
		} );

		it( 'marks a quote paid when the customer pays it on its order-pay page by bank transfer and the shop confirms it', async () => {
			const user = await customer();
			const session = await site().loginAs( user.login, user.password );
			const ticketId = await acceptedQuote( user );
			const path = `/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`;
			const { order_id: orderId, payment_url: paymentUrl } = (
				await session.rest( path, { method: 'POST' } )
			).json();
			const page = paymentUrl.slice( site().url.length );
			const form = await session.request( page );
			expect( form.status ).toBe( 200 );
			const nonce =
				/name="woocommerce-pay-nonce" value="([a-f0-9]+)"/.exec(
					form.text
				)?.[ 1 ];
			expect( nonce ).toMatch( /^[a-f0-9]{10}$/ );
			const pay = await session.request( page, {
				form: {
					payment_method: 'bacs',
					woocommerce_pay: '1',
					'woocommerce-pay-nonce': nonce ?? '',
				},
			} );
			expect( pay.status ).toBe( 302 );
			expect(
				( await session.rest( path, { method: 'POST' } ) ).json().code
			).toBe( 'wp24hd_quote_payment_under_way' );
			expect( ( await quoteState( ticketId ) ).paid ).toBe( false );
			await run(
				`wc_get_order( ${ orderId } )->update_status( 'processing', '', true ); echo 1;`
			);
			expect( await quoteState( ticketId ) ).toEqual(
				expect.objectContaining( {
					paid: true,
					order: orderId,
					status: 'open',
				} )
			);
		} );

		it( 'replaces only a dead order, and a payment on any order made for the quote marks it paid once', async () => {
			const user = await customer();
			const session = await site().loginAs( user.login, user.password );
			const ticketId = await acceptedQuote( user );
			const path = `/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`;
			const { order_id: first } = (
				await session.rest( path, { method: 'POST' } )
			).json();
			await run(
				`wc_get_order( ${ first } )->update_status( 'cancelled', '', true ); echo 1;`
			);
			const { order_id: second } = (
				await session.rest( path, { method: 'POST' } )
			).json();
			expect( second ).not.toBe( first );
			// The customer pays the cancelled first order after all (a gateway completes it).
			await run(
				`wc_get_order( ${ first } )->payment_complete(); wc_get_order( ${ first } )->payment_complete(); echo 1;`
			);
			const state = await quoteState( ticketId );
			expect( state.paid ).toBe( true );
			expect( state.order ).toBe( first );
			expect( state.notes ).toEqual( [
				`Payment order #${ first } created for the accepted quote.`,
				`Payment order #${ second } created for the accepted quote.`,
				`Payment received for the quote (order #${ first }). Thank you!`,
				`The quote was paid with order #${ first }, not with its newer order #${ second }: cancel that one in WooCommerce.`,
			] );
		} );

		it( 'refuses a quote in a currency WooCommerce does not know, and leaves no order behind for an old one', async () => {
			const staff = await site().createUser( 'administrator' );
			const admin = await site().loginAs( staff.login, staff.password );
			const user = await customer();
			const ticketId = await acceptedQuote( user );
			const refused = await admin.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/quote`,
				{
					json: {
						amount: 100,
						currency: 'XYZ',
						valid_until: new Date(
							Date.now() + 7 * 86400e3
						).toISOString(),
					},
				}
			);
			expect( refused.status ).toBe( 400 );
			expect( refused.json().code ).toBe( 'wp24hd_invalid_currency' );

			// A quote stored in XYZ before this check: paying it is refused and leaves no order.
			const legacy = await customer();
			const legacyTicket = await acceptedQuote( legacy, 'XYZ' );
			const orders = () =>
				run< number >(
					`echo count( wc_get_orders( array( 'limit' => -1, 'return' => 'ids', 'status' => 'any' ) ) );`
				);
			const before = await orders();
			const session = await site().loginAs(
				legacy.login,
				legacy.password
			);
			const pay = await session.rest(
				`/wp24-helpdesk/v1/tickets/${ legacyTicket }/quote/payment`,
				{ method: 'POST' }
			);
			expect( pay.status ).toBe( 409 );
			expect( pay.json().code ).toBe( 'wp24hd_order_refused' );
			expect( await orders() ).toBe( before );
		} );

		it( 'answers an error and links no order when the shop cannot save the quote order', async () => {
			if ( realShop() ) {
				// A database failure inside WooCommerce can only be injected into the fake.
				return;
			}
			const user = await customer();
			const ticketId = await acceptedQuote( user );
			const session = await site().loginAs( user.login, user.password );
			await site().php(
				`update_option( 'wp24hd_fake_wc_fail_create', 1 );`
			);
			const pay = await session.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`,
				{ method: 'POST' }
			);
			await site().php(
				`delete_option( 'wp24hd_fake_wc_fail_create' );`
			);
			expect( pay.status ).toBe( 500 );
			expect( pay.text ).not.toContain( 'database' );
			const state = await quoteState( ticketId );
			expect( state.order ).toBe( 0 );
			expect( state.notes ).toEqual( [] );
			const retry = await session.rest(
				`/wp24-helpdesk/v1/tickets/${ ticketId }/quote/payment`,
				{ method: 'POST' }
			);
			expect( retry.status ).toBe( 200 );
		} );

		it( 'shows a buy button that adds the linked product to the cart, and a contact link without WooCommerce', async () => {
			const render = () =>
				site().php(
					`echo do_blocks( '<!-- wp:wp24-helpdesk/plan-table {"buttonLabel":"Acquista"} /-->' );`
				);
			const withShop = await render();
			expect( withShop ).toContain( `?add-to-cart=${ product }` );
			expect( withShop ).toContain( '>Acquista</a>' );
			// A plain link (no form to post again), and once the plan is added WooCommerce is sent
			// on to the cart's own address: reloading that page adds nothing (Post/Redirect/Get).
			expect( withShop ).toMatch(
				/<a class="wp-block-button__link wp-element-button" href="[^"]*\?add-to-cart=\d+"/
			);
			const redirects = await site().phpJson<
				[ string, string, string ]
			>( `
				echo wp_json_encode( array(
					apply_filters( 'woocommerce_add_to_cart_redirect', '', wc_get_product( ${ product } ) ),
					wc_get_cart_url(),
					apply_filters( 'woocommerce_add_to_cart_redirect', '', wc_get_product( ${ extra } ) ),
				) );
			` );
			expect( redirects[ 0 ] ).toBe( redirects[ 1 ] );
			expect( redirects[ 0 ] ).not.toContain( 'add-to-cart' );
			expect( redirects[ 2 ] ).toBe( '' );
			if ( realShop() ) {
				return;
			}
			await site().php(
				`delete_option( 'wp24hd_test_woocommerce_fake' );`
			);
			const withoutShop = await render();
			await site().php(
				`update_option( 'wp24hd_test_woocommerce_fake', 1 );`
			);
			expect( withoutShop ).not.toContain( 'add-to-cart' );
			expect( withoutShop ).toContain( '>Contact us</a>' );
		} );

		it( 'adds a plan once from the buy link: the cart answers with its own address, and a reload or the link again adds nothing', async () => {
			if ( ! realShop() ) {
				// The fake has no classic cart (WC_Form_Handler); the redirect filter is checked above.
				return;
			}
			const buyer = await site().createUser( 'subscriber' );
			const session = await site().loginAs( buyer.login, buyer.password );
			const [ link, cart ] = (
				await site().phpJson< [ string, string ] >(
					`echo wp_json_encode( array( add_query_arg( 'add-to-cart', ${ product }, wc_get_cart_url() ), wc_get_cart_url() ) );`
				)
			).map( ( url ) => {
				const parsed = new URL( url );
				return parsed.pathname + parsed.search;
			} );
			const units = () =>
				site().phpJson< number >( `
					$saved = get_user_meta( ${ buyer.id }, '_woocommerce_persistent_cart_' . get_current_blog_id(), true );
					$units = 0;
					foreach ( (array) ( $saved['cart'] ?? array() ) as $item ) {
						$units += (int) $item['product_id'] === ${ product } ? (int) $item['quantity'] : 0;
					}
					echo $units;
				` );

			const first = await session.request( link );
			expect( first.status ).toBe( 302 );
			const target = new URL(
				first.headers.get( 'location' ) ?? '',
				'http://x'
			);
			expect( target.pathname + target.search ).toBe( cart );
			expect( await units() ).toBe( 1 );
			// Reloading the cart, then following the buy link again: still one unit, and words.
			expect( ( await session.request( cart ) ).status ).toBe( 200 );
			const again = await session.request( link );
			expect( again.status ).toBe( 200 );
			expect( again.text ).toContain(
				'This plan is already in your cart: one is all you need.'
			);
			expect( await units() ).toBe( 1 );
		} );

		it( 'follows WooCommerce Subscriptions status changes on the plan', async () => {
			if ( realShop() ) {
				// WooCommerce Subscriptions cannot be had: its adapter is tested on the fake only.
				return;
			}
			const user = await customer();
			const parent = await run< number >( `
			update_option( 'wp24hd_test_subscriptions_fake', 1 );
			$order = $buy( ${ user.id }, 'P40D' );
			$order->payment_complete();
			echo $order->get_id();
		` );
			const statuses = await run< string[] >( `
			$sub = new WC_Subscription( 9999, ${ parent } );
			$out = array();
			foreach ( array( array( 'on-hold', 'active' ), array( 'active', 'on-hold' ), array( 'cancelled', 'active' ) ) as list( $new, $old ) ) {
				do_action( 'woocommerce_subscription_status_updated', $sub, $new, $old );
				$out[] = $held( ${ user.id } )[0]['status'];
			}
			delete_option( 'wp24hd_test_subscriptions_fake' );
			echo wp_json_encode( $out );
		` );
			expect( statuses ).toEqual( [ 'on_hold', 'active', 'cancelled' ] );
		} );
	}
);
