<?php
/**
 * A lock so two overlapping runs of a job (WP-Cron fired by two visitors) never both act.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * A row in the options table created with INSERT IGNORE: the unique option name makes taking
 * the lock atomic (the approach of core's WP_Upgrader::create_lock). A lock older than its
 * time-to-live is taken over, so a run killed half-way does not block the job for ever.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- an atomic insert has no core API.
 */
final class Job_Lock {

	/**
	 * Takes the lock; false when another run holds it.
	 *
	 * @param string $name Job name.
	 * @param int    $ttl  Seconds after which a held lock counts as abandoned.
	 */
	public static function acquire( string $name, int $ttl ): bool {
		global $wpdb;
		$option = self::option( $name );
		if ( self::insert( $option, time() + $ttl ) ) {
			return true;
		}
		$expires = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT option_value FROM %i WHERE option_name = %s', $wpdb->options, $option ) );
		if ( $expires > time() ) {
			return false;
		}
		// Abandoned: remove exactly that stale row, then race for a fresh one like everyone else.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE option_name = %s AND option_value = %s', $wpdb->options, $option, (string) $expires ) );
		return self::insert( $option, time() + $ttl );
	}

	/**
	 * Releases the lock.
	 *
	 * @param string $name Job name.
	 */
	public static function release( string $name ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE option_name = %s', $wpdb->options, self::option( $name ) ) );
		wp_cache_delete( self::option( $name ), 'options' );
	}

	/**
	 * @param string $option  Option name.
	 * @param int    $expires Expiry timestamp.
	 */
	private static function insert( string $option, int $expires ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( "INSERT IGNORE INTO %i (option_name, option_value, autoload) VALUES (%s, %s, 'off')", $wpdb->options, $option, (string) $expires )
		);
	}

	/**
	 * @param string $name Job name.
	 */
	private static function option( string $name ): string {
		return 'wp24hd_lock_' . $name;
	}
}
