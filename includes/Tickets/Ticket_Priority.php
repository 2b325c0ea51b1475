<?php
/**
 * How soon a ticket asks to be answered.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * A ticket's priority; the value is what the tickets table stores and REST answers.
 */
enum Ticket_Priority: string {

	case NORMAL = 'normal';
	case URGENT = 'urgent';

	/**
	 * The stored values of every priority.
	 *
	 * @return string[]
	 */
	public static function values(): array {
		return array_map( static fn( self $priority ): string => $priority->value, self::cases() );
	}
}
