/**
 * The shop a commerce test runs against: the real WooCommerce on its lane
 * (`npm run test:woocommerce`), the fake (mu-plugins/fakes/woocommerce.php) everywhere else.
 * Tests drive either through WooCommerce's public API (mu-plugins/wp24-shop.php), never by
 * firing `woocommerce_*` hooks themselves.
 */

/**
 * Internal dependencies
 */
import { HttpClient, restPath } from './http-client';
import type { HttpResponse, RequestOptions, Site } from './site';

/** Whether this lane runs the real WooCommerce. */
export const realShop = (): boolean => process.env.WP24_WOOCOMMERCE === 'real';

/** Which WooCommerce serves the lane, for messages. */
export const shopName = (): string =>
	realShop()
		? `WooCommerce ${ process.env.WP24_WOOCOMMERCE_VERSION ?? '' }`.trim()
		: 'the WooCommerce fake';

/**
 * Turns the shop on for the site: the fake by its option; the real one is active already.
 *
 * @param site The booted site.
 */
export async function openShop( site: Site ): Promise< void > {
	if ( ! realShop() ) {
		await site.php( `update_option( 'wp24hd_test_woocommerce_fake', 1 );` );
	}
}

/**
 * Switches WooCommerce's order storage (HPOS, with posts kept in sync) on the real lane; the
 * fake has one storage.
 *
 * @param site    The booted site.
 * @param enabled HPOS on or off.
 */
export async function useOrderTables(
	site: Site,
	enabled: boolean
): Promise< void > {
	if ( ! realShop() ) {
		return;
	}
	await site.php( `
		$sync = wc_get_container()->get( Automattic\\WooCommerce\\Internal\\DataStores\\Orders\\DataSynchronizer::class );
		if ( ! $sync->check_orders_table_exists() ) {
			$sync->create_database_tables();
		}
		update_option( 'woocommerce_custom_orders_table_data_sync_enabled', 'yes' );
		update_option( 'woocommerce_custom_orders_table_enabled', ${ enabled ? "'yes'" : "'no'" } );
		echo 1;
	` );
}

/** A shopper at the Store API: a guest (fresh cookies) or a logged-in customer's session. */
export type Shopper = {
	request: (
		path: string,
		options?: RequestOptions
	) => Promise< HttpResponse >;
	/** The REST nonce of a logged-in session, sent as WordPress's cookie check wants it. */
	nonce?: string;
};

/**
 * A guest with cookies of its own.
 *
 * @param site The booted site.
 */
export function guestShopper( site: Site ): Shopper {
	const client = new HttpClient( site.url );
	return { request: ( p, o ) => client.request( p, o ) };
}

/**
 * What a shopper's cart and checkout answered.
 */
export type StoreResult = {
	/** HTTP status and error code of each add-item call, in order. */
	added: Array< { status: number; code: string | null } >;
	/** Units of each product in the cart before checkout. */
	cart: Record< string, number >;
	checkout: { status: number; code: string | null; order: number };
};

/**
 * Buys through WooCommerce's Store API as the block checkout does: read the cart (its nonce and
 * token), add each item, then check out with a billing address and a payment method.
 *
 * @param shopper Guest or customer.
 * @param items   [ product ID, quantity ] per add-item call.
 * @param gateway Payment method ID (cod, bacs, cheque, wp24_instant).
 * @param email   Billing email.
 */
export async function storeCheckout(
	shopper: Shopper,
	items: Array< [ number, number ] >,
	gateway: string,
	email: string
): Promise< StoreResult > {
	const auth: Record< string, string > = shopper.nonce
		? { 'X-WP-Nonce': shopper.nonce }
		: {};
	const first = await shopper.request( restPath( '/wc/store/v1/cart' ), {
		headers: auth,
	} );
	if ( first.status !== 200 ) {
		throw new Error(
			`Store API cart: ${ first.status } ${ first.text.slice( 0, 300 ) }`
		);
	}
	const headers: Record< string, string > = {
		...auth,
		Nonce: first.headers.get( 'nonce' ) ?? '',
		'Cart-Token': first.headers.get( 'cart-token' ) ?? '',
	};
	const added: StoreResult[ 'added' ] = [];
	let cart: Record< string, number > = {};
	for ( const [ id, quantity ] of items ) {
		const response = await shopper.request(
			restPath( '/wc/store/v1/cart/add-item' ),
			{ json: { id, quantity }, headers }
		);
		const body = response.json();
		added.push( {
			status: response.status,
			code: response.status >= 400 ? ( body.code ?? null ) : null,
		} );
		if ( response.status < 400 ) {
			cart = Object.fromEntries(
				( body.items ?? [] ).map(
					( item: { id: number; quantity: number } ) => [
						String( item.id ),
						item.quantity,
					]
				)
			);
		}
	}
	const response = await shopper.request(
		restPath( '/wc/store/v1/checkout' ),
		{
			json: {
				billing_address: {
					first_name: 'Maria',
					last_name: 'Rossi',
					address_1: 'Via Roma 1',
					city: 'Roma',
					state: 'RM',
					postcode: '00100',
					country: 'IT',
					email,
					phone: '',
				},
				payment_method: gateway,
			},
			headers,
		}
	);
	const body = response.json();
	return {
		added,
		cart,
		checkout: {
			status: response.status,
			code: response.status >= 400 ? ( body.code ?? null ) : null,
			order: Number( body.order_id ?? 0 ),
		},
	};
}
