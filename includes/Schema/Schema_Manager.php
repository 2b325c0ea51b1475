<?php
/**
 * Creates and upgrades the plugin's custom tables behind a stored schema version.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * Runs `dbDelta` for every table definition when the stored version is behind.
 *
 * Checked on activation, on `admin_init`, and on the first cron run after the plugin is updated:
 * an automatic update opens no wp-admin page, and customers may use the form for days before
 * anyone does.
 */
final class Schema_Manager {

	public const OPTION = 'wp24hd_schema_version';

	/** One-off cron event that upgrades the tables with the updated code. */
	public const UPGRADE_HOOK = 'wp24hd_upgrade_schema';

	/** Bump when a table definition changes. */
	public const VERSION = 14;

	/** Seconds an upgrade's lease lasts: longer than a job's, as a migration is one step. */
	private const UPGRADE_LEASE = 10 * MINUTE_IN_SECONDS;

	/**
	 * Adds the upgrade checks.
	 */
	public function register(): void {
		add_action( 'admin_init', array( $this, 'maybe_upgrade' ) );
		add_action( 'upgrader_process_complete', array( $this, 'schedule_upgrade_after_update' ), 10, 2 );
		add_action( self::UPGRADE_HOOK, array( $this, 'maybe_upgrade' ) );
	}

	/**
	 * When this plugin has just been updated, asks for an upgrade on the next cron run.
	 *
	 * The update runs in a request that still holds the old code in memory, so the new tables
	 * cannot be made here; the next request loads the new code and runs the event.
	 *
	 * @param mixed $upgrader The upgrader (unused).
	 * @param mixed $options  What was upgraded: type, action, and plugin or plugins.
	 */
	public function schedule_upgrade_after_update( $upgrader, $options ): void {
		$options = is_array( $options ) ? $options : array();
		if ( 'plugin' !== ( $options['type'] ?? '' ) || 'update' !== ( $options['action'] ?? '' ) ) {
			return;
		}
		// Bulk updates name `plugins`; a single update from the plugin screen names `plugin`.
		$updated = array_merge( (array) ( $options['plugins'] ?? array() ), (array) ( $options['plugin'] ?? array() ) );
		if ( in_array( plugin_basename( WP24HD_FILE ), $updated, true ) && ! wp_next_scheduled( self::UPGRADE_HOOK ) ) {
			wp_schedule_single_event( time(), self::UPGRADE_HOOK );
		}
	}

	/**
	 * Whether the stored schema is behind the code.
	 */
	public function needs_upgrade(): bool {
		return (int) get_option( self::OPTION, 0 ) < self::VERSION;
	}

	/**
	 * Brings the tables up to date; cheap when they already are.
	 */
	public function maybe_upgrade(): void {
		if ( ! $this->needs_upgrade() ) {
			return;
		}
		// Two requests may start the upgrade at once: one takes the lease, the other leaves the
		// upgrade to it. A crashed upgrade blocks the next only until its lease expires.
		$lease = Job_Lock::acquire( 'schema_upgrade', self::UPGRADE_LEASE );
		if ( null === $lease ) {
			return;
		}
		try {
			// The run that held the lease before may have finished the upgrade in the meantime.
			wp_cache_delete( self::OPTION, 'options' );
			wp_cache_delete( 'notoptions', 'options' );
			if ( ! $this->needs_upgrade() ) {
				return;
			}
			$from       = (int) get_option( self::OPTION, 0 );
			$statements = $this->table_definitions();
			if ( array() !== $statements ) {
				require_once ABSPATH . 'wp-admin/includes/upgrade.php';
				dbDelta( $statements );
			}
			// A migration that ran out of time leaves the version behind: the next run goes on.
			if ( Migrations::run( $from ) ) {
				update_option( self::OPTION, self::VERSION, false );
			}
		} finally {
			$lease->release();
		}
	}

	/**
	 * The custom tables, in the form dbDelta expects.
	 *
	 * @return string[]
	 */
	public function table_definitions(): array {
		global $wpdb;
		$collate      = $wpdb->get_charset_collate();
		$entitlements = Tables::entitlements();
		$log          = Tables::entitlement_log();
		$tickets      = Tables::tickets();
		$messages     = Tables::messages();
		$quotes       = Tables::quotes();
		$attachments  = Tables::attachments();
		$request_keys = Tables::request_keys();
		return array(
			// One row per idempotency key (hashed with its scope): the unique key makes a retry racing
			// the first request wait for it and then find its row (Idempotency_Key).
			"CREATE TABLE {$request_keys} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
key_hash char(64) NOT NULL,
request_hash char(64) NOT NULL DEFAULT '',
ticket_id bigint(20) unsigned NOT NULL DEFAULT 0,
message_id bigint(20) unsigned NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
UNIQUE KEY key_hash (key_hash),
KEY created (created_at)
) {$collate};",
			"CREATE TABLE {$attachments} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
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
KEY stored_name (stored_name)
) {$collate};",
			"CREATE TABLE {$tickets} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
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
KEY created (created_at)
) {$collate};",
			"CREATE TABLE {$messages} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
ticket_id bigint(20) unsigned NOT NULL,
author_id bigint(20) unsigned NOT NULL DEFAULT 0,
author_role varchar(20) NOT NULL,
body longtext NOT NULL,
internal tinyint(1) NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY ticket (ticket_id,id)
) {$collate};",
			"CREATE TABLE {$quotes} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
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
KEY status_valid (status,valid_until)
) {$collate};",
			"CREATE TABLE {$entitlements} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
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
KEY customer_email (customer_email)
) {$collate};",
			"CREATE TABLE {$log} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
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
KEY entitlement (entitlement_id,created_at)
) {$collate};",
		);
	}

	/**
	 * The table names the plugin owns (uninstall drops them).
	 *
	 * @return string[]
	 */
	public function table_names(): array {
		return Tables::all();
	}
}
