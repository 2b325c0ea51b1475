<?php
/**
 * Ticket statuses and types in words customers read.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * One place for the customer-facing names, shared by the blocks, My Account and the REST API.
 */
final class Ticket_Labels {

	/**
	 * A status as customers read it.
	 *
	 * @param string $status Status.
	 */
	public static function status( string $status ): string {
		$labels = array(
			Ticket::STATUS_NEW        => __( 'Received', 'wp24-helpdesk' ),
			Ticket::STATUS_OPEN       => __( 'In progress', 'wp24-helpdesk' ),
			Ticket::STATUS_WAITING    => __( 'Waiting for your reply', 'wp24-helpdesk' ),
			Ticket::STATUS_QUOTE_SENT => __( 'Quote to accept', 'wp24-helpdesk' ),
			Ticket::STATUS_CLOSED     => __( 'Closed', 'wp24-helpdesk' ),
		);
		return $labels[ $status ] ?? $status;
	}
}
