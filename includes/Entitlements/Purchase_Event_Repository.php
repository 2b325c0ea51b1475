<?php
/**
 * The only code that claims and reads the one-time events of order lines (grants, refunds, order changes).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Schema\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * Prepared SQL over the keyed lines of `wp24hd_entitlement_log`: the unique `event_key` makes
 * each order line grant, refund or flag once, however often WooCommerce's hooks fire.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Purchase_Event_Repository {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Log_Columns $columns What a caller may write to the log whose lines the events are.
	 */
	public function __construct( private Entitlement_Log_Columns $columns ) {}

	/**
	 * Claims a one-time event key; false when another call claimed it first.
	 *
	 * The unique index on `event_key` makes this safe against hooks firing twice at once.
	 *
	 * @param string               $event_key Unique key, e.g. `grant:1:5012:5013` (Purchase_Service::purchase_key()).
	 * @param array<string, mixed> $fields    Log columns.
	 */
	public function claim( string $event_key, array $fields ): bool {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$ok       = $wpdb->insert( Tables::entitlement_log(), $this->columns->for_insert( $fields + array( 'event_key' => $event_key ) ) );
		$wpdb->suppress_errors( $suppress );
		return false !== $ok;
	}

	/**
	 * Fills in a claimed event once the entitlement change is known.
	 *
	 * @param string               $event_key Key passed to claim().
	 * @param array<string, mixed> $fields    Log columns.
	 */
	public function complete( string $event_key, array $fields ): void {
		global $wpdb;
		$wpdb->update( Tables::entitlement_log(), $this->columns->for_update( $fields ), array( 'event_key' => $event_key ) );
	}

	/**
	 * The entitlement a claimed event applied to (0 when none yet).
	 *
	 * @param string $event_key Key.
	 */
	public function entitlement_of( string $event_key ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT entitlement_id FROM %i WHERE event_key = %s', Tables::entitlement_log(), $event_key ) );
	}

	/**
	 * A claimed event, or null.
	 *
	 * @param string $event_key Key.
	 */
	public function find( string $event_key ): ?Purchase_Event {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE event_key = %s', Tables::entitlement_log(), $event_key ), ARRAY_A );
		return $row ? Purchase_Event::from_row( $row ) : null;
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
}
