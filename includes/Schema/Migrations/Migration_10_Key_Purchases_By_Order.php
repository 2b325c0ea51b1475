<?php
/**
 * Schema version 10: purchase and refund keys name the site and the order.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema\Migrations;

use WP24\Helpdesk\Schema\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * Version 10 keys grants and refunds by site, order and line (`grant:{blog}:{order}:{item}`)
 * instead of the bare line ID (`grant:order_item:{item}`), which another order could reuse. A
 * refund row takes its order from the grant of the same line. Row by row, so it runs on every
 * database WordPress runs on; a key already rewritten no longer matches.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- one-off data migration on the plugin's table.
 */
final class Migration_10_Key_Purchases_By_Order implements Migration {

	/**
	 * Only sites that logged purchases before version 10.
	 *
	 * @param int $from Stored version.
	 */
	public function applies_from( int $from ): bool {
		return $from > 0 && $from < 10;
	}

	/**
	 * Rewrites the old keys.
	 *
	 * @param float $until Unused: the log holds one row per purchase and refund, few enough for one run.
	 */
	public function run( float $until ): bool {
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
		return true;
	}
}
