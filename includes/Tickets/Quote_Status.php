<?php
/**
 * Where a quote stands (R8).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * Stored in the quotes table and answered by REST as its value; a ticket has at most one quote
 * that is DRAFT or SENT (sending a new one expires it).
 */
enum Quote_Status: string {

	/** Written by a technician, not shown to the customer. */
	case DRAFT = 'draft';

	/** Waiting for the customer's answer until valid_until. */
	case SENT = 'sent';

	/** The customer accepted: the work may start, the quote may be paid. */
	case ACCEPTED = 'accepted';

	/** The customer declined: the ticket closed. */
	case DECLINED = 'declined';

	/** Replaced by a newer quote, or unanswered past its validity. */
	case EXPIRED = 'expired';

	/**
	 * Every status's stored value, for the REST schema's enum.
	 *
	 * @return string[]
	 */
	public static function values(): array {
		return array_map( static fn( self $status ): string => $status->value, self::cases() );
	}
}
