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

	/**
	 * A status as technicians read it, and as the thread's notes name it ("Status changed from
	 * New to Waiting for the customer").
	 *
	 * @param string $status Status.
	 */
	public static function staff_status( string $status ): string {
		return self::staff_statuses()[ $status ] ?? $status;
	}

	/**
	 * Every status in the technicians' words, in lifecycle order.
	 *
	 * @return array<string, string> Label by status.
	 */
	public static function staff_statuses(): array {
		return array(
			Ticket::STATUS_NEW        => __( 'New', 'wp24-helpdesk' ),
			Ticket::STATUS_OPEN       => __( 'Open', 'wp24-helpdesk' ),
			Ticket::STATUS_WAITING    => __( 'Waiting for the customer', 'wp24-helpdesk' ),
			Ticket::STATUS_QUOTE_SENT => __( 'Quote sent', 'wp24-helpdesk' ),
			Ticket::STATUS_CLOSED     => __( 'Closed', 'wp24-helpdesk' ),
		);
	}

	/**
	 * A priority in words.
	 *
	 * @param string $priority Priority.
	 */
	public static function priority( string $priority ): string {
		$labels = array(
			Ticket::PRIORITY_NORMAL => __( 'Normal', 'wp24-helpdesk' ),
			Ticket::PRIORITY_URGENT => __( 'Urgent', 'wp24-helpdesk' ),
		);
		return $labels[ $priority ] ?? $priority;
	}
}
