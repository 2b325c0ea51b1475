<?php
/**
 * One file attached to a message, as recorded.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments;

use DateTimeImmutable;
use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * Built by Attachment_Repository from its row; the store finds its file by the stored name, the
 * presenter answers the rest. The stored name never leaves the server.
 */
final class Attachment {

	/**
	 * Constructor.
	 *
	 * @param int               $id          Attachment.
	 * @param int               $ticket_id   Ticket.
	 * @param int               $message_id  Message it came with.
	 * @param string            $file_name   Name shown and offered for download.
	 * @param string            $stored_name Random name in the private folder.
	 * @param string            $mime        Type checked at upload.
	 * @param int               $size        Bytes.
	 * @param int               $uploaded_by Uploader (0 for a guest or the system).
	 * @param DateTimeImmutable $created_at  When it was stored (UTC).
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $ticket_id,
		public readonly int $message_id,
		public readonly string $file_name,
		public readonly string $stored_name,
		public readonly string $mime,
		public readonly int $size,
		public readonly int $uploaded_by,
		public readonly DateTimeImmutable $created_at,
	) {}

	/**
	 * The attachment of a database row.
	 *
	 * @param array<string, mixed> $row Row of the attachments table.
	 */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['ticket_id'],
			(int) $row['message_id'],
			(string) $row['file_name'],
			(string) $row['stored_name'],
			(string) $row['mime'],
			(int) $row['size'],
			(int) $row['uploaded_by'],
			new DateTimeImmutable( (string) $row['created_at'], new DateTimeZone( 'UTC' ) ),
		);
	}
}
