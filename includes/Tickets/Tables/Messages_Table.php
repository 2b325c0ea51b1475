<?php
/**
 * The messages table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * Ticket threads: customer, technician and system messages, and staff-only notes (`internal`).
 */
final class Messages_Table extends Table {

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_messages';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return 'id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
ticket_id bigint(20) unsigned NOT NULL,
author_id bigint(20) unsigned NOT NULL DEFAULT 0,
author_role varchar(20) NOT NULL,
body longtext NOT NULL,
internal tinyint(1) NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY ticket (ticket_id,id)';
	}
}
