<?php
/**
 * A lease so two overlapping runs of a job (WP-Cron fired by two visitors) never both act.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * A row in the options table holding "owner token|expiry". Taking it is an INSERT IGNORE (the
 * unique option name makes it atomic); taking over an expired one is an update conditional on
 * the exact value read, so of two runs only the one whose write changed the row holds the lease.
 * Renewing and releasing are conditional on the owner token. A run killed half-way stops renewing, and the next run takes over once the
 * short lease has expired.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- conditional writes have no core API.
 */
final class Job_Lock {

	/** Seconds a lease lasts unless renewed (jobs renew it before each batch). */
	public const LEASE = 2 * MINUTE_IN_SECONDS;

	/**
	 * Constructor.
	 *
	 * @param string $option Option name of the lease row.
	 * @param string $token  This run's owner token.
	 * @param int    $ttl    Seconds each renewal extends the lease by.
	 * @param Clock  $clock Where "now" comes from (the system clock outside tests).
	 */
	private function __construct(
		private string $option,
		private string $token,
		private int $ttl,
		private Clock $clock,
	) {}

	/**
	 * Takes the lease for a new run; null when another run holds a lease that has not expired.
	 *
	 * @param string $name  Job name.
	 * @param int    $ttl   Seconds the lease lasts unless renewed.
	 * @param Clock  $clock Where "now" is read.
	 */
	public static function acquire( string $name, int $ttl = self::LEASE, Clock $clock = new System_Clock() ): ?self {
		$option = self::option( $name );
		$token  = bin2hex( random_bytes( 16 ) );
		$value  = self::value( $token, $ttl, $clock );
		if ( self::insert( $option, $value ) ) {
			return new self( $option, $token, $ttl, $clock );
		}
		$current = self::read( $option );
		if ( null === $current ) {
			// Released between the insert and the read: race for it like everyone else.
			return self::insert( $option, $value ) ? new self( $option, $token, $ttl, $clock ) : null;
		}
		if ( self::expires( $current ) > $clock->now()->getTimestamp() ) {
			return null;
		}
		// Expired: whoever replaces exactly the value read takes it over; the others see 0 rows.
		return self::replace( $option, $current, $value ) ? new self( $option, $token, $ttl, $clock ) : null;
	}

	/**
	 * Extends the lease; false when another run has taken it over (this run should stop).
	 */
	public function renew(): bool {
		global $wpdb;
		$value = self::value( $this->token, $this->ttl, $this->clock );
		$rows  = (int) $wpdb->query(
			$wpdb->prepare( 'UPDATE %i SET option_value = %s WHERE option_name = %s AND option_value LIKE %s', $wpdb->options, $value, $this->option, $this->owned() )
		);
		// MariaDB counts a row rewritten with the same value (renewed twice in a second) as 0.
		return 1 === $rows || self::read( $this->option ) === $value;
	}

	/**
	 * Releases the lease if this run still holds it; a lease taken over stays with its new owner.
	 */
	public function release(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE option_name = %s AND option_value LIKE %s', $wpdb->options, $this->option, $this->owned() ) );
		wp_cache_delete( $this->option, 'options' );
	}

	/**
	 * The LIKE pattern of a value this run wrote.
	 */
	private function owned(): string {
		global $wpdb;
		return $wpdb->esc_like( $this->token . '|' ) . '%';
	}

	/**
	 * Adds the lease row unless one exists; false when another run holds the name.
	 *
	 * @param string $option Option name.
	 * @param string $value  Token and expiry.
	 */
	private static function insert( string $option, string $value ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( "INSERT IGNORE INTO %i (option_name, option_value, autoload) VALUES (%s, %s, 'off')", $wpdb->options, $option, $value )
		);
	}

	/**
	 * Compare-and-set: writes `$value` only where the row still holds `$expected`.
	 *
	 * @param string $option   Option name.
	 * @param string $expected The value read.
	 * @param string $value    The new value.
	 */
	private static function replace( string $option, string $expected, string $value ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare( 'UPDATE %i SET option_value = %s WHERE option_name = %s AND option_value = %s', $wpdb->options, $value, $option, $expected )
		);
	}

	/**
	 * The row's value, or null when there is none (read past the options cache).
	 *
	 * @param string $option Option name.
	 */
	private static function read( string $option ): ?string {
		global $wpdb;
		$value = $wpdb->get_var( $wpdb->prepare( 'SELECT option_value FROM %i WHERE option_name = %s', $wpdb->options, $option ) );
		return null === $value ? null : (string) $value;
	}

	/**
	 * The expiry in a stored value ("token|expiry"; a lock from before leases holds the expiry alone).
	 *
	 * @param string $value Stored value.
	 */
	private static function expires( string $value ): int {
		$at = strrpos( $value, '|' );
		return (int) ( false === $at ? $value : substr( $value, $at + 1 ) );
	}

	/**
	 * The stored lease: owner token and expiry.
	 *
	 * @param string $token Owner token.
	 * @param int    $ttl   Seconds from now.
	 * @param Clock  $clock Where "now" is read.
	 */
	private static function value( string $token, int $ttl, Clock $clock ): string {
		return $token . '|' . ( $clock->now()->getTimestamp() + $ttl );
	}

	/**
	 * The option that holds a job's lease.
	 *
	 * @param string $name Job name.
	 */
	private static function option( string $name ): string {
		return 'wp24hd_lock_' . $name;
	}
}
