<?php
/**
 * When a signed-in customer last opened each of their tickets, for My tickets' unread mark.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * Kept in one user meta (ticket ID => Unix time), so no table changes: a ticket is unread when the
 * team wrote after the customer last opened it. Guests follow one ticket through a link and
 * have no list, so they have no mark.
 */
final class Customer_Reads {

	public const META = 'wp24hd_ticket_reads';

	/** Tickets remembered per customer; the oldest reads are forgotten first. */
	private const KEEP = 200;

	/**
	 * Records that the customer opened the ticket at a moment.
	 *
	 * @param int $user_id   Customer.
	 * @param int $ticket_id Ticket.
	 * @param int $at        Unix time.
	 */
	public static function mark( int $user_id, int $ticket_id, int $at ): void {
		if ( $user_id <= 0 || $ticket_id <= 0 ) {
			return;
		}
		$reads               = self::all( $user_id );
		$reads[ $ticket_id ] = $at;
		arsort( $reads );
		update_user_meta( $user_id, self::META, array_slice( $reads, 0, self::KEEP, true ) );
	}

	/**
	 * Whether the team wrote after the customer last opened the ticket.
	 *
	 * @param Ticket $ticket  Ticket.
	 * @param int    $user_id The customer looking.
	 */
	public static function unread( Ticket $ticket, int $user_id ): bool {
		$staff_reply = $ticket->time( 'last_staff_reply_at' );
		if ( null === $staff_reply || $user_id <= 0 || $ticket->customer_id() !== $user_id ) {
			return false;
		}
		return $staff_reply->getTimestamp() > ( self::all( $user_id )[ $ticket->id() ] ?? 0 );
	}

	/**
	 * Every read of a customer.
	 *
	 * @param int $user_id Customer.
	 * @return array<int, int> Unix time by ticket ID.
	 */
	private static function all( int $user_id ): array {
		$reads = get_user_meta( $user_id, self::META, true );
		return is_array( $reads ) ? array_map( 'intval', $reads ) : array();
	}
}
