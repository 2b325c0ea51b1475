<?php
/**
 * The column values of a log line to write, shared by the log and the purchase events.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use WP24\Helpdesk\Time\Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Both Entitlement_Log_Repository and Purchase_Event_Repository write lines of
 * `wp24hd_entitlement_log`; this is the one list of what a caller may write there.
 * It only shapes values for a write: what the repositories read back are entities.
 */
final class Entitlement_Log_Columns {

	/** The log's columns a caller may write. */
	private const COLUMNS = array( 'entitlement_id', 'event', 'event_key', 'actor_id', 'order_id', 'order_item_id', 'expires_before', 'expires_after', 'paid_at', 'channel', 'outcome', 'note' );

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read (a new line's creation time).
	 */
	public function __construct( private Clock $clock ) {}

	/**
	 * Values for a new line: known columns only, times as UTC DATETIME strings, an empty note
	 * and the creation time unless given.
	 *
	 * @param array<string, mixed> $fields Values.
	 * @return array<string, mixed>
	 */
	public function for_insert( array $fields ): array {
		return $this->for_update( $fields ) + array(
			'note'       => '',
			'created_at' => Entitlement_Repository::date( $this->clock->now() ),
		);
	}

	/**
	 * Values for a change to a line: known columns only, times as UTC DATETIME strings.
	 *
	 * @param array<string, mixed> $fields Values.
	 * @return array<string, mixed>
	 */
	public function for_update( array $fields ): array {
		$row = array();
		foreach ( array_intersect_key( $fields, array_flip( self::COLUMNS ) ) as $key => $value ) {
			$row[ $key ] = $value instanceof DateTimeImmutable ? Entitlement_Repository::date( $value ) : $value;
		}
		return $row;
	}
}
