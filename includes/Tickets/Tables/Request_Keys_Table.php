<?php
/**
 * The idempotency keys table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * One row per idempotency key (hashed with its scope), bound to what its request stored: the
 * unique key makes a retry racing the first request wait for it and then find its row
 * (Idempotency_Key).
 */
final class Request_Keys_Table extends Table {

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_request_keys';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
key_hash char(64) NOT NULL,
request_hash char(64) NOT NULL DEFAULT '',
ticket_id bigint(20) unsigned NOT NULL DEFAULT 0,
message_id bigint(20) unsigned NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
UNIQUE KEY key_hash (key_hash),
KEY created (created_at)";
	}
}
