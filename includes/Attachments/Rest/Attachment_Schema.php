<?php
/**
 * The REST schema of a file attached to a message.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;

defined( 'ABSPATH' ) || exit;

/**
 * A file as a message lists it; its own route answers the file itself.
 */
final class Attachment_Schema {

	/**
	 * The schema.
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		return Schema_Fields::resource( 'wp24hd-attachment', self::properties() );
	}

	/**
	 * Its fields.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties(): array {
		return array(
			'id'        => Schema_Fields::field( 'integer', __( 'Unique identifier of the file.', 'wp24-helpdesk' ) ),
			'file_name' => Schema_Fields::field( 'string', __( 'File name as uploaded.', 'wp24-helpdesk' ) ),
			'mime'      => Schema_Fields::field( 'string', __( 'Media type.', 'wp24-helpdesk' ) ),
			'size'      => Schema_Fields::field( 'integer', __( 'Size in bytes.', 'wp24-helpdesk' ) ),
		);
	}
}
