<?php
/**
 * The only code that writes and reads the plain lines of an entitlement's log.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

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

	/**
	 * What a caller may write.
	 *
	 * @var Entitlement_Log_Columns
	 */
	private Entitlement_Log_Columns $columns;

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( Clock $clock = new System_Clock() ) {
		$this->columns = new Entitlement_Log_Columns( $clock );
	}

	/**
	 * Adds a log entry.
	 *
	 * @param array<string, mixed> $fields Log columns.
	 */
	public function add( array $fields ): void {
		global $wpdb;
		$wpdb->insert( Tables::entitlement_log(), $this->columns->for_insert( $fields ) );
	}

	/**
	 * The log of one entitlement, oldest first.
	 *
	 * @param int $entitlement_id Entitlement.
	 * @return Entitlement_Log_Entry[]
	 */
	public function for_entitlement( int $entitlement_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare( 'SELECT * FROM %i WHERE entitlement_id = %d ORDER BY id ASC', Tables::entitlement_log(), $entitlement_id ),
			ARRAY_A
		);
		return array_map( array( Entitlement_Log_Entry::class, 'from_row' ), $rows );
	}
}
