<?php
/**
 * The statuses a ticket passes through.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * A ticket's status; the value is what the tickets table stores and REST answers. The cases are
 * in lifecycle order, which the admin app's filter and the REST schemas' enums keep.
 */
enum Ticket_Status: string {

	case NEW        = 'new';
	case OPEN       = 'open';
	case WAITING    = 'waiting_customer';
	case QUOTE_SENT = 'quote_sent';
	case CLOSED     = 'closed';

	/**
	 * Every status but closed: queries name them (`status IN (...)`) rather than `status <> closed`,
	 * so MySQL reads them through the status indexes instead of scanning three years of closed tickets.
	 *
	 * @return self[]
	 */
	public static function open(): array {
		return array_values( array_filter( self::cases(), static fn( self $status ): bool => self::CLOSED !== $status ) );
	}

	/**
	 * The stored values of the statuses given, or of every status when none is given.
	 *
	 * @param self ...$statuses Statuses; none for all.
	 * @return string[]
	 */
	public static function values( self ...$statuses ): array {
		return array_map( static fn( self $status ): string => $status->value, array() === $statuses ? self::cases() : $statuses );
	}

	/**
	 * Whether the status is one of those given.
	 *
	 * @param self ...$statuses Statuses.
	 */
	public function in( self ...$statuses ): bool {
		return in_array( $this, $statuses, true );
	}
}
