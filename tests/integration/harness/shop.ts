/**
 * The shop a commerce test runs against: the real WooCommerce on its lane
 * (`npm run test:woocommerce`), the fake (mu-plugins/fakes/woocommerce.php) everywhere else.
 * Tests drive either through WooCommerce's public API (mu-plugins/wp24-shop.php), never by
 * firing `woocommerce_*` hooks themselves.
 */

/**
 * Internal dependencies
 */
import type { Site } from './site';

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
