<?php
/**
 * Test-only must-use plugin: reports core's "called incorrectly" and deprecation notices
 * when the plugin's code is on the call stack, so the harness fails the test file.
 *
 * Core logs these from wp-includes/functions.php, where a filter on the file path alone
 * would miss them. Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

// The MariaDB lane links the working tree into plugins/, and PHP names files by their real path.
$wp24hd_linked = realpath( WP_PLUGIN_DIR . '/wp24-helpdesk' );

$wp24hd_report = static function ( string $kind, string $subject ) use ( $wp24hd_linked ): void {
	foreach ( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) as $frame ) {
		$file = $frame['file'] ?? '';
		// This file is linked from the working tree too: its own frames are not the plugin's code.
		if ( __FILE__ === $file ) {
			continue;
		}
		if ( str_contains( $file, '/plugins/wp24-helpdesk/' ) || ( $wp24hd_linked && str_starts_with( $file, $wp24hd_linked . '/' ) ) ) {
			error_log( sprintf( 'PHP Notice:  [%s] %s, called from %s:%d', $kind, $subject, $file, $frame['line'] ?? 0 ) ); // phpcs:ignore
			return;
		}
	}
};

add_action( 'doing_it_wrong_run', static fn( $function_name ) => $wp24hd_report( 'doing_it_wrong', (string) $function_name ) );
add_action( 'deprecated_function_run', static fn( $function_name ) => $wp24hd_report( 'deprecated_function', (string) $function_name ) );
add_action( 'deprecated_argument_run', static fn( $function_name ) => $wp24hd_report( 'deprecated_argument', (string) $function_name ) );
add_action( 'deprecated_hook_run', static fn( $hook ) => $wp24hd_report( 'deprecated_hook', (string) $hook ) );
add_action( 'deprecated_file_included', static fn( $file ) => $wp24hd_report( 'deprecated_file', (string) $file ) );
add_action( 'deprecated_class_run', static fn( $class_name ) => $wp24hd_report( 'deprecated_class', (string) $class_name ) );
