<?php
/**
 * The only code that writes and reads the plain lines of an entitlement's log.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use DateTimeImmutable;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Prepared SQL over `wp24hd_entitlement_log`: who did what to a plan holding, and when (R11, R12).
 * The one-time purchase events in the same table are Purchase_Event_Repository's.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables have no core API.
 */
final class Entitlement_Log_Repository {

	/** The log's columns a caller may write. */
	private const COLUMNS = array( 'entitlement_id', 'event', 'event_key', 'actor_id', 'order_id', 'order_item_id', 'expires_before', 'expires_after', 'paid_at', 'channel', 'outcome', 'note' );

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/**
	 * Adds a log entry.
	 *
	 * @param array<string, mixed> $fields Log columns.
	 */
	public function add( array $fields ): void {
		global $wpdb;
		$wpdb->insert( Tables::entitlement_log(), $this->row( $fields ) );
	}

	/**
	 * The log of one entitlement, oldest first.
	 *
	 * @param int $entitlement_id Entitlement.
	 * @return array<int, array<string, mixed>>
	 */
	public function for_entitlement( int $entitlement_id ): array {
		global $wpdb;
		return $wpdb->get_results(
			$wpdb->prepare( 'SELECT event, actor_id, order_id, order_item_id, expires_before, expires_after, channel, outcome, note, created_at FROM %i WHERE entitlement_id = %d ORDER BY id ASC', Tables::entitlement_log(), $entitlement_id ),
			ARRAY_A
		);
	}

	/**
	 * Column values for a log line: known columns only, times as UTC DATETIME strings.
	 *
	 * @param array<string, mixed> $fields   Values.
	 * @param bool                 $defaults Fill the defaults of a new line (empty note, created now).
	 * @return array<string, mixed>
	 */
	public function row( array $fields, bool $defaults = true ): array {
		$row = array();
		foreach ( array_intersect_key( $fields, array_flip( self::COLUMNS ) ) as $key => $value ) {
			$row[ $key ] = $value instanceof DateTimeImmutable ? Entitlement_Repository::date( $value ) : $value;
		}
		if ( $defaults ) {
			$row += array(
				'note'       => '',
				'created_at' => Entitlement_Repository::date( $this->clock->now() ),
			);
		}
		return $row;
	}
}
