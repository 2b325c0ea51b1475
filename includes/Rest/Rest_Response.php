<?php
/**
 * Runs REST callbacks and turns domain exceptions into WP_Error with the right status.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use Throwable;
use WP24\Helpdesk\Errors\Database_Unavailable;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Security\Rate_Limited;
use WP_Error;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * One place for error mapping, so every controller answers errors the same way.
 */
final class Rest_Response {

	/**
	 * Calls `$callback`; a Domain_Exception becomes its status, anything else a logged 500.
	 *
	 * @param callable(): (WP_REST_Response|WP_Error|array<mixed>) $callback The work.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function run( callable $callback ) {
		try {
			return rest_ensure_response( $callback() );
		} catch ( Rate_Limited $e ) {
			$response = new WP_REST_Response(
				array(
					'code'    => $e->error_code(),
					'message' => $e->getMessage(),
					'data'    => array( 'status' => 429 ),
				),
				429
			);
			$response->header( 'Retry-After', (string) max( 1, $e->retry_after ) );
			return $response;
		} catch ( Database_Unavailable $e ) {
			// Nothing was committed: the client may send the same request (and idempotency key) again.
			$response = new WP_REST_Response(
				array(
					'code'    => $e->error_code(),
					'message' => $e->getMessage(),
					'data'    => array( 'status' => 503 ),
				),
				503
			);
			$response->header( 'Retry-After', (string) Database_Unavailable::RETRY_AFTER );
			return $response;
		} catch ( Domain_Exception $e ) {
			return new WP_Error( $e->error_code(), $e->getMessage(), array( 'status' => $e->status() ) );
		} catch ( Throwable $e ) {
			// The details go to the log only; the response must not reveal SQL or paths.
			error_log( sprintf( 'WP24 Helpdesk: %s in %s:%d', $e->getMessage(), $e->getFile(), $e->getLine() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			return new WP_Error( 'wp24hd_internal_error', __( 'Something went wrong on our side. Please try again later.', 'wp24-helpdesk' ), array( 'status' => 500 ) );
		}
	}

	/**
	 * A 201 response with a Location header.
	 *
	 * @param array<string, mixed> $data     Body.
	 * @param string               $location Route of the new resource.
	 */
	public static function created( array $data, string $location ): WP_REST_Response {
		$response = new WP_REST_Response( $data, 201 );
		$response->header( 'Location', rest_url( $location ) );
		return $response;
	}
}
