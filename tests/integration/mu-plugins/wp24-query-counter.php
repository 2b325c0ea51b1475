<?php
/**
 * Test and benchmark helper: counts the SQL queries of a REST request when asked to.
 *
 * Only with the request header `X-WP24-Count-Queries: 1`: adds `X-WP24-Queries` (all queries),
 * `X-WP24-Plugin-Queries` (those naming a wp24hd_ table) and `X-WP24-Peak-Memory` to the response.
 *
 * @package WP24\Helpdesk
 */

if ( empty( $_SERVER['HTTP_X_WP24_COUNT_QUERIES'] ) ) {
	return;
}

$GLOBALS['wp24hd_query_count'] = array(
	'all'    => 0,
	'plugin' => 0,
);

add_filter(
	'query',
	static function ( $query ) {
		++$GLOBALS['wp24hd_query_count']['all'];
		if ( false !== strpos( (string) $query, 'wp24hd_' ) ) {
			++$GLOBALS['wp24hd_query_count']['plugin'];
		}
		return $query;
	}
);

add_filter(
	'rest_post_dispatch',
	static function ( $response ) {
		if ( $response instanceof WP_REST_Response ) {
			$response->header( 'X-WP24-Queries', (string) $GLOBALS['wp24hd_query_count']['all'] );
			$response->header( 'X-WP24-Plugin-Queries', (string) $GLOBALS['wp24hd_query_count']['plugin'] );
			$response->header( 'X-WP24-Peak-Memory', (string) memory_get_peak_usage() );
		}
		return $response;
	},
	PHP_INT_MAX
);
