<?php
/**
 * Declares compatibility with WooCommerce's custom order tables (HPOS) and checkout blocks.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin reads and writes orders only through the CRUD API and adds nothing to the
 * checkout form, so both features are safe to declare.
 */
final class Compatibility {

	/**
	 * Adds the declaration hook (WooCommerce fires it on init).
	 */
	public function register(): void {
		add_action( 'before_woocommerce_init', array( $this, 'declare' ) );
	}

	/**
	 * Declares the features.
	 */
	public function declare(): void {
		if ( class_exists( \Automattic\WooCommerce\Utilities\FeaturesUtil::class ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', WP24HD_FILE, true );
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', WP24HD_FILE, true );
		}
	}
}
