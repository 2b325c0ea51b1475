<?php
/**
 * The lease rows of jobs in the options table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

use WP24\Helpdesk\Schema\Option_Rows;

defined( 'ABSPATH' ) || exit;

/**
 * One row per job, `wp24hd_lock_<job>` => `<owner token>|<expiry>`. Taking a free lease is a
 * `create()` and taking over an expired one a `swap()` (Option_Rows); renewing and releasing are
 * conditional on the owner token, so a lease taken over stays with its new owner.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- conditional writes have no core API.
 */
final class Lease_Repository extends Option_Rows {

	/**
	 * Writes a new value if the row still belongs to `$token`; false when another run took it over.
	 *
	 * @param string $name  Option name.
	 * @param string $token Owner token.
	 * @param string $value New value (same token, later expiry).
	 */
	public function renew( string $name, string $token, string $value ): bool {
		global $wpdb;
		$rows = (int) $wpdb->query(
			$wpdb->prepare( 'UPDATE %i SET option_value = %s WHERE option_name = %s AND option_value LIKE %s', $wpdb->options, $value, $name, self::owned( $token ) )
		);
		// MariaDB counts a row rewritten with the same value (renewed twice in a second) as 0.
		return 1 === $rows || $this->read( $name ) === $value;
	}

	/**
	 * Deletes the row if it still belongs to `$token`.
	 *
	 * @param string $name  Option name.
	 * @param string $token Owner token.
	 */
	public function release( string $name, string $token ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE option_name = %s AND option_value LIKE %s', $wpdb->options, $name, self::owned( $token ) ) );
		wp_cache_delete( $name, 'options' );
	}

	/**
	 * The LIKE pattern of a value written by the owner of `$token`.
	 *
	 * @param string $token Owner token.
	 */
	private static function owned( string $token ): string {
		global $wpdb;
		return $wpdb->esc_like( $token . '|' ) . '%';
	}
}
