/**
 * The contract between WooCommerce and its fake: each scenario drives orders through
 * WooCommerce's public API and records, step by step, the order hooks that fired (in order, with
 * their argument types) and the order as WooCommerce reports it (status, paid date, paid,
 * needs payment, totals) or the exception it threw.
 *
 * On the real-WooCommerce lane (`npm run test:woocommerce`) the recording is compared with the
 * committed trace in traces/ and any drift fails (`-- --record` rewrites them after a WooCommerce
 * update, with HPOS on, and checks HPOS off against them). On every other lane the fake must
 * reproduce each committed trace exactly.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

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
import type { Shopper } from '../harness/shop';
import type { Site } from '../harness/site';
import { useSite } from '../harness/use-site';

type Ctx = Record< string, unknown >;

/**
 * A step: PHP run with `$ctx` (returning IDs for later steps and `result` for the trace), or what
 * a shopper does over HTTP (returning the same).
 */
type Step = {
	name: string;
	php?: string;
	http?: (
		site: Site,
		ctx: Ctx
	) => Promise< { ctx?: Ctx; result?: unknown } >;
};
type Scenario = { name: string; steps: Step[] };
type Recorded = {
	step: string;
	hooks: Array< { hook: string; args: string[] } >;
	order: Record< string, unknown > | null;
	error: string | null;
	result?: unknown;
};

const TRACES = path.join( __dirname, 'traces' );

/** A published virtual plan product at 120.00, and a virtual downloadable one. */
const PRODUCTS: Step = {
	name: 'products',
	php: `return array( 'plan' => WP24_Shop::product( 'Piano Basic', '120.00' ), 'other' => WP24_Shop::product( 'Extra', '15.00' ), 'download' => WP24_Shop::product( 'Guide', '30.00', true ) );`,
};
/** A pending order for the plan, as the shop makes one in wp-admin. */
const PLAN_ORDER: Step = {
	name: 'order created',
	php: `return array( 'order' => WP24_Shop::order( 0, array( array( $ctx['plan'], 1 ) ) )->get_id() );`,
};
const step = ( name: string, php: string ): Step => ( { name, php } );

/**
 * A customer's logged-in session, created for the step.
 *
 * @param site The site.
 */
async function customerShopper( site: Site ): Promise< Shopper > {
	const user = await site.createUser( 'subscriber' );
	const session = await site.loginAs( user.login, user.password );
	return { request: session.request, nonce: session.nonce };
}

/**
 * Checking out the given products through the Store API.
 *
 * @param who     A guest or a customer.
 * @param gateway Payment method.
 * @param items   Which products of the context, with quantities, one add-item call each.
 */
const checkout = (
	who: 'guest' | 'customer',
	gateway: string,
	items: Array< [ string, number ] > = [ [ 'plan', 1 ] ]
): Step => ( {
	name: `${ who }: Store API checkout, ${ gateway }`,
	http: async ( site, ctx ) => {
		const shopper =
			who === 'guest'
				? guestShopper( site )
				: await customerShopper( site );
		const bought = await storeCheckout(
			shopper,
			items.map( ( [ key, qty ] ) => [ Number( ctx[ key ] ), qty ] ),
			gateway,
			`${ who }-${ Date.now() }@example.test`
		);
		return {
			ctx: { order: bought.checkout.order },
			result: {
				added: bought.added,
				units: Object.values( bought.cart ),
				checkout: {
					status: bought.checkout.status,
					code: bought.checkout.code,
				},
			},
		};
	},
} );
const paymentComplete = step(
	'gateway: payment_complete()',
	`wc_get_order( $ctx['order'] )->payment_complete( 'tx-1' );`
);
const byHand = ( status: string ) =>
	step(
		`shop: status ${ status } by hand`,
		`wc_get_order( $ctx['order'] )->update_status( '${ status }', '', true );`
	);
const gatewaySets = ( status: string ) =>
	step(
		`gateway: status ${ status }`,
		`wc_get_order( $ctx['order'] )->update_status( '${ status }', 'Awaiting payment.' );`
	);

export const SCENARIOS: Scenario[] = [
	{
		name: 'gateway-payment-complete',
		steps: [
			PRODUCTS,
			PLAN_ORDER,
			paymentComplete,
			step(
				'gateway: payment_complete() again',
				`wc_get_order( $ctx['order'] )->payment_complete( 'tx-1' );`
			),
		],
	},
	{
		name: 'bank-transfer-then-by-hand',
		steps: [
			PRODUCTS,
			PLAN_ORDER,
			gatewaySets( 'on-hold' ),
			byHand( 'processing' ),
			byHand( 'completed' ),
		],
	},
	{
		name: 'downloadable-needs-no-processing',
		steps: [
			PRODUCTS,
			step(
				'order created',
				`return array( 'order' => WP24_Shop::order( 0, array( array( $ctx['download'], 1 ) ) )->get_id() );`
			),
			gatewaySets( 'on-hold' ),
			byHand( 'processing' ),
			byHand( 'completed' ),
		],
	},
	{
		name: 'fee-only-order',
		steps: [
			step(
				'fee order created',
				`$order = wc_create_order( array( 'customer_id' => 0, 'status' => 'pending' ) );
				$fee = new WC_Order_Item_Fee();
				$fee->set_name( 'Quote' );
				$fee->set_amount( '450' );
				$fee->set_total( '450' );
				$fee->set_tax_status( 'none' );
				$order->add_item( $fee );
				$order->calculate_totals( false );
				$order->save();
				return array( 'order' => $order->get_id() );`
			),
			gatewaySets( 'on-hold' ),
			byHand( 'processing' ),
			byHand( 'completed' ),
		],
	},
	{
		name: 'refund-whole-order-by-lines',
		steps: [
			PRODUCTS,
			PLAN_ORDER,
			paymentComplete,
			step(
				'shop: refund every line',
				`$order = wc_get_order( $ctx['order'] );
				$lines = array();
				foreach ( $order->get_items() as $id => $item ) {
					$lines[ $id ] = array( 'qty' => $item->get_quantity(), 'refund_total' => $item->get_total() );
				}
				wc_create_refund( array( 'order_id' => $ctx['order'], 'amount' => $order->get_total(), 'line_items' => $lines ) );`
			),
		],
	},
	{
		name: 'refund-one-line',
		steps: [
			PRODUCTS,
			step(
				'order created with two lines',
				`return array( 'order' => WP24_Shop::order( 0, array( array( $ctx['plan'], 1 ), array( $ctx['other'], 1 ) ) )->get_id() );`
			),
			paymentComplete,
			step(
				'shop: refund the second line',
				`$items = array_keys( wc_get_order( $ctx['order'] )->get_items() );
				wc_create_refund( array( 'order_id' => $ctx['order'], 'amount' => 15, 'line_items' => array( $items[1] => array( 'qty' => 1, 'refund_total' => 15 ) ) ) );`
			),
		],
	},
	{
		name: 'refund-amount-only',
		steps: [
			PRODUCTS,
			PLAN_ORDER,
			paymentComplete,
			step(
				'shop: refund 20.00 without lines',
				`wc_create_refund( array( 'order_id' => $ctx['order'], 'amount' => 20 ) );`
			),
			step(
				'shop: refund the remaining 100.00 without lines',
				`wc_create_refund( array( 'order_id' => $ctx['order'], 'amount' => 100 ) );`
			),
			step(
				'shop: refund more than is left',
				`$result = wc_create_refund( array( 'order_id' => $ctx['order'], 'amount' => 1 ) );
				return array( 'result' => is_wp_error( $result ) ? $result->get_error_message() : 'refunded' );`
			),
		],
	},
	{
		name: 'paid-then-cancelled',
		steps: [ PRODUCTS, PLAN_ORDER, paymentComplete, byHand( 'cancelled' ) ],
	},
	{
		name: 'pending-then-failed-then-paid',
		steps: [
			PRODUCTS,
			PLAN_ORDER,
			gatewaySets( 'failed' ),
			paymentComplete,
		],
	},
	{
		name: 'unknown-currency',
		steps: [
			PRODUCTS,
			PLAN_ORDER,
			step(
				'set currency XYZ',
				`$order = wc_get_order( $ctx['order'] );
				$order->set_currency( 'XYZ' );
				$order->save();`
			),
		],
	},
	{
		name: 'store-checkout-guest-cash-on-delivery',
		steps: [ PRODUCTS, checkout( 'guest', 'cod' ), byHand( 'completed' ) ],
	},
	{
		name: 'store-checkout-customer-bank-transfer',
		steps: [
			PRODUCTS,
			checkout( 'customer', 'bacs' ),
			byHand( 'processing' ),
		],
	},
	{
		name: 'store-checkout-customer-cheque-downloadable',
		steps: [
			PRODUCTS,
			checkout( 'customer', 'cheque', [ [ 'download', 1 ] ] ),
			byHand( 'processing' ),
		],
	},
	{
		name: 'store-checkout-instant-payment',
		steps: [ PRODUCTS, checkout( 'guest', 'wp24_instant' ) ],
	},
	{
		name: 'store-cart-sold-individually',
		steps: [
			PRODUCTS,
			step(
				'shop: plan product sold individually',
				`$product = wc_get_product( $ctx['plan'] );
				$product->set_sold_individually( true );
				$product->save();`
			),
			checkout( 'guest', 'cod', [
				[ 'plan', 1 ],
				[ 'plan', 1 ],
				[ 'other', 2 ],
			] ),
		],
	},
	{
		name: 'order-pay-bank-transfer',
		steps: [
			{
				name: 'customer: pays a fee-only order on its order-pay page, bank transfer',
				http: async ( site ) => {
					const user = await site.createUser( 'subscriber' );
					const session = await site.loginAs(
						user.login,
						user.password
					);
					const { order, url } = await site.phpJson< {
						order: number;
						url: string;
					} >( `
						$order = new WC_Order();
						$order->set_customer_id( ${ user.id } );
						$order->set_billing_email( '${ user.login }@example.test' );
						$fee = new WC_Order_Item_Fee();
						$fee->set_name( 'Quote' );
						$fee->set_amount( '450' );
						$fee->set_total( '450' );
						$fee->set_tax_status( 'none' );
						$order->add_item( $fee );
						$order->calculate_totals( false );
						$order->set_status( 'pending' );
						$order->save();
						echo wp_json_encode( array( 'order' => $order->get_id(), 'url' => $order->get_checkout_payment_url() ) );
					` );
					const payPage = url.slice( site.url.length );
					const page = await session.request( payPage );
					const nonce =
						/name="woocommerce-pay-nonce" value="([a-f0-9]+)"/.exec(
							page.text
						)?.[ 1 ] ?? '';
					const paid = await session.request( payPage, {
						form: {
							payment_method: 'bacs',
							woocommerce_pay: '1',
							'woocommerce-pay-nonce': nonce,
						},
					} );
					return {
						ctx: { order },
						result: {
							page: page.status,
							form: nonce !== '',
							pay: paid.status,
						},
					};
				},
			},
			byHand( 'processing' ),
		],
	},
	{
		name: 'zero-total-order',
		steps: [
			step(
				'free order created',
				`return array( 'order' => wc_create_order( array( 'customer_id' => 0 ) )->get_id() );`
			),
			byHand( 'processing' ),
		],
	},
];

/**
 * Runs one step: its hooks, the order after it, or the exception it threw.
 *
 * @param site The site.
 * @param ctx  What earlier steps returned (product and order IDs).
 * @param item The step.
 */
async function runStep(
	site: Site,
	ctx: Ctx,
	item: Step
): Promise< { ctx: Ctx; recorded: Recorded } > {
	if ( item.http ) {
		await site.php( `WP24_Shop::trace_start();` );
		const done = await item.http( site, ctx );
		const next = { ...ctx, ...done.ctx };
		const after = await site.phpJson<
			Omit< Recorded, 'step' | 'error' >
		>( `
			echo wp_json_encode( array( 'hooks' => WP24_Shop::trace_stop(), 'order' => WP24_Shop::state( ${ Number( next.order ?? 0 ) } ) ) );
		` );
		return {
			ctx: next,
			recorded: {
				step: item.name,
				...after,
				error: null,
				...( done.result === undefined ? {} : { result: done.result } ),
			},
		};
	}
	const out = await site.phpJson< {
		ctx: Record< string, unknown >;
		hooks: Recorded[ 'hooks' ];
		order: Recorded[ 'order' ];
		error: string | null;
	} >( `
		$ctx   = json_decode( ${ JSON.stringify( JSON.stringify( ctx ) ) }, true );
		$error = null;
		$out   = array();
		WP24_Shop::trace_start();
		try {
			$out = ( static function ( array $ctx ) {
				${ item.php ?? '' }
			} )( $ctx );
			$ctx = array_merge( $ctx, array_diff_key( (array) $out, array( 'result' => 1 ) ) );
		} catch ( Throwable $e ) {
			$error = get_class( $e ) . ( method_exists( $e, 'getErrorCode' ) ? ': ' . $e->getErrorCode() : '' );
		}
		$hooks = WP24_Shop::trace_stop();
		echo wp_json_encode( array( 'ctx' => $ctx, 'hooks' => $hooks, 'order' => isset( $ctx['order'] ) ? WP24_Shop::state( (int) $ctx['order'] ) : null, 'error' => $error ) + ( isset( $out['result'] ) ? array( 'result' => $out['result'] ) : array() ) );
	` );
	const { ctx: next, ...recorded } = out;
	return {
		ctx: next,
		recorded: { step: item.name, ...recorded },
	};
}

describe( `WooCommerce contract: ${ shopName() } against the recorded traces`, () => {
	const site = useSite();
	const record = realShop() && process.env.WP24_RECORD_TRACES === '1';

	beforeAll( async () => {
		await openShop( site() );
	} );

	const storages = realShop() ? [ true, false ] : [ null ];
	for ( const hpos of storages ) {
		const storage = hpos === null ? '' : ` (HPOS ${ hpos ? 'on' : 'off' })`;
		describe.each( SCENARIOS )( '%s', ( scenario ) => {
			it( `matches traces/${ scenario.name }.json${ storage }`, async () => {
				if ( hpos !== null ) {
					await useOrderTables( site(), hpos );
				}
				let ctx: Record< string, unknown > = {};
				const trace: Recorded[] = [];
				for ( const item of scenario.steps ) {
					const result = await runStep( site(), ctx, item );
					ctx = result.ctx;
					trace.push( result.recorded );
				}
				const file = path.join( TRACES, `${ scenario.name }.json` );
				if ( record && hpos !== false ) {
					fs.writeFileSync(
						file,
						JSON.stringify(
							{
								woocommerce:
									process.env.WP24_WOOCOMMERCE_VERSION,
								scenario: scenario.name,
								steps: trace,
							},
							null,
							'\t'
						) + '\n'
					);
				}
				expect( fs.existsSync( file ) ).toBe( true );
				const expected = JSON.parse( fs.readFileSync( file, 'utf8' ) );
				expect( trace ).toEqual( expected.steps );
			} );
		} );
	}
} );
