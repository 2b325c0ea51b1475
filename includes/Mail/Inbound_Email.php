<?php
/**
 * An email that reached the desk, whatever door it came through (IMAP, a webhook).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Decoded headers, bodies and files of one message, all text in UTF-8. The doors build it; the
 * inbound pipeline reads it and never sees how the message was transported.
 */
final class Inbound_Email {

	/**
	 * Constructor.
	 *
	 * @param string                         $message_id  The Message-ID without angle brackets ('' when missing).
	 * @param string                         $from        Sender's address, lowercased.
	 * @param string                         $from_name   Sender's display name.
	 * @param string[]                       $recipients  Every To, Cc and Delivered-To address, lowercased.
	 * @param string                         $subject     Subject.
	 * @param string[]                       $references  In-Reply-To and References IDs, without brackets, newest last.
	 * @param array<string, string[]>        $headers     Every header by lowercased name, decoded.
	 * @param string                         $text        The plain-text body ('' when the message has only HTML).
	 * @param string                         $html        The HTML body ('' when none).
	 * @param array<int, Inbound_Attachment> $attachments Files, inline images included.
	 * @param string                         $raw         The message as received, or rebuilt from a service's parsed fields (kept for staff as .eml).
	 * @param string                         $content_type The top-level type, e.g. multipart/report.
	 */
	public function __construct(
		public readonly string $message_id,
		public readonly string $from,
		public readonly string $from_name,
		public readonly array $recipients,
		public readonly string $subject,
		public readonly array $references,
		public readonly array $headers,
		public readonly string $text,
		public readonly string $html,
		public readonly array $attachments,
		public readonly string $raw,
		public readonly string $content_type = 'text/plain',
	) {}

	/**
	 * The first value of a header, or ''.
	 *
	 * @param string $name Header name, any case.
	 */
	public function header( string $name ): string {
		return $this->headers[ strtolower( $name ) ][0] ?? '';
	}
}
