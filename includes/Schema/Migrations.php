<?php
/**
 * Data changes that go with a schema version, run once, in order, after dbDelta.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Each step is keyed by the schema version that needs it and is safe to run twice.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- one-off data migrations on the plugin's tables.
 */
final class Migrations {

	/**
	 * Runs the steps newer than the stored version.
	 *
	 * @param int $from Schema version before the upgrade (0 on a fresh install).
	 */
	public static function run( int $from ): void {
		if ( $from > 0 && $from < 6 ) {
			self::start_waiting_countdowns();
		}
		if ( $from > 0 && $from < 10 ) {
			self::key_purchases_by_order();
		}
	}

	/**
	 * Version 10 keys grants and refunds by site, order and line (`grant:{blog}:{order}:{item}`)
	 * instead of the bare line ID (`grant:order_item:{item}`), which another order could reuse. A
	 * refund row takes its order from the grant of the same line. Row by row, so it runs on every
	 * database WordPress runs on; a key already rewritten no longer matches.
	 */
	private static function key_purchases_by_order(): void {
		global $wpdb;
		$log    = Tables::entitlement_log();
		$blog   = get_current_blog_id();
		$rows   = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT id, event_key, order_id, order_item_id FROM %i WHERE event_key LIKE %s OR event_key LIKE %s ORDER BY id ASC',
				$log,
				$wpdb->esc_like( 'grant:order_item:' ) . '%',
				$wpdb->esc_like( 'refund:order_item:' ) . '%'
			),
			ARRAY_A
		);
		$orders = array();
		foreach ( $rows as $row ) {
			if ( str_starts_with( (string) $row['event_key'], 'grant:' ) ) {
				$orders[ (int) $row['order_item_id'] ] = (int) $row['order_id'];
			}
		}
		foreach ( $rows as $row ) {
			$kind  = strstr( (string) $row['event_key'], ':', true );
			$item  = (int) $row['order_item_id'];
			$order = (int) $row['order_id'] > 0 ? (int) $row['order_id'] : ( $orders[ $item ] ?? 0 );
			$wpdb->update(
				$log,
				array(
					'event_key' => sprintf( '%s:%d:%d:%d', $kind, $blog, $order, $item ),
					'order_id'  => $order,
				),
				array( 'id' => (int) $row['id'] )
			);
		}
	}

	/**
	 * Version 6 counts the auto-close time (R9) from `waiting_since`: tickets already waiting get
	 * the technician's last answer (or their last activity) as the start.
	 */
	private static function start_waiting_countdowns(): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET waiting_since = COALESCE(last_staff_reply_at, last_activity_at) WHERE status = %s AND waiting_since IS NULL',
				Tables::tickets(),
				'waiting_customer'
			)
		);
	}
}
