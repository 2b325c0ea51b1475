<?php
/**
 * The entitlements table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * Plans held by customers: who, which plan, from which order, until when.
 */
final class Entitlements_Table extends Table {

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_entitlements';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
user_id bigint(20) unsigned NOT NULL DEFAULT 0,
customer_email varchar(100) NOT NULL DEFAULT '',
plan_id bigint(20) unsigned NOT NULL,
source varchar(20) NOT NULL DEFAULT 'order',
order_id bigint(20) unsigned NOT NULL DEFAULT 0,
order_item_id bigint(20) unsigned NOT NULL DEFAULT 0,
status varchar(20) NOT NULL DEFAULT 'active',
starts_at datetime NOT NULL,
expires_at datetime NOT NULL,
paid_at datetime DEFAULT NULL,
renewal_reminded_for datetime DEFAULT NULL,
created_at datetime NOT NULL,
updated_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY user_status (user_id,status,expires_at),
KEY status_expires (status,expires_at),
KEY order_item (order_item_id),
KEY order_id (order_id),
KEY customer_email (customer_email)";
	}
}
