<?php
/**
 * The kinds of request a ticket can be.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * A ticket's type; the value is what the tickets table stores and REST answers. The cases are in
 * the order the REST schemas' enums list them.
 */
enum Ticket_Type: string {

	case SUPPORT  = 'support';
	case OPINION  = 'opinion-before-change';
	case ONE_SHOT = 'one-shot';
	case REFUND   = 'refund-request';

	/**
	 * The stored values of every type.
	 *
	 * @return string[]
	 */
	public static function values(): array {
		return array_map( static fn( self $type ): string => $type->value, self::cases() );
	}

	/**
	 * Whether a customer without a plan may open it: a one-shot request (paid by quote) or a refund
	 * request (the plan may have just expired); every other type is plan support.
	 */
	public function needs_plan(): bool {
		return ! in_array( $this, array( self::ONE_SHOT, self::REFUND ), true );
	}
}
