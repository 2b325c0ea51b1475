<?php
/**
 * Who has a ticket open in the workspace right now, so two technicians do not answer the same customer.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * A short-lived list per ticket in a transient (object cache when there is one): user ID => last seen.
 */
final class Ticket_Viewers {

	/** Seconds after the last sign of life when a viewer is no longer counted. */
	public const TTL = 60;

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	/**
	 * Records that a user is looking at a ticket; returns the others looking at it.
	 *
	 * @param int $ticket_id Ticket.
	 * @param int $user_id   Viewer.
	 * @return array<int, array{id: int, name: string}>
	 */
	public function touch( int $ticket_id, int $user_id ): array {
		$key                 = 'wp24hd_viewers_' . $ticket_id;
		$now                 = $this->clock->now()->getTimestamp();
		$stored              = get_transient( $key );
		$viewers             = array_filter(
			is_array( $stored ) ? $stored : array(),
			static fn( $seen ): bool => is_int( $seen ) && $seen > $now - self::TTL
		);
		$viewers[ $user_id ] = $now;
		set_transient( $key, $viewers, 2 * self::TTL );
		$others = array();
		foreach ( array_keys( $viewers ) as $viewer ) {
			$user = (int) $viewer === $user_id ? false : get_userdata( (int) $viewer );
			if ( $user ) {
				$others[] = array(
					'id'   => (int) $user->ID,
					'name' => (string) $user->display_name,
				);
			}
		}
		return $others;
	}
}
