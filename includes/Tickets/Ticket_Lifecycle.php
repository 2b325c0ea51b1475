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

	private const TRANSITIONS = array(
		Ticket::STATUS_NEW        => array( Ticket::STATUS_OPEN, Ticket::STATUS_WAITING, Ticket::STATUS_QUOTE_SENT, Ticket::STATUS_CLOSED ),
		Ticket::STATUS_OPEN       => array( Ticket::STATUS_WAITING, Ticket::STATUS_QUOTE_SENT, Ticket::STATUS_CLOSED ),
		Ticket::STATUS_WAITING    => array( Ticket::STATUS_OPEN, Ticket::STATUS_QUOTE_SENT, Ticket::STATUS_CLOSED ),
		Ticket::STATUS_QUOTE_SENT => array( Ticket::STATUS_OPEN, Ticket::STATUS_WAITING, Ticket::STATUS_CLOSED ),
		Ticket::STATUS_CLOSED     => array( Ticket::STATUS_OPEN ),
	);

	/**
	 * The statuses reachable from `$from`.
	 *
	 * @param string $from Current status.
	 * @return string[]
	 */
	public static function next( string $from ): array {
		return self::TRANSITIONS[ $from ] ?? array();
	}

	/**
	 * Whether `$from` → `$to` is allowed.
	 *
	 * @param string $from Current status.
	 * @param string $to   Wanted status.
	 */
	public static function allows( string $from, string $to ): bool {
		return in_array( $to, self::next( $from ), true );
	}
}
