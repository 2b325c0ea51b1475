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
import { openShop, realShop, shopName, useOrderTables } from '../harness/shop';
import { useSite } from '../harness/use-site';

type Step = { name: string; php: string };
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
 * @param run  Runs PHP and parses its JSON.
 * @param ctx  What earlier steps returned (product and order IDs).
 * @param item The step.
 */
async function runStep(
	run: < T >( php: string ) => Promise< T >,
	ctx: Record< string, unknown >,
	item: Step
): Promise< { ctx: Record< string, unknown >; recorded: Recorded } > {
	const out = await run< {
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
				${ item.php }
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
					const result = await runStep(
						( php ) => site().phpJson( php ),
						ctx,
						item
					);
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
