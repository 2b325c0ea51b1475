<?php
/**
 * Test-only must-use plugin: loads the documented WooCommerce FAKE (fakes/woocommerce.php) when
 * a test turns it on with the option `wp24hd_test_woocommerce_fake`; every other test runs with
 * WooCommerce absent, as the plugin must also work without it.
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

if ( get_option( 'wp24hd_test_woocommerce_fake' ) ) {
	require __DIR__ . '/fakes/woocommerce.php';
}
