<?php
/**
 * What the desk did with an inbound email.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * One result per message, for the door to acknowledge and for the log.
 */
final class Inbound_Outcome {

	/** A new ticket was opened. */
	public const CREATED = 'created';
	/** The message joined its ticket's thread. */
	public const REPLIED = 'replied';
	/** It answered a ticket closed too long ago: a follow-up ticket was opened. */
	public const FOLLOW_UP = 'follow_up';
	/** It names a ticket but not from its customer: kept for staff on that ticket, not in the thread. */
	public const HELD = 'held';
	/** An unknown sender was pointed to the form (the setting says so). */
	public const POINTED = 'pointed';
	/** Auto-reply, bounce, list mail or the desk's own: nothing stored, nothing sent. */
	public const IGNORED = 'ignored';
	/** Read before (same Message-ID): nothing stored twice. */
	public const DUPLICATE = 'duplicate';
	/** The desk's rules refused it (too short, limit reached…): logged, nothing stored. */
	public const REFUSED = 'refused';

	/**
	 * Constructor.
	 *
	 * @param string $status    One of the constants.
	 * @param int    $ticket_id The ticket concerned, 0 when none.
	 * @param string $reason    Why, for the log (ignored and refused messages).
	 */
	public function __construct(
		public readonly string $status,
		public readonly int $ticket_id = 0,
		public readonly string $reason = '',
	) {}
}
