<?php
/**
 * What every custom table class says: its name and its definition.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * One subclass per table, the only place its DDL lives: `dbDelta` reads `definition()` on every
 * upgrade, uninstall calls `drop()`.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- DDL has no core API.
 */
abstract class Table {

	/**
	 * The name without the site's prefix (`wp24hd_tickets`).
	 */
	abstract public static function base_name(): string;

	/**
	 * Columns and keys, one per line, in the form dbDelta expects (`PRIMARY KEY  (id)`, `KEY`).
	 */
	abstract protected function columns(): string;

	/**
	 * The prefixed name on the current site.
	 */
	public static function name(): string {
		return $GLOBALS['wpdb']->prefix . static::base_name();
	}

	/**
	 * The `CREATE TABLE` statement dbDelta compares with the live table.
	 */
	public function definition(): string {
		return 'CREATE TABLE ' . static::name() . " (\n" . $this->columns() . "\n) " . $GLOBALS['wpdb']->get_charset_collate() . ';';
	}

	/**
	 * Drops the table (uninstall). The name comes from code; %i quotes it as an identifier.
	 */
	public function drop(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DROP TABLE IF EXISTS %i', static::name() ) );
	}

	/**
	 * Whether the database is the SQLite of the Playground dev site, which has no FULLTEXT (its
	 * integration cannot run MATCH … AGAINST): the search then reads the same text by LIKE.
	 */
	public static function on_sqlite(): bool {
		return defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE;
	}
}
