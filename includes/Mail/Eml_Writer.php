<?php
/**
 * Rebuilds a message file from the parsed fields a service posted.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Services that parse mail themselves (Postmark without "include raw content", Mailgun and
 * SendGrid in their parsed modes) post headers, bodies and files, not the message. Staff still
 * get an .eml of it: the headers as received, then the text, the HTML and the files as one
 * multipart message that any mail client opens. It is a reconstruction, and says so in a header.
 */
final class Eml_Writer {

	/** Headers the rebuilt structure replaces. */
	private const STRUCTURAL = array( 'mime-version', 'content-type', 'content-transfer-encoding' );

	/**
	 * The message as RFC 5322 text.
	 *
	 * @param array<string, string[]>        $headers     Raw header values by lowercased name.
	 * @param string                         $text        Plain-text body, UTF-8.
	 * @param string                         $html        HTML body, UTF-8.
	 * @param array<int, Inbound_Attachment> $attachments Files.
	 */
	public static function compose( array $headers, string $text, string $html, array $attachments ): string {
		$lines = array();
		foreach ( $headers as $name => $values ) {
			if ( in_array( $name, self::STRUCTURAL, true ) ) {
				continue;
			}
			foreach ( $values as $value ) {
				// One line per header: a value with a line break could forge another header.
				$lines[] = implode( '-', array_map( 'ucfirst', explode( '-', $name ) ) ) . ': ' . str_replace( array( "\r", "\n" ), ' ', $value );
			}
		}
		$lines[] = 'X-WP24HD-Rebuilt: parsed fields posted by an inbound-mail service';
		$lines[] = 'MIME-Version: 1.0';
		// Boundaries from the content: the same post rebuilds the same file (a retried post
		// without a Message-ID is recognised by it).
		$seed         = substr( hash( 'sha256', (string) wp_json_encode( array( $headers, $text, $html, count( $attachments ) ) ) ), 0, 16 );
		$mixed        = 'wp24hd-mixed-' . $seed;
		$bodies       = 'wp24hd-alt-' . $seed;
		$lines[]      = 'Content-Type: multipart/mixed; boundary="' . $mixed . '"';
		$lines[]      = '';
		$lines[]      = '--' . $mixed;
		$lines[]      = 'Content-Type: multipart/alternative; boundary="' . $bodies . '"';
		$lines[]      = '';
		$alternatives = array_filter(
			array(
				'text/plain' => $text,
				'text/html'  => $html,
			),
			static fn( string $body ): bool => '' !== $body
		);
		foreach ( $alternatives as $type => $body ) {
			$lines[] = '--' . $bodies;
			$lines[] = 'Content-Type: ' . $type . '; charset=UTF-8';
			$lines[] = 'Content-Transfer-Encoding: base64';
			$lines[] = '';
			$lines[] = rtrim( chunk_split( base64_encode( $body ), 76, "\r\n" ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- MIME's own transfer encoding.
		}
		$lines[] = '--' . $bodies . '--';
		foreach ( $attachments as $attachment ) {
			$name    = str_replace( array( '"', "\r", "\n" ), '', $attachment->name );
			$lines[] = '--' . $mixed;
			$lines[] = 'Content-Type: ' . ( '' !== $attachment->mime ? $attachment->mime : 'application/octet-stream' );
			$lines[] = 'Content-Transfer-Encoding: base64';
			$lines[] = 'Content-Disposition: attachment; filename="' . $name . '"; filename*=UTF-8\'\'' . rawurlencode( $name );
			if ( '' !== $attachment->content_id ) {
				$lines[] = 'Content-ID: <' . $attachment->content_id . '>';
			}
			$lines[] = '';
			$lines[] = rtrim( chunk_split( base64_encode( $attachment->content ), 76, "\r\n" ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- MIME's own transfer encoding.
		}
		$lines[] = '--' . $mixed . '--';
		return implode( "\r\n", $lines ) . "\r\n";
	}
}
