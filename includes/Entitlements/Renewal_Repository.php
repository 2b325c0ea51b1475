<?php
/**
 * The only code that reads and claims entitlements for the renewal job: ended periods, the renewal queue.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Prepared SQL over `wp24hd_entitlements` in batches over indexed columns; each write is a
 * conditional UPDATE, so two runs of the job at once change a row once (R12).
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Renewal_Repository {

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/**
	 * Active entitlements whose period ended at or before `$now` (the expiry job), oldest first.
	 *
	 * @param DateTimeImmutable $now   Moment.
	 * @param int               $limit Batch size.
	 * @return Entitlement[]
	 */
	public function active_ended_by( DateTimeImmutable $now, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare( 'SELECT * FROM %i WHERE status = %s AND expires_at <= %s ORDER BY expires_at ASC, id ASC LIMIT %d', Tables::entitlements(), Entitlement::ACTIVE, Entitlement_Repository::date( $now ), $limit ),
			ARRAY_A
		);
		return array_map( array( Entitlement_Repository::class, 'hydrate' ), $rows );
	}

	/**
	 * Sets the status only if the entitlement still has the expected one; false otherwise.
	 *
	 * @param int    $id   Entitlement.
	 * @param string $from Expected status.
	 * @param string $to   New status.
	 */
	public function transition( int $id, string $from, string $to ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET status = %s, updated_at = %s WHERE id = %d AND status = %s',
				Tables::entitlements(),
				$to,
				Entitlement_Repository::date( $this->clock->now() ),
				$id,
				$from
			)
		);
	}

	/**
	 * Active entitlements expiring in (`$from`, `$until`] whose current period has not had its
	 * renewal reminder, in expiry order after the cursor (keyset paging, so skipped rows cannot
	 * make a batch loop forever).
	 *
	 * @param DateTimeImmutable        $from     Expiring after this.
	 * @param DateTimeImmutable        $until    And at or before this.
	 * @param array{0: string, 1: int} $after Cursor: expires_at and ID of the last row seen.
	 * @param int                      $limit    Batch size.
	 * @return Entitlement[]
	 */
	public function renewal_candidates( DateTimeImmutable $from, DateTimeImmutable $until, array $after, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE status = %s AND expires_at > %s AND expires_at <= %s AND ( renewal_reminded_for IS NULL OR renewal_reminded_for <> expires_at )
				AND ( expires_at > %s OR ( expires_at = %s AND id > %d ) ) ORDER BY expires_at ASC, id ASC LIMIT %d',
				Tables::entitlements(),
				Entitlement::ACTIVE,
				Entitlement_Repository::date( $from ),
				Entitlement_Repository::date( $until ),
				$after[0],
				$after[0],
				$after[1],
				$limit
			),
			ARRAY_A
		);
		return array_map( array( Entitlement_Repository::class, 'hydrate' ), $rows );
	}

	/**
	 * Records that the current period's renewal reminder went out; false when it already had.
	 *
	 * Keyed on the expiry, so a renewal (a new expiry) gets its own reminder next year.
	 *
	 * @param Entitlement $entitlement Entitlement as read by the job.
	 */
	public function claim_renewal_reminder( Entitlement $entitlement ): bool {
		global $wpdb;
		$expires = Entitlement_Repository::date( $entitlement->expires_at );
		return 1 === (int) $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET renewal_reminded_for = %s WHERE id = %d AND status = %s AND expires_at = %s AND ( renewal_reminded_for IS NULL OR renewal_reminded_for <> %s )',
				Tables::entitlements(),
				$expires,
				$entitlement->id,
				Entitlement::ACTIVE,
				$expires,
				$expires
			)
		);
	}
}
