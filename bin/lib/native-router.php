<?php
/**
 * Router for PHP's built-in web server in the MariaDB test lane: what Apache's or nginx's
 * WordPress rules do. Files are served (PHP files run), directories get their index.php, and
 * every other path goes to index.php, so pretty permalinks work. The plugin's private attachments
 * folder answers 403, as its .htaccess makes Apache answer, so the tests prove the same protection.
 *
 * @package WP24\Helpdesk\Tests
 */

$wp24_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );

// The path as the server maps it to a file: decoded, `.` and `..` resolved, slashes collapsed.
$wp24_segments = array();
// From the raw request line: parse_url() would read `//wp-content/…` as a host name.
$wp24_raw_path = explode( '?', (string) $_SERVER['REQUEST_URI'], 2 )[0];
foreach ( explode( '/', str_replace( '\\', '/', rawurldecode( $wp24_raw_path ) ) ) as $wp24_segment ) {
	if ( '..' === $wp24_segment ) {
		array_pop( $wp24_segments );
	} elseif ( '' !== $wp24_segment && '.' !== $wp24_segment ) {
		$wp24_segments[] = $wp24_segment;
	}
}
if ( str_starts_with( '/' . implode( '/', $wp24_segments ) . '/', '/wp-content/uploads/wp24hd-private/' ) ) {
	http_response_code( 403 );
	header( 'Content-Type: text/plain; charset=utf-8' );
	echo "Forbidden\n";
	return true;
}

$wp24_file = $_SERVER['DOCUMENT_ROOT'] . $wp24_path;
if ( is_file( $wp24_file ) || is_file( rtrim( $wp24_file, '/' ) . '/index.php' ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
