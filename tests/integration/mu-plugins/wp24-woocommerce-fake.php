<?php
/**
 * Test-only must-use plugin: loads the WooCommerce FAKE (fakes/woocommerce.php) when a test turns
 * it on with the option `wp24hd_test_woocommerce_fake`; every other test runs with WooCommerce
 * absent, as the plugin must also work without it. On the real-WooCommerce lane
 * (`npm run test:woocommerce`) the real plugin is active and the fake never loads.
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

if ( get_option( 'wp24hd_test_woocommerce_fake' ) && ! in_array( 'woocommerce/woocommerce.php', (array) get_option( 'active_plugins', array() ), true ) ) {
	require __DIR__ . '/fakes/woocommerce.php';
}
