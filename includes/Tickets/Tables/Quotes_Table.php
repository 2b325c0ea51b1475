<?php
/**
 * The quotes table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * Quotes for one-shot work, from draft to paid.
 */
final class Quotes_Table extends Table {

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_quotes';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
ticket_id bigint(20) unsigned NOT NULL,
amount_cents bigint(20) unsigned NOT NULL,
currency char(3) NOT NULL DEFAULT 'EUR',
conditions text NOT NULL,
valid_until datetime NOT NULL,
status varchar(20) NOT NULL DEFAULT 'draft',
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
sent_at datetime DEFAULT NULL,
decided_by bigint(20) unsigned NOT NULL DEFAULT 0,
decided_at datetime DEFAULT NULL,
decided_ip varchar(45) NOT NULL DEFAULT '',
order_id bigint(20) unsigned NOT NULL DEFAULT 0,
paid_at datetime DEFAULT NULL,
created_at datetime NOT NULL,
updated_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY ticket (ticket_id,id),
KEY status_valid (status,valid_until)";
	}
}
