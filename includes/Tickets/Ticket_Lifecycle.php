<?php
/**
 * The ticket lifecycle: which status may follow which (ARCHITECTURE.md, "Ticket lifecycle").
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * The status graph: new → open ⇄ waiting_customer → closed; one-shot work passes through quote_sent.
 */
final class Ticket_Lifecycle {

	/**
	 * The statuses reachable from `$from`.
	 *
	 * @param Ticket_Status $from Current status.
	 * @return Ticket_Status[]
	 */
	public static function next( Ticket_Status $from ): array {
		return match ( $from ) {
			Ticket_Status::NEW        => array( Ticket_Status::OPEN, Ticket_Status::WAITING, Ticket_Status::QUOTE_SENT, Ticket_Status::CLOSED ),
			Ticket_Status::OPEN       => array( Ticket_Status::WAITING, Ticket_Status::QUOTE_SENT, Ticket_Status::CLOSED ),
			Ticket_Status::WAITING    => array( Ticket_Status::OPEN, Ticket_Status::QUOTE_SENT, Ticket_Status::CLOSED ),
			Ticket_Status::QUOTE_SENT => array( Ticket_Status::OPEN, Ticket_Status::WAITING, Ticket_Status::CLOSED ),
			Ticket_Status::CLOSED     => array( Ticket_Status::OPEN ),
		};
	}

	/**
	 * Whether `$from` → `$to` is allowed.
	 *
	 * @param Ticket_Status $from Current status.
	 * @param Ticket_Status $to   Wanted status.
	 */
	public static function allows( Ticket_Status $from, Ticket_Status $to ): bool {
		return $to->in( ...self::next( $from ) );
	}
}
