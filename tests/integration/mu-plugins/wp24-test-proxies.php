<?php
/**
 * Test-only must-use plugin: the site behind a reverse proxy. While the autoloaded option
 * `wp24hd_test_trusted_proxies` lists addresses, they are returned by `wp24hd_trusted_proxies`,
 * so a test can send each request from a client address of its own (`X-Forwarded-For`).
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

add_filter(
	'wp24hd_trusted_proxies',
	static function ( $proxies ) {
		$options = wp_cache_get( 'alloptions', 'options' );
		$listed  = is_array( $options ) && isset( $options['wp24hd_test_trusted_proxies'] ) ? maybe_unserialize( $options['wp24hd_test_trusted_proxies'] ) : null;
		return is_array( $listed ) ? array_merge( (array) $proxies, $listed ) : $proxies;
	}
);
