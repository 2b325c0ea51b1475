<?php
/**
 * Routes register through the base controller.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Architecture;

use PHPUnit\Framework\TestCase;
use RecursiveDirectoryIterator;
use RecursiveIteratorIterator;

/**
 * Walks `includes/` and fails on a file outside `Rest/` that calls `register_rest_route()` itself:
 * every route goes through Rest\Controller's register_resource_route() / register_read_route(),
 * so each one answers a schema on OPTIONS and names its permission check in one shape.
 */
final class Route_Boundary_Test extends TestCase {

	public function test_only_the_base_controller_registers_routes(): void {
		$root      = dirname( __DIR__, 3 ) . '/includes/';
		$offenders = array();
		$files     = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $root, RecursiveDirectoryIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			$path = str_replace( '\\', '/', substr( (string) $file, strlen( $root ) ) );
			if ( ! str_ends_with( $path, '.php' ) || str_starts_with( $path, 'Rest/' ) ) {
				continue;
			}
			if ( self::calls_register_rest_route( (string) file_get_contents( (string) $file ) ) ) {
				$offenders[] = $path;
			}
		}
		sort( $offenders );
		$this->assertSame( array(), $offenders, 'These files call register_rest_route() themselves: register through Rest\Controller::register_resource_route() or register_read_route() (extend them if a route needs more).' );
	}

	/**
	 * Whether the code calls the function (comments and docblocks that name it do not count).
	 *
	 * @param string $code PHP source.
	 */
	private static function calls_register_rest_route( string $code ): bool {
		$tokens = array_values(
			array_filter(
				token_get_all( $code ),
				static fn( $token ): bool => ! is_array( $token ) || ! in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true )
			)
		);
		foreach ( $tokens as $i => $token ) {
			$name = is_array( $token ) && in_array( $token[0], array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) ? ltrim( strtolower( $token[1] ), '\\' ) : '';
			if ( 'register_rest_route' === $name && '(' === ( $tokens[ $i + 1 ] ?? null ) ) {
				return true;
			}
		}
		return false;
	}
}
