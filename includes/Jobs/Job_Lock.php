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
 * A row in the options table holding "owner token|expiry" (Lease_Repository). Taking it is an
 * INSERT IGNORE (the unique option name makes it atomic); taking over an expired one is an update
 * conditional on the exact value read, so of two runs only the one whose write changed the row
 * holds the lease. Renewing and releasing are conditional on the owner token. A run killed
 * half-way stops renewing, and the next run takes over once the short lease has expired.
 */
final class Job_Lock {

	/** Seconds a lease lasts unless renewed (jobs renew it before each batch). */
	public const LEASE = 2 * MINUTE_IN_SECONDS;

	/**
	 * Constructor.
	 *
	 * @param string           $option Option name of the lease row.
	 * @param string           $token  This run's owner token.
	 * @param int              $ttl    Seconds each renewal extends the lease by.
	 * @param Clock            $clock  Where "now" comes from (the system clock outside tests).
	 * @param Lease_Repository $rows   The lease rows.
	 */
	private function __construct(
		private string $option,
		private string $token,
		private int $ttl,
		private Clock $clock,
		private Lease_Repository $rows,
	) {}

	/**
	 * Takes the lease for a new run; null when another run holds a lease that has not expired.
	 *
	 * @param string $name  Job name.
	 * @param int    $ttl   Seconds the lease lasts unless renewed.
	 * @param Clock  $clock Where "now" is read.
	 */
	public static function acquire( string $name, int $ttl = self::LEASE, Clock $clock = new System_Clock() ): ?self {
		$rows   = new Lease_Repository();
		$option = self::option( $name );
		$token  = bin2hex( random_bytes( 16 ) );
		$value  = self::value( $token, $ttl, $clock );
		$lease  = new self( $option, $token, $ttl, $clock, $rows );
		if ( $rows->create( $option, $value ) ) {
			return $lease;
		}
		$current = $rows->read( $option );
		if ( null === $current ) {
			// Released between the insert and the read: race for it like everyone else.
			return $rows->create( $option, $value ) ? $lease : null;
		}
		if ( self::expires( $current ) > $clock->now()->getTimestamp() ) {
			return null;
		}
		// Expired: whoever replaces exactly the value read takes it over; the others see 0 rows.
		return $rows->swap( $option, $current, $value ) ? $lease : null;
	}

	/**
	 * Extends the lease; false when another run has taken it over (this run should stop).
	 */
	public function renew(): bool {
		return $this->rows->renew( $this->option, $this->token, self::value( $this->token, $this->ttl, $this->clock ) );
	}

	/**
	 * Releases the lease if this run still holds it; a lease taken over stays with its new owner.
	 */
	public function release(): void {
		$this->rows->release( $this->option, $this->token );
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
