<?php
/**
 * Postmark's inbound webhook.
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
 * Postmark posts the parsed message as JSON (From, To, Cc, Subject, TextBody, HtmlBody, Headers,
 * Attachments with base64 content, and RawEmail when "include raw content" is on) and
 * authenticates with the HTTP Basic credentials written into the webhook URL, as its
 * documentation recommends.
 */
final class Postmark_Door implements Webhook_Door {

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
	 * The message from Postmark's JSON.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @throws Malformed_Email When the payload is not Postmark's.
	 */
	public function email( WP_REST_Request $request ): Inbound_Email {
		$json = $request->get_json_params();
		if ( ! is_array( $json ) || ! isset( $json['From'] ) ) {
			throw new Malformed_Email( 'not a Postmark inbound payload' );
		}
		$raw = is_string( $json['RawEmail'] ?? null ) ? $json['RawEmail'] : '';
		if ( '' !== $raw ) {
			return Mime_Reader::read( $raw );
		}
		$headers = array();
		foreach ( (array) ( $json['Headers'] ?? array() ) as $header ) {
			if ( isset( $header['Name'], $header['Value'] ) ) {
				$headers[ strtolower( (string) $header['Name'] ) ][] = (string) $header['Value'];
			}
		}
		foreach ( array(
			'from'    => 'From',
			'to'      => 'To',
			'cc'      => 'Cc',
			'subject' => 'Subject',
		) as $name => $field ) {
			if ( is_string( $json[ $field ] ?? null ) && '' !== $json[ $field ] ) {
				$headers[ $name ] = array( $json[ $field ] );
			}
		}
		$files = array();
		foreach ( (array) ( $json['Attachments'] ?? array() ) as $file ) {
			$files[] = new Inbound_Attachment(
				(string) ( $file['Name'] ?? 'attachment' ),
				strtolower( (string) ( $file['ContentType'] ?? 'application/octet-stream' ) ),
				(string) base64_decode( (string) ( $file['Content'] ?? '' ) ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- Postmark sends file content as base64.
				trim( (string) ( $file['ContentID'] ?? '' ), '<>' )
			);
		}
		return Mime_Reader::assemble( $headers, (string) ( $json['TextBody'] ?? '' ), (string) ( $json['HtmlBody'] ?? '' ), $files, '' );
	}
}
