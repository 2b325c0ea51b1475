<?php
/**
 * The custom table names, spelled once.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Prefixed names of the plugin's tables on the current site.
 */
final class Tables {

	/**
	 * Plans held by customers.
	 */
	public static function entitlements(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_entitlements';
	}

	/**
	 * Every change to an entitlement and every renewal contact: the audit trail.
	 */
	public static function entitlement_log(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_entitlement_log';
	}

	/**
	 * Support tickets.
	 */
	public static function tickets(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_tickets';
	}

	/**
	 * Ticket threads: customer, technician and system messages.
	 */
	public static function messages(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_messages';
	}

	/**
	 * Quotes for one-shot work.
	 */
	public static function quotes(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_quotes';
	}

	/**
	 * Files attached to messages, stored outside public reach.
	 */
	public static function attachments(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_attachments';
	}

	/**
	 * Idempotency keys of accepted requests, each bound to what the request stored.
	 */
	public static function request_keys(): string {
		return $GLOBALS['wpdb']->prefix . 'wp24hd_request_keys';
	}

	/**
	 * All tables, for upgrades and uninstall.
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::entitlements(), self::entitlement_log(), self::tickets(), self::messages(), self::quotes(), self::attachments(), self::request_keys() );
	}
}
