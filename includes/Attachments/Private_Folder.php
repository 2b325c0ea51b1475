<?php
/**
 * The private uploads folder attachments live in.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments;

defined( 'ABSPATH' ) || exit;

/**
 * `uploads/wp24hd-private/`, closed to direct HTTP access by deny files (Apache, IIS) and by an
 * nginx rule documented in README.md; files leave only through the REST route.
 */
final class Private_Folder {

	public const DIR = 'wp24hd-private';

	/**
	 * Where the private directory is, whether or not it exists yet (uninstall removes it).
	 */
	public static function path(): string {
		return trailingslashit( wp_upload_dir( null, false )['basedir'] ) . self::DIR;
	}

	/**
	 * The private directory, created with its deny files on first use.
	 */
	public static function ensure(): string {
		$dir = self::path();
		if ( ! is_dir( $dir ) ) {
			wp_mkdir_p( $dir );
		}
		$guards = array(
			'.htaccess'  => "# WP24 Helpdesk: attachments are served only through the REST API.\nRequire all denied\n<IfModule !mod_authz_core.c>\nDeny from all\n</IfModule>\n",
			'index.php'  => "<?php\n// Silence is golden.\n",
			'index.html' => '',
			'web.config' => "<?xml version=\"1.0\"?>\n<configuration><system.webServer><authorization><deny users=\"*\" /></authorization></system.webServer></configuration>\n",
		);
		foreach ( $guards as $name => $content ) {
			if ( ! file_exists( $dir . '/' . $name ) ) {
				file_put_contents( $dir . '/' . $name, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			}
		}
		return $dir;
	}
}
