<?php
/**
 * Router for PHP's built-in web server in the MariaDB test lane: what Apache's or nginx's
 * WordPress rules do. Files are served (PHP files run), directories get their index.php, and
 * every other path goes to index.php, so pretty permalinks work.
 *
 * @package WP24\Helpdesk\Tests
 */

$wp24_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$wp24_file = $_SERVER['DOCUMENT_ROOT'] . $wp24_path;
if ( is_file( $wp24_file ) || is_file( rtrim( $wp24_file, '/' ) . '/index.php' ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
