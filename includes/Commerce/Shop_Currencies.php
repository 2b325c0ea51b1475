<?php
/**
 * The currencies WooCommerce knows, for validating amounts before anything is written.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

defined( 'ABSPATH' ) || exit;

/**
 * A quote in a currency WooCommerce refuses could be accepted but never paid; without
 * WooCommerce any ISO 4217-shaped code stands (the quote is paid by other means).
 */
final class Shop_Currencies {

	/**
	 * Whether the shop can take payments in a currency.
	 *
	 * @param string $code ISO 4217 code.
	 */
	public static function accepts( string $code ): bool {
		if ( ! Commerce_Integration::active() || ! function_exists( 'get_woocommerce_currencies' ) ) {
			return true;
		}
		return array_key_exists( strtoupper( $code ), (array) get_woocommerce_currencies() );
	}
}
