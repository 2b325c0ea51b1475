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
 * One place for the names people read instead of codes: the customers' words (blocks, My
 * Account, REST), the technicians' words (the admin app reads them from its start-up data), and
 * the thread's system notes. Nothing shows a status or priority code to a person.
 */
final class Ticket_Labels {

	/**
	 * A status as customers read it.
	 *
	 * @param Ticket_Status $status Status.
	 */
	public static function status( Ticket_Status $status ): string {
		return match ( $status ) {
			Ticket_Status::NEW        => __( 'Received', 'wp24-helpdesk' ),
			Ticket_Status::OPEN       => __( 'In progress', 'wp24-helpdesk' ),
			Ticket_Status::WAITING    => __( 'Waiting for your reply', 'wp24-helpdesk' ),
			Ticket_Status::QUOTE_SENT => __( 'Quote to accept', 'wp24-helpdesk' ),
			Ticket_Status::CLOSED     => __( 'Closed', 'wp24-helpdesk' ),
		};
	}

	/**
	 * A status as technicians read it, and as the thread's notes name it ("Status changed from
	 * New to Waiting for the customer").
	 *
	 * @param Ticket_Status $status Status.
	 */
	public static function staff_status( Ticket_Status $status ): string {
		return match ( $status ) {
			Ticket_Status::NEW        => __( 'New', 'wp24-helpdesk' ),
			Ticket_Status::OPEN       => __( 'Open', 'wp24-helpdesk' ),
			Ticket_Status::WAITING    => __( 'Waiting for the customer', 'wp24-helpdesk' ),
			Ticket_Status::QUOTE_SENT => __( 'Quote sent', 'wp24-helpdesk' ),
			Ticket_Status::CLOSED     => __( 'Closed', 'wp24-helpdesk' ),
		};
	}

	/**
	 * Every status in the technicians' words, in lifecycle order.
	 *
	 * @return array<string, string> Label by status.
	 */
	public static function staff_statuses(): array {
		$labels = array();
		foreach ( Ticket_Status::cases() as $status ) {
			$labels[ $status->value ] = self::staff_status( $status );
		}
		return $labels;
	}

	/**
	 * A priority in words.
	 *
	 * @param Ticket_Priority $priority Priority.
	 */
	public static function priority( Ticket_Priority $priority ): string {
		return match ( $priority ) {
			Ticket_Priority::NORMAL => __( 'Normal', 'wp24-helpdesk' ),
			Ticket_Priority::URGENT => __( 'Urgent', 'wp24-helpdesk' ),
		};
	}
}
