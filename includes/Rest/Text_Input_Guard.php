<?php
/**
 * Text that reaches the plugin's routes is valid UTF-8 without control characters, and a list
 * never arrives where the code reads one value.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * One place for every route of the namespace, whatever the body's encoding (query string, form,
 * multipart, JSON):
 *
 * - Before WordPress validates the arguments, a field whose text (or any text inside it) is not
 *   valid UTF-8 is refused with 400 naming the field: the database would refuse it later (500), and
 *   sanitising would silently empty it.
 * - NUL and the other C0 control characters (tab, line feed and carriage return aside, which
 *   messages keep and `sanitize_text_field()` turns into spaces in one-line fields) and DEL are
 *   removed from every text, so a subject or a name never carries them into the database or an
 *   email subject.
 * - After the permission check, a parameter the route does not declare (such as the guest `key`,
 *   read as a string) sent as a list is refused with 400 naming it, instead of raising a PHP
 *   warning; declared arguments already have their type checked by the schema.
 */
final class Text_Input_Guard {

	/** Control characters removed from every text. */
	private const CONTROL = '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/';

	/**
	 * Adds the dispatch filters.
	 */
	public function register(): void {
		add_filter( 'rest_pre_dispatch', array( $this, 'clean_text' ), 10, 3 );
		add_filter( 'rest_dispatch_request', array( $this, 'refuse_lists' ), 10, 4 );
	}

	/**
	 * Refuses invalid UTF-8 and removes control characters, before the route is matched and its
	 * arguments validated.
	 *
	 * @param mixed $result  Null, or what another filter already answered.
	 * @param mixed $server  REST server.
	 * @param mixed $request The request (a filter's argument: checked before use).
	 * @return mixed The untouched result, or the 400 error.
	 */
	public function clean_text( $result, $server, $request ) {
		if ( null !== $result || ! $request instanceof WP_REST_Request || ! self::is_plugin_route( $request->get_route() ) ) {
			return $result;
		}
		$invalid = array();
		$query   = self::cleaned( (array) $request->get_query_params(), $invalid );
		$body    = self::cleaned( (array) $request->get_body_params(), $invalid );
		$json    = $request->get_json_params();
		$json    = is_array( $json ) ? self::cleaned( $json, $invalid ) : null;
		if ( $invalid ) {
			$params = array();
			foreach ( array_unique( $invalid ) as $name ) {
				/* translators: %s: name of the field. */
				$params[ $name ] = sprintf( __( '%s: this text is not valid UTF-8.', 'wp24-helpdesk' ), $name );
			}
			return self::error(
				/* translators: %s: comma-separated names of the fields. */
				sprintf( __( 'Invalid text encoding in: %s. Send text as UTF-8.', 'wp24-helpdesk' ), implode( ', ', array_keys( $params ) ) ),
				$params
			);
		}
		$request->set_query_params( $query );
		$request->set_body_params( $body );
		if ( null !== $json && $json !== $request->get_json_params() ) {
			// Setting the body again makes WordPress parse the cleaned JSON.
			$request->set_body( (string) wp_json_encode( $json ) );
		}
		return $result;
	}

	/**
	 * Refuses a list sent for a parameter the route does not declare.
	 *
	 * @param mixed                $result  Null, or what another filter already answered.
	 * @param mixed                $request The request (a filter's argument: checked before use).
	 * @param string               $route   Matched route pattern.
	 * @param array<string, mixed> $handler The matched endpoint, with its `args`.
	 * @return mixed The untouched result, or the 400 error.
	 */
	public function refuse_lists( $result, $request, $route, $handler ) {
		if ( null !== $result || ! $request instanceof WP_REST_Request || ! self::is_plugin_route( (string) $route ) ) {
			return $result;
		}
		$declared = array_keys( (array) ( $handler['args'] ?? array() ) );
		$sent     = array_merge( (array) $request->get_query_params(), (array) $request->get_body_params(), (array) $request->get_json_params() );
		$params   = array();
		foreach ( $sent as $name => $value ) {
			$name = (string) $name;
			if ( is_array( $value ) && ! in_array( $name, $declared, true ) && ! str_starts_with( $name, '_' ) ) {
				$shown = mb_substr( sanitize_text_field( $name ), 0, 60 );
				/* translators: %s: name of the field. */
				$params[ $shown ] = sprintf( __( '%s: send one value here, not a list.', 'wp24-helpdesk' ), $shown );
			}
		}
		if ( ! $params ) {
			return $result;
		}
		return self::error(
			/* translators: %s: comma-separated names of the fields. */
			sprintf( __( 'A list was sent where one value is expected: %s.', 'wp24-helpdesk' ), implode( ', ', array_keys( $params ) ) ),
			$params
		);
	}

	/**
	 * The parameters with control characters removed; names whose text is not valid UTF-8 are added
	 * to `$invalid`.
	 *
	 * @param array<string|int, mixed> $params  Parameters of one source.
	 * @param string[]                 $invalid Names of invalid fields, added to.
	 * @return array<string|int, mixed>
	 */
	private static function cleaned( array $params, array &$invalid ): array {
		foreach ( $params as $name => $value ) {
			if ( ! self::is_utf8( $name, $value ) ) {
				// The name is shown back, so it must be valid text itself.
				$invalid[] = self::is_utf8( $name, '' ) ? (string) $name : '?';
				continue;
			}
			$params[ $name ] = self::without_controls( $value );
		}
		return $params;
	}

	/**
	 * Whether a name and every text in its value (keys included) are valid UTF-8.
	 *
	 * @param string|int $name  Parameter name.
	 * @param mixed      $value Value.
	 */
	private static function is_utf8( $name, $value ): bool {
		if ( is_string( $name ) && 1 !== preg_match( '//u', $name ) ) {
			return false;
		}
		if ( is_string( $value ) ) {
			return 1 === preg_match( '//u', $value );
		}
		if ( is_array( $value ) ) {
			foreach ( $value as $key => $item ) {
				if ( ! self::is_utf8( $key, $item ) ) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The value with control characters removed from every text in it.
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	private static function without_controls( $value ) {
		if ( is_string( $value ) ) {
			return (string) preg_replace( self::CONTROL, '', $value );
		}
		if ( is_array( $value ) ) {
			return array_map( array( self::class, 'without_controls' ), $value );
		}
		return $value;
	}

	/**
	 * Whether a route belongs to the plugin's namespace.
	 *
	 * @param string $route Route.
	 */
	private static function is_plugin_route( string $route ): bool {
		return ( '/' . Rest_Namespace::NAME === $route || str_starts_with( $route, '/' . Rest_Namespace::NAME . '/' ) )
			&& ! Rest_Namespace::carries_foreign_payload( $route );
	}

	/**
	 * The 400 that names the fields.
	 *
	 * @param string                $message What is wrong.
	 * @param array<string, string> $params  Field => message.
	 */
	private static function error( string $message, array $params ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => $params,
			)
		);
	}
}
