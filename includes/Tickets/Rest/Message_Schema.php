<?php
/**
 * The REST schema of a message in a ticket's thread.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Attachments\Rest\Attachment_Schema;
use WP24\Helpdesk\Rest\Schema_Fields;

defined( 'ABSPATH' ) || exit;

/**
 * What Ticket_Presenter::message() answers; customers never receive internal notes.
 */
final class Message_Schema {

	/**
	 * The schema.
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		return Schema_Fields::resource(
			'wp24hd-message',
			array(
				'id'            => Schema_Fields::field( 'integer', __( 'Unique identifier of the message.', 'wp24-helpdesk' ) ),
				'author_role'   => Schema_Fields::field( 'string', __( 'Who wrote it.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'enum' => array( 'customer', 'technician', 'system' ) ) ),
				'author_name'   => Schema_Fields::field( 'string', __( 'Name of the author; empty for system entries.', 'wp24-helpdesk' ) ),
				'body'          => Schema_Fields::field( 'string', __( 'The message as sanitised HTML.', 'wp24-helpdesk' ) ),
				'text'          => Schema_Fields::field( 'string', __( 'The message as plain text, line breaks kept.', 'wp24-helpdesk' ) ),
				'internal'      => Schema_Fields::field( 'boolean', __( 'Whether it is a note only staff see.', 'wp24-helpdesk' ) ),
				'created_at'    => Schema_Fields::date( __( 'When it was written, UTC.', 'wp24-helpdesk' ) ),
				'created_label' => Schema_Fields::field( array( 'string', 'null' ), __( 'When it was written, in the site language.', 'wp24-helpdesk' ) ),
				'attachments'   => Schema_Fields::list_of( __( 'Files attached to it.', 'wp24-helpdesk' ), Attachment_Schema::properties() ),
			)
		);
	}
}
