<?php
/**
 * Mailgun's route forwarding to a URL.
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
 * Mailgun signs each post: `signature` is the HMAC-SHA256 of `timestamp` followed by `token`
 * under the webhook signing key. A timestamp outside five minutes or a token seen before is
 * refused (a replayed post). The message arrives either whole (`body-mime`, for a route to a URL
 * ending in "mime") or parsed (`message-headers` as JSON, `body-plain`, `body-html`,
 * `attachment-N` files).
 */
final class Mailgun_Door implements Webhook_Door {

	/** Seconds a signed post stays acceptable. */
	private const WINDOW = 300;

	/**
	 * Whether Mailgun signed the post, recently, once.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @param Webhook_Secrets $secrets The desk's credentials.
	 */
	public function verify( WP_REST_Request $request, Webhook_Secrets $secrets ): bool {
		$key       = $secrets->mailgun_key();
		$timestamp = (string) $request->get_param( 'timestamp' );
		$token     = (string) $request->get_param( 'token' );
		$signature = (string) $request->get_param( 'signature' );
		if ( '' === $key || ! ctype_digit( $timestamp ) || '' === $token || abs( time() - (int) $timestamp ) > self::WINDOW ) {
			return false;
		}
		if ( ! hash_equals( hash_hmac( 'sha256', $timestamp . $token, $key ), $signature ) ) {
			return false;
		}
		// A token is used once: a captured post sent again inside the window is refused (the
		// message's own key also stops a second copy; expired transients are swept by WordPress).
		$seen = 'wp24hd_mg_' . md5( $token );
		if ( false !== get_transient( $seen ) ) {
			return false;
		}
		set_transient( $seen, 1, 2 * self::WINDOW );
		return true;
	}

	/**
	 * The message from Mailgun's fields.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @throws Malformed_Email When the payload is not Mailgun's.
	 */
	public function email( WP_REST_Request $request ): Inbound_Email {
		$mime = $request->get_param( 'body-mime' );
		if ( is_string( $mime ) && '' !== $mime ) {
			return Mime_Reader::read( $mime );
		}
		$list = json_decode( (string) $request->get_param( 'message-headers' ), true );
		if ( ! is_array( $list ) ) {
			throw new Malformed_Email( 'not a Mailgun payload: no message-headers' );
		}
		$headers = array();
		foreach ( $list as $pair ) {
			if ( is_array( $pair ) && 2 === count( $pair ) ) {
				$headers[ strtolower( (string) $pair[0] ) ][] = (string) $pair[1];
			}
		}
		$files = array();
		foreach ( $request->get_file_params() as $field => $file ) {
			if ( str_starts_with( (string) $field, 'attachment-' ) && is_array( $file ) && is_readable( (string) ( $file['tmp_name'] ?? '' ) ) ) {
				$files[] = new Inbound_Attachment( (string) $file['name'], strtolower( (string) ( $file['type'] ?? '' ) ), (string) file_get_contents( (string) $file['tmp_name'] ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file PHP received.
			}
		}
		return Mime_Reader::assemble( $headers, (string) $request->get_param( 'body-plain' ), (string) $request->get_param( 'body-html' ), $files, '' );
	}
}
