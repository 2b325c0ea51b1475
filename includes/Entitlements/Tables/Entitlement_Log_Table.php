<?php
/**
 * The entitlement log table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * Every change to an entitlement and every renewal contact: the audit trail. `event_key` is
 * unique so a purchase or refund replayed by WooCommerce is logged (and acted on) once.
 */
final class Entitlement_Log_Table extends Table {

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_entitlement_log';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
entitlement_id bigint(20) unsigned NOT NULL DEFAULT 0,
event varchar(30) NOT NULL,
event_key varchar(100) DEFAULT NULL,
actor_id bigint(20) unsigned NOT NULL DEFAULT 0,
order_id bigint(20) unsigned NOT NULL DEFAULT 0,
order_item_id bigint(20) unsigned NOT NULL DEFAULT 0,
expires_before datetime DEFAULT NULL,
expires_after datetime DEFAULT NULL,
paid_at datetime DEFAULT NULL,
channel varchar(30) NOT NULL DEFAULT '',
outcome varchar(30) NOT NULL DEFAULT '',
note text NOT NULL,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
UNIQUE KEY event_key (event_key),
KEY entitlement (entitlement_id,created_at)";
	}
}
