<?php
/**
 * SendGrid's Inbound Parse webhook.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail\Doors;

use WP24\Helpdesk\Mail\Inbound_Attachment;
use WP24\Helpdesk\Mail\Inbound_Email;
use WP24\Helpdesk\Mail\Malformed_Email;
use WP24\Helpdesk\Mail\Mime_Reader;
use WP24\Helpdesk\Mail\Webhook_Secrets;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Inbound Parse posts multipart form data and signs nothing, so the URL carries HTTP Basic
 * credentials, as SendGrid's documentation advises. With "POST the raw, full MIME message" on,
 * the message is the `email` field; otherwise `headers` (the raw header block), `text`, `html`
 * and `attachmentN` files.
 */
final class Sendgrid_Door implements Webhook_Door {

	/**
	 * Whether the Basic credentials match.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @param Webhook_Secrets $secrets The desk's credentials.
	 */
	public function verify( WP_REST_Request $request, Webhook_Secrets $secrets ): bool {
		return $secrets->basic_matches( $request->get_header( 'authorization' ) );
	}

	/**
	 * The message from SendGrid's fields.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @throws Malformed_Email When the payload is not SendGrid's.
	 */
	public function email( WP_REST_Request $request ): Inbound_Email {
		$raw = $request->get_param( 'email' );
		if ( is_string( $raw ) && '' !== $raw ) {
			return Mime_Reader::read( $raw );
		}
		$block = $request->get_param( 'headers' );
		if ( ! is_string( $block ) || '' === $block ) {
			throw new Malformed_Email( 'not an Inbound Parse payload: no headers' );
		}
		$files = array();
		foreach ( $request->get_file_params() as $field => $file ) {
			if ( str_starts_with( (string) $field, 'attachment' ) && is_array( $file ) && is_readable( (string) ( $file['tmp_name'] ?? '' ) ) ) {
				$files[] = new Inbound_Attachment( (string) $file['name'], strtolower( (string) ( $file['type'] ?? '' ) ), (string) file_get_contents( (string) $file['tmp_name'] ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file PHP received.
			}
		}
		return Mime_Reader::assemble( Mime_Reader::header_block( $block ), (string) $request->get_param( 'text' ), (string) $request->get_param( 'html' ), $files, '' );
	}
}
