<?php
/**
 * One email, as data: what the templates render to HTML and plain text.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Plain-text parts only; the templates escape them, so no email can carry injected markup.
 */
final class Email {

	/**
	 * Constructor.
	 *
	 * @param string   $type         Notification name (Notification_Types), also the template name.
	 * @param string   $subject      Subject line.
	 * @param string   $heading      Heading at the top of the message.
	 * @param string[] $paragraphs   Paragraphs of plain text.
	 * @param string   $action_label Label of the main link, or empty.
	 * @param string   $action_url   The main link, or empty.
	 */
	public function __construct(
		public readonly string $type,
		public readonly string $subject,
		public readonly string $heading,
		public readonly array $paragraphs,
		public readonly string $action_label = '',
		public readonly string $action_url = '',
	) {}
}
