<?php
/**
 * A file that came with an inbound email.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Decoded bytes with the name and type the sender gave; the attachment rules of the form
 * (types, sizes, counts) are applied when it is stored, not here.
 */
final class Inbound_Attachment {

	/**
	 * Constructor.
	 *
	 * @param string $name       File name as sent (decoded), or a generated one.
	 * @param string $mime       Declared type, lowercased.
	 * @param string $content    The decoded bytes.
	 * @param string $content_id The Content-ID of an inline image, '' otherwise.
	 */
	public function __construct(
		public readonly string $name,
		public readonly string $mime,
		public readonly string $content,
		public readonly string $content_id = '',
	) {}
}
