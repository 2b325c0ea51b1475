<?php
/**
 * The only code that reads and writes plan holdings (their log: log(); purchase events:
 * purchase_events(); the renewal job's batches: renewals()).
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
 * Prepared SQL over `wp24hd_entitlements`; times stored in UTC. About 270 lines: the staff
 * list's filters and the row/entity mapping (hydrate, to_row) belong with the one table.
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
	 * The log, one per repository so every service writes through the same instance.
	 *
	 * @var Entitlement_Log_Repository|null
	 */
	private ?Entitlement_Log_Repository $log = null;

	/**
	 * The plan holdings' log, sharing this one's clock.
	 */
	public function log(): Entitlement_Log_Repository {
		if ( null === $this->log ) {
			$this->log = new Entitlement_Log_Repository( $this->clock );
		}
		return $this->log;
	}

	/**
	 * The one-time events of order lines (kept in the log).
	 */
	public function purchase_events(): Purchase_Event_Repository {
		return new Purchase_Event_Repository( new Entitlement_Log_Columns( $this->clock ) );
	}

	/**
	 * The queries and claims of the renewal job (expiry, renewal queue).
	 */
	public function renewals(): Renewal_Repository {
		return new Renewal_Repository( $this->clock );
	}

	/**
	 * Changes a holding's columns and writes the line that says why, e.g. a status change.
	 *
	 * @param int                  $id     Entitlement.
	 * @param array<string, mixed> $fields Column values.
	 * @param array<string, mixed> $log    Log columns (entitlement_id is filled in).
	 */
	public function update_logged( int $id, array $fields, array $log ): Entitlement {
		$updated = $this->update( $id, $fields );
		$this->log()->add( array( 'entitlement_id' => $id ) + $log );
		return $updated;
	}

	/**
	 * One entitlement by ID.
	 *
	 * @param int $id Row ID.
	 */
	public function find( int $id ): ?Entitlement {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', Tables::entitlements(), $id ), ARRAY_A );
		return $row ? self::hydrate( $row ) : null;
	}

	/**
	 * The entitlement an order started, or null.
	 *
	 * @param int $order_id Order.
	 */
	public function for_order( int $order_id ): ?Entitlement {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE order_id = %d ORDER BY id ASC LIMIT 1', Tables::entitlements(), $order_id ), ARRAY_A );
		return $row ? self::hydrate( $row ) : null;
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
		$moment = self::date( $at );
		$sql    = 'SELECT * FROM %i WHERE user_id = %d AND status = %s AND starts_at <= %s AND expires_at > %s';
		$args   = array( Tables::entitlements(), $user_id, Entitlement::ACTIVE, $moment, $moment );
		if ( $plan_id > 0 ) {
			$sql   .= ' AND plan_id = %d';
			$args[] = $plan_id;
		}
		$rows = $wpdb->get_results( $wpdb->prepare( $sql . ' ORDER BY expires_at DESC, id DESC', $args ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- built from constants above; its placeholders are counted at run time.
		return array_map( array( self::class, 'hydrate' ), $rows );
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
			$args[]  = self::date( $filters['expires_after'] );
		}
		if ( isset( $filters['expires_before'] ) ) {
			$where[] = 'expires_at <= %s';
			$args[]  = self::date( $filters['expires_before'] );
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
			'items' => array_map( array( self::class, 'hydrate' ), $rows ),
			'total' => $total,
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
		$now = self::date( $this->clock->now() );
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
		$row['updated_at'] = self::date( $this->clock->now() );
		if ( false === $wpdb->update( Tables::entitlements(), $row, array( 'id' => $id ) ) ) {
			throw new \RuntimeException( 'Could not update the entitlement: ' . $wpdb->last_error );
		}
		return $this->find( $id );
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
	 * Builds the value object from a row.
	 *
	 * @param array<string, mixed> $row Database row.
	 */
	public static function hydrate( array $row ): Entitlement {
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
			$row[ $key ] = $value instanceof DateTimeImmutable ? self::date( $value ) : $value;
		}
		return $row;
	}

	/**
	 * A moment as a UTC DATETIME string.
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	public static function date( DateTimeImmutable $moment ): string {
		return $moment->setTimezone( new DateTimeZone( 'UTC' ) )->format( self::DATE );
	}
}
