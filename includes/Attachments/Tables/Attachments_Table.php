<?php
/**
 * The attachments table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * One row per file attached to a message; the file itself lies under a random name
 * (`stored_name`) in the private uploads folder.
 */
final class Attachments_Table extends Table {

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_attachments';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return 'id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
ticket_id bigint(20) unsigned NOT NULL,
message_id bigint(20) unsigned NOT NULL,
file_name varchar(200) NOT NULL,
stored_name varchar(100) NOT NULL,
mime varchar(100) NOT NULL,
size bigint(20) unsigned NOT NULL,
uploaded_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY ticket (ticket_id,id),
KEY message (message_id),
KEY stored_name (stored_name)';
	}
}
