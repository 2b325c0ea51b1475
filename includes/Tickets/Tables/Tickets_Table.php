<?php
/**
 * The tickets table.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Tables;

use WP24\Helpdesk\Schema\Table;

defined( 'ABSPATH' ) || exit;

/**
 * Support tickets, with the text the search reads (`search_text`: fields and public messages;
 * `notes_text`: internal notes).
 *
 * The FULLTEXT indexes are not in the dbDelta definition: SQLite (Playground) has none, and a
 * MySQL before 5.6 none on InnoDB. `add_fulltext_indexes()` adds them where the server can, and
 * the search reads the same columns by LIKE where it cannot.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- DDL has no core API.
 */
final class Tickets_Table extends Table {

	/** FULLTEXT indexes by name, with their columns: a customer's search, and the technicians'. */
	public const FULLTEXT = array(
		'search_text'  => 'search_text',
		'search_staff' => 'search_text, notes_text',
	);

	/**
	 * The name without the site's prefix.
	 */
	public static function base_name(): string {
		return 'wp24hd_tickets';
	}

	/**
	 * Columns and keys.
	 */
	protected function columns(): string {
		return "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
reference varchar(20) NOT NULL,
subject varchar(200) NOT NULL,
type varchar(30) NOT NULL DEFAULT 'support',
priority varchar(10) NOT NULL DEFAULT 'normal',
status varchar(30) NOT NULL DEFAULT 'new',
coverage varchar(20) NOT NULL DEFAULT 'covered',
coverage_reason text NOT NULL,
customer_id bigint(20) unsigned NOT NULL DEFAULT 0,
guest_email varchar(100) NOT NULL DEFAULT '',
guest_name varchar(100) NOT NULL DEFAULT '',
guest_key_hash varchar(64) NOT NULL DEFAULT '',
guest_key_seed varchar(64) NOT NULL DEFAULT '',
locale varchar(20) NOT NULL DEFAULT '',
plan_id bigint(20) unsigned NOT NULL DEFAULT 0,
entitlement_id bigint(20) unsigned NOT NULL DEFAULT 0,
assignee_id bigint(20) unsigned NOT NULL DEFAULT 0,
service varchar(120) NOT NULL DEFAULT '',
site_url varchar(255) NOT NULL DEFAULT '',
consent_at datetime NOT NULL,
consent_version varchar(20) NOT NULL DEFAULT '',
channel varchar(10) NOT NULL DEFAULT 'web',
first_response_due datetime DEFAULT NULL,
first_response_at datetime DEFAULT NULL,
last_customer_reply_at datetime DEFAULT NULL,
last_staff_reply_at datetime DEFAULT NULL,
last_activity_at datetime NOT NULL,
waiting_since datetime DEFAULT NULL,
reminder_sent_at datetime DEFAULT NULL,
close_reason varchar(30) NOT NULL DEFAULT '',
closed_at datetime DEFAULT NULL,
parent_id bigint(20) unsigned NOT NULL DEFAULT 0,
search_text mediumtext DEFAULT NULL,
notes_text mediumtext DEFAULT NULL,
created_at datetime NOT NULL,
updated_at datetime NOT NULL,
PRIMARY KEY  (id),
UNIQUE KEY reference (reference),
KEY status_activity (status,last_activity_at),
KEY customer (customer_id,created_at),
KEY guest_email (guest_email),
KEY assignee_status (assignee_id,status),
KEY sla (status,first_response_due),
KEY awaiting (first_response_at,first_response_due,status),
KEY waiting_since (status,waiting_since),
KEY status_closed (status,closed_at),
KEY created (created_at)";
	}

	/**
	 * Adds the FULLTEXT indexes that are missing (looked up first, so a second run adds nothing).
	 *
	 * @return bool False when the server refused one (the search then keeps LIKE) or on SQLite.
	 */
	public function add_fulltext_indexes(): bool {
		global $wpdb;
		if ( self::on_sqlite() ) {
			return false;
		}
		foreach ( self::FULLTEXT as $index => $columns ) {
			if ( null === $wpdb->get_var( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name = %s', self::name(), $index ) )
				&& false === $wpdb->query( $wpdb->prepare( "ALTER TABLE %i ADD FULLTEXT KEY %i ({$columns})", self::name(), $index ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- column names from the constant above.
				return false;
			}
		}
		return true;
	}
}
