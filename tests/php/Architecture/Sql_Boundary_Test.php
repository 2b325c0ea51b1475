<?php
/**
 * SQL stays in repositories and table classes.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Architecture;

use PHPUnit\Framework\TestCase;
use RecursiveDirectoryIterator;
use RecursiveIteratorIterator;

/**
 * Walks `includes/` and fails on a file outside the data layer that reaches the database itself.
 */
final class Sql_Boundary_Test extends TestCase {

	/**
	 * Files outside the naming rule that may touch `$wpdb`, each with its reason.
	 */
	private const ALLOWED = array(
		// Uninstall drops the tables and finds the plugin's options by prefix: it runs once, on
		// request, after every service is gone, and owns no repository of its own.
		'Uninstaller.php' => 'uninstall',
	);

	public function test_only_repositories_tables_and_the_schema_reach_the_database(): void {
		$root      = dirname( __DIR__, 3 ) . '/includes/';
		$offenders = array();
		$files     = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $root, RecursiveDirectoryIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			$path = str_replace( '\\', '/', substr( (string) $file, strlen( $root ) ) );
			if ( ! str_ends_with( $path, '.php' ) || self::may_query( $path ) ) {
				continue;
			}
			$code = (string) file_get_contents( (string) $file );
			if ( 1 === preg_match( '/\$wpdb\s*->|\$GLOBALS\s*\[\s*[\'"]wpdb[\'"]\s*\]/', $code ) ) {
				$offenders[] = $path;
			}
		}
		sort( $offenders );
		$this->assertSame( array(), $offenders, 'These files query the database outside a *_Repository, *_Table or Schema/ class: move the SQL into one (or allow-list the file with a reason).' );
	}

	public function test_every_allowed_file_still_exists_and_still_needs_its_entry(): void {
		$root = dirname( __DIR__, 3 ) . '/includes/';
		foreach ( array_keys( self::ALLOWED ) as $path ) {
			$this->assertFileExists( $root . $path );
			$this->assertMatchesRegularExpression( '/\$wpdb\s*->/', (string) file_get_contents( $root . $path ), "{$path} no longer queries: drop it from the allow-list." );
		}
	}

	/**
	 * Whether a file (relative to includes/) belongs to the data layer or the allow-list.
	 *
	 * @param string $path Relative path.
	 */
	private static function may_query( string $path ): bool {
		return str_ends_with( $path, '_Repository.php' )
			|| str_ends_with( $path, '_Table.php' )
			|| str_starts_with( $path, 'Schema/' )
			|| isset( self::ALLOWED[ $path ] );
	}
}
