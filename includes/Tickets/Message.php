<?php
/**
 * One message of a ticket's thread, as stored.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * Built by Message_Repository from its row; the presenter and the emails read it.
 */
final class Message {

	/** Written by a customer or a guest. */
	public const ROLE_CUSTOMER = 'customer';

	/** Written by a technician. */
	public const ROLE_TECHNICIAN = 'technician';

	/** Written by the plugin: status changes, quotes, follow-ups. */
	public const ROLE_SYSTEM = 'system';

	/**
	 * Constructor.
	 *
	 * @param int    $id          Message.
	 * @param int    $ticket_id   Ticket.
	 * @param int    $author_id   Author (0 for a guest or the system).
	 * @param string $author_role ROLE_CUSTOMER, ROLE_TECHNICIAN or ROLE_SYSTEM.
	 * @param string $body        Sanitised HTML.
	 * @param bool   $internal    Staff-only note.
	 * @param string $created_at  When, as stored (UTC `Y-m-d H:i:s`).
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $ticket_id,
		public readonly int $author_id,
		public readonly string $author_role,
		public readonly string $body,
		public readonly bool $internal,
		public readonly string $created_at,
	) {}

	/**
	 * The message of a database row.
	 *
	 * @param array<string, mixed> $row Row of the messages table.
	 */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['ticket_id'],
			(int) $row['author_id'],
			(string) $row['author_role'],
			(string) $row['body'],
			(bool) $row['internal'],
			(string) $row['created_at'],
		);
	}
}
