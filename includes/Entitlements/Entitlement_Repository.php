<?php
/**
 * The only code that reads and writes the entitlement tables.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Prepared SQL over `wp24hd_entitlements` and `wp24hd_entitlement_log`; times stored in UTC.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Entitlement_Repository {

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	private const DATE = 'Y-m-d H:i:s';

	/**
	 * One entitlement by ID.
	 *
	 * @param int $id Row ID.
	 */
	public function find( int $id ): ?Entitlement {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::entitlements(), $id ), ARRAY_A );
		return $row ? $this->hydrate( $row ) : null;
	}

	/**
	 * The entitlement an order started, or null.
	 *
	 * @param int $order_id Order.
	 */
	public function for_order( int $order_id ): ?Entitlement {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE order_id = %d ORDER BY id ASC LIMIT 1', Tables::entitlements(), $order_id ), ARRAY_A );
		return $row ? $this->hydrate( $row ) : null;
	}

	/**
	 * The user's active entitlement of a plan whose period contains `$at`, latest expiry first.
	 *
	 * @param int               $user_id User.
	 * @param int               $plan_id Plan, or 0 for any plan.
	 * @param DateTimeImmutable $at      Moment.
	 * @return Entitlement[]
	 */
	public function active_for_user( int $user_id, int $plan_id, DateTimeImmutable $at ): array {
		global $wpdb;
		$moment = $this->date( $at );
		$sql    = 'SELECT * FROM %i WHERE user_id = %d AND status = %s AND starts_at <= %s AND expires_at > %s';
		$args   = array( Tables::entitlements(), $user_id, Entitlement::ACTIVE, $moment, $moment );
		if ( $plan_id > 0 ) {
			$sql   .= ' AND plan_id = %d';
			$args[] = $plan_id;
		}
		$rows = $wpdb->get_results( $wpdb->prepare( $sql . ' ORDER BY expires_at DESC, id DESC', $args ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- built from constants above; its placeholders are counted at run time.
		return array_map( array( $this, 'hydrate' ), $rows );
	}

	/**
	 * A filtered page of entitlements for staff.
	 *
	 * @param array{user_id?: int, plan_id?: int, status?: string, expires_before?: DateTimeImmutable, expires_after?: DateTimeImmutable} $filters Filters.
	 * @param int                                                                                                                         $page     Page, from 1.
	 * @param int                                                                                                                         $per_page Rows per page.
	 * @return array{items: Entitlement[], total: int}
	 */
	public function search( array $filters, int $page, int $per_page ): array {
		global $wpdb;
		$where = array( '1=1' );
		$args  = array();
		if ( ! empty( $filters['user_id'] ) ) {
			$where[] = 'user_id = %d';
			$args[]  = $filters['user_id'];
		}
		if ( ! empty( $filters['plan_id'] ) ) {
			$where[] = 'plan_id = %d';
			$args[]  = $filters['plan_id'];
		}
		if ( ! empty( $filters['status'] ) ) {
			$where[] = 'status = %s';
			$args[]  = $filters['status'];
		}
		if ( isset( $filters['expires_after'] ) ) {
			$where[] = 'expires_at > %s';
			$args[]  = $this->date( $filters['expires_after'] );
		}
		if ( isset( $filters['expires_before'] ) ) {
			$where[] = 'expires_at <= %s';
			$args[]  = $this->date( $filters['expires_before'] );
		}
		$clause = implode( ' AND ', $where );
		$total  = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE {$clause}", array_merge( array( Tables::entitlements() ), $args ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clause holds placeholders only.
		$rows   = $wpdb->get_results(
			$wpdb->prepare( // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the placeholders of a list are counted at run time.
				"SELECT * FROM %i WHERE {$clause} ORDER BY expires_at ASC, id ASC LIMIT %d OFFSET %d", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- clause holds placeholders only.
				array_merge( array( Tables::entitlements() ), $args, array( $per_page, ( $page - 1 ) * $per_page ) )
			),
			ARRAY_A
		);
		return array(
			'items' => array_map( array( $this, 'hydrate' ), $rows ),
			'total' => $total,
		);
	}

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
			$wpdb->prepare( 'SELECT * FROM %i WHERE status = %s AND expires_at <= %s ORDER BY expires_at ASC, id ASC LIMIT %d', Tables::entitlements(), Entitlement::ACTIVE, $this->date( $now ), $limit ),
			ARRAY_A
		);
		return array_map( array( $this, 'hydrate' ), $rows );
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
				$this->date( $this->clock->now() ),
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
				$this->date( $from ),
				$this->date( $until ),
				$after[0],
				$after[0],
				$after[1],
				$limit
			),
			ARRAY_A
		);
		return array_map( array( $this, 'hydrate' ), $rows );
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
		$expires = $this->date( $entitlement->expires_at );
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

	/**
	 * Inserts an entitlement and returns it.
	 *
	 * @param array<string, mixed> $fields Column values (times as DateTimeImmutable).
	 * @throws \RuntimeException When the database refuses the write.
	 */
	public function insert( array $fields ): Entitlement {
		global $wpdb;
		$now = $this->date( $this->clock->now() );
		$row = $this->to_row( $fields ) + array(
			'created_at' => $now,
			'updated_at' => $now,
		);
		if ( false === $wpdb->insert( Tables::entitlements(), $row ) ) {
			throw new \RuntimeException( 'Could not insert the entitlement: ' . $wpdb->last_error );
		}
		return $this->find( (int) $wpdb->insert_id );
	}

	/**
	 * Updates columns of one entitlement.
	 *
	 * @param int                  $id     Row ID.
	 * @param array<string, mixed> $fields Column values.
	 * @throws \RuntimeException When the database refuses the write.
	 */
	public function update( int $id, array $fields ): Entitlement {
		global $wpdb;
		$row               = $this->to_row( $fields );
		$row['updated_at'] = $this->date( $this->clock->now() );
		if ( false === $wpdb->update( Tables::entitlements(), $row, array( 'id' => $id ) ) ) {
			throw new \RuntimeException( 'Could not update the entitlement: ' . $wpdb->last_error );
		}
		return $this->find( $id );
	}

	/**
	 * Claims a one-time event key; false when another call claimed it first.
	 *
	 * The unique index on `event_key` makes this safe against hooks firing twice at once.
	 *
	 * @param string               $event_key Unique key, e.g. `grant:1:5012:5013` (Entitlement_Service::purchase_key()).
	 * @param array<string, mixed> $fields    Log columns.
	 */
	public function claim_event( string $event_key, array $fields ): bool {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$ok       = $wpdb->insert( Tables::entitlement_log(), $this->log_row( $fields + array( 'event_key' => $event_key ) ) );
		$wpdb->suppress_errors( $suppress );
		return false !== $ok;
	}

	/**
	 * Fills in a claimed event once the entitlement change is known.
	 *
	 * @param string               $event_key Key passed to claim_event().
	 * @param array<string, mixed> $fields    Log columns.
	 */
	public function complete_event( string $event_key, array $fields ): void {
		global $wpdb;
		$wpdb->update( Tables::entitlement_log(), $this->log_row( $fields, false ), array( 'event_key' => $event_key ) );
	}

	/**
	 * The entitlement a claimed event applied to (0 when none yet).
	 *
	 * @param string $event_key Key.
	 */
	public function event_entitlement( string $event_key ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT entitlement_id FROM %i WHERE event_key = %s', Tables::entitlement_log(), $event_key ) );
	}

	/**
	 * A claimed event's log row, or null.
	 *
	 * @param string $event_key Key.
	 * @return array<string, mixed>|null
	 */
	public function event( string $event_key ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE event_key = %s', Tables::entitlement_log(), $event_key ), ARRAY_A );
		return $row ? $row : null;
	}

	/**
	 * When the latest purchase or renewal of an entitlement was paid, or null.
	 *
	 * @param int $entitlement_id Entitlement.
	 */
	public function last_payment( int $entitlement_id ): ?DateTimeImmutable {
		global $wpdb;
		$paid = $wpdb->get_var(
			$wpdb->prepare( "SELECT MAX(paid_at) FROM %i WHERE entitlement_id = %d AND event IN ('purchase', 'renewal')", Tables::entitlement_log(), $entitlement_id )
		);
		return $paid ? new DateTimeImmutable( (string) $paid, new DateTimeZone( 'UTC' ) ) : null;
	}

	/**
	 * Moves guest entitlements bought with an email to a user; returns their IDs.
	 *
	 * @param int    $user_id User.
	 * @param string $email   Billing email of the guest orders.
	 * @return int[]
	 */
	public function claim_guest_entitlements( int $user_id, string $email ): array {
		global $wpdb;
		$ids = array_map(
			'intval',
			$wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE user_id = 0 AND customer_email = %s', Tables::entitlements(), $email ) )
		);
		if ( array() !== $ids ) {
			$wpdb->query( $wpdb->prepare( 'UPDATE %i SET user_id = %d WHERE user_id = 0 AND customer_email = %s', Tables::entitlements(), $user_id, $email ) );
		}
		return $ids;
	}

	/**
	 * Adds a log entry.
	 *
	 * @param array<string, mixed> $fields Log columns.
	 */
	public function log( array $fields ): void {
		global $wpdb;
		$wpdb->insert( Tables::entitlement_log(), $this->log_row( $fields ) );
	}

	/**
	 * The log of one entitlement, oldest first.
	 *
	 * @param int $entitlement_id Entitlement.
	 * @return array<int, array<string, mixed>>
	 */
	public function log_for( int $entitlement_id ): array {
		global $wpdb;
		return $wpdb->get_results(
			$wpdb->prepare( 'SELECT event, actor_id, order_id, order_item_id, expires_before, expires_after, channel, outcome, note, created_at FROM %i WHERE entitlement_id = %d ORDER BY id ASC', Tables::entitlement_log(), $entitlement_id ),
			ARRAY_A
		);
	}


	/**
	 * Builds the value object from a row.
	 *
	 * @param array<string, mixed> $row Database row.
	 */
	private function hydrate( array $row ): Entitlement {
		$utc = new DateTimeZone( 'UTC' );
		return new Entitlement(
			(int) $row['id'],
			(int) $row['user_id'],
			(int) $row['plan_id'],
			(string) $row['source'],
			(int) $row['order_id'],
			(int) $row['order_item_id'],
			(string) $row['status'],
			new DateTimeImmutable( (string) $row['starts_at'], $utc ),
			new DateTimeImmutable( (string) $row['expires_at'], $utc ),
			empty( $row['paid_at'] ) ? null : new DateTimeImmutable( (string) $row['paid_at'], $utc ),
		);
	}

	/**
	 * Column values for the entitlements table.
	 *
	 * @param array<string, mixed> $fields Values, times as DateTimeImmutable.
	 * @return array<string, mixed>
	 */
	private function to_row( array $fields ): array {
		$allowed = array( 'user_id', 'customer_email', 'plan_id', 'source', 'order_id', 'order_item_id', 'status', 'starts_at', 'expires_at', 'paid_at' );
		$row     = array();
		foreach ( array_intersect_key( $fields, array_flip( $allowed ) ) as $key => $value ) {
			$row[ $key ] = $value instanceof DateTimeImmutable ? $this->date( $value ) : $value;
		}
		return $row;
	}

	/**
	 * Column values for the entitlement log.
	 *
	 * @param array<string, mixed> $fields   Values.
	 * @param bool                 $defaults Fill defaults for a new row.
	 * @return array<string, mixed>
	 */
	private function log_row( array $fields, bool $defaults = true ): array {
		$allowed = array( 'entitlement_id', 'event', 'event_key', 'actor_id', 'order_id', 'order_item_id', 'expires_before', 'expires_after', 'paid_at', 'channel', 'outcome', 'note' );
		$row     = array();
		foreach ( array_intersect_key( $fields, array_flip( $allowed ) ) as $key => $value ) {
			$row[ $key ] = $value instanceof DateTimeImmutable ? $this->date( $value ) : $value;
		}
		if ( $defaults ) {
			$row += array(
				'note'       => '',
				'created_at' => $this->date( $this->clock->now() ),
			);
		}
		return $row;
	}

	/**
	 * A moment as a UTC DATETIME string.
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	private function date( DateTimeImmutable $moment ): string {
		return $moment->setTimezone( new DateTimeZone( 'UTC' ) )->format( self::DATE );
	}
}
