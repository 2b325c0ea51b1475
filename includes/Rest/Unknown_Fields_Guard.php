<?php
/**
 * Refuses writes to the plugin's routes that carry fields the route does not declare.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress validates the arguments a route declares and passes the others through untouched;
 * a forged `status` or `customer_id` in an intake body is ignored today, but would be honoured
 * the day a callback reads the whole body. This is `additionalProperties: false` for the top
 * level of every write body: the request is refused with 400 and the unknown names, after the
 * permission check (so an anonymous caller still learns only that they must log in).
 *
 * Query-string parameters are left alone (guest links carry their key there), and so are the
 * underscore parameters WordPress itself reads (`_locale`, `_wpnonce`, `_method`, `_fields`…).
 */
final class Unknown_Fields_Guard {

	private const WRITE_METHODS = array( 'POST', 'PUT', 'PATCH', 'DELETE' );

	/** At most this many unknown names are listed back. */
	private const NAMES_SHOWN = 10;

	/**
	 * Adds the dispatch filter.
	 */
	public function register(): void {
		add_filter( 'rest_dispatch_request', array( $this, 'refuse_unknown_fields' ), 10, 4 );
	}

	/**
	 * Short-circuits a write to one of the plugin's routes whose body names undeclared fields.
	 *
	 * @param mixed                $result  Null, or what another filter already answered.
	 * @param mixed                $request The request (a filter's argument: checked before use).
	 * @param string               $route   Matched route pattern.
	 * @param array<string, mixed> $handler The matched endpoint, with its `args`.
	 * @return mixed The untouched result, or the 400 error.
	 */
	public function refuse_unknown_fields( $result, $request, $route, $handler ) {
		if ( null !== $result || ! $request instanceof WP_REST_Request || ! self::is_plugin_write( $request, (string) $route ) ) {
			return $result;
		}
		$unknown = self::unknown_fields( $request, array_keys( (array) ( $handler['args'] ?? array() ) ) );
		if ( ! $unknown ) {
			return $result;
		}
		$params = array();
		foreach ( $unknown as $name ) {
			$params[ $name ] = __( 'This field is not accepted here.', 'wp24-helpdesk' );
		}
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: comma-separated names of the fields the request should not have sent. */
			sprintf( __( 'Unknown field(s): %s.', 'wp24-helpdesk' ), implode( ', ', $unknown ) ),
			array(
				'status' => 400,
				'params' => $params,
			)
		);
	}

	/**
	 * Whether the request writes through one of the plugin's routes.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string          $route   Matched route pattern.
	 */
	private static function is_plugin_write( WP_REST_Request $request, string $route ): bool {
		return in_array( $request->get_method(), self::WRITE_METHODS, true )
			&& str_starts_with( $route, '/' . Rest_Namespace::NAME . '/' )
			&& ! Rest_Namespace::carries_foreign_payload( $route );
	}

	/**
	 * Names in the JSON or form body that the endpoint does not declare, sorted, the first few.
	 *
	 * @param WP_REST_Request $request  Request.
	 * @param string[]        $declared Declared argument names (URL parameters included).
	 * @return string[]
	 */
	private static function unknown_fields( WP_REST_Request $request, array $declared ): array {
		$body    = array_merge( (array) $request->get_body_params(), (array) $request->get_json_params() );
		$unknown = array();
		foreach ( array_keys( $body ) as $name ) {
			$name = (string) $name;
			if ( ! in_array( $name, $declared, true ) && ! str_starts_with( $name, '_' ) ) {
				// Named back as plain text of bounded length: the name is the caller's input.
				$unknown[] = mb_substr( sanitize_text_field( $name ), 0, 60 );
			}
		}
		sort( $unknown );
		return array_slice( array_unique( $unknown ), 0, self::NAMES_SHOWN );
	}
}
