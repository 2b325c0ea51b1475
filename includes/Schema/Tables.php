<?php
/**
 * The plugin's custom tables, listed once.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

use WP24\Helpdesk\Attachments\Tables\Attachments_Table;
use WP24\Helpdesk\Entitlements\Tables\Entitlement_Log_Table;
use WP24\Helpdesk\Entitlements\Tables\Entitlements_Table;
use WP24\Helpdesk\Tickets\Tables\Messages_Table;
use WP24\Helpdesk\Tickets\Tables\Quotes_Table;
use WP24\Helpdesk\Tickets\Tables\Request_Keys_Table;
use WP24\Helpdesk\Tickets\Tables\Tickets_Table;

defined( 'ABSPATH' ) || exit;

/**
 * Every table class, and the prefixed names the repositories read (each table class owns its name).
 */
final class Tables {

	/**
	 * The table classes, in the order dbDelta creates them.
	 *
	 * @return Table[]
	 */
	public static function tables(): array {
		return array(
			new Request_Keys_Table(),
			new Attachments_Table(),
			new Tickets_Table(),
			new Messages_Table(),
			new Quotes_Table(),
			new Entitlements_Table(),
			new Entitlement_Log_Table(),
		);
	}

	/**
	 * Plans held by customers.
	 */
	public static function entitlements(): string {
		return Entitlements_Table::name();
	}

	/**
	 * Every change to an entitlement and every renewal contact: the audit trail.
	 */
	public static function entitlement_log(): string {
		return Entitlement_Log_Table::name();
	}

	/**
	 * Support tickets.
	 */
	public static function tickets(): string {
		return Tickets_Table::name();
	}

	/**
	 * Ticket threads: customer, technician and system messages.
	 */
	public static function messages(): string {
		return Messages_Table::name();
	}

	/**
	 * Quotes for one-shot work.
	 */
	public static function quotes(): string {
		return Quotes_Table::name();
	}

	/**
	 * Files attached to messages, stored outside public reach.
	 */
	public static function attachments(): string {
		return Attachments_Table::name();
	}

	/**
	 * Idempotency keys of accepted requests, each bound to what the request stored.
	 */
	public static function request_keys(): string {
		return Request_Keys_Table::name();
	}

	/**
	 * All table names, for tests and uninstall.
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array_map( static fn( Table $table ): string => $table::name(), self::tables() );
	}
}
