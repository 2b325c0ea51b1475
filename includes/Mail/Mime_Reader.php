<?php
/**
 * Reads a raw RFC 5322 message (what IMAP and raw webhooks hand over) into an Inbound_Email.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * MIME decoding with PHP's own mbstring and iconv, so the plugin needs no mail extension for
 * it: nested multiparts, base64 and quoted-printable, RFC 2047 encoded words, RFC 2231 file
 * names and any charset iconv knows (ISO-8859-1, Windows-1252, …). Text that still is not valid
 * UTF-8 after decoding is scrubbed, never passed on; a message without a header block is refused.
 */
final class Mime_Reader {

	/** Parts deeper than this are not read (a hostile message could nest without end). */
	private const MAX_DEPTH = 8;

	/**
	 * Decodes a whole message.
	 *
	 * @param string $raw The message as received.
	 * @throws Malformed_Email When it has no header block or no sender.
	 */
	public static function read( string $raw ): Inbound_Email {
		$source = str_replace( array( "\r\n", "\r" ), "\n", $raw );
		$split  = self::split( $source );
		if ( null === $split ) {
			throw new Malformed_Email( 'no header block' );
		}
		[ $headers, $body ] = $split;
		$parts              = array(
			'text'        => '',
			'html'        => '',
			'attachments' => array(),
		);
		self::walk( $headers, $body, $parts, 0 );
		return self::assemble( $headers, $parts['text'], $parts['html'], $parts['attachments'], $raw );
	}

	/**
	 * Builds the message from raw headers and decoded bodies: what read() found, or what a
	 * service that parses mail itself posted.
	 *
	 * @param array<string, string[]>        $headers     Raw header values by lowercased name.
	 * @param string                         $text        Plain-text body, UTF-8.
	 * @param string                         $html        HTML body, UTF-8.
	 * @param array<int, Inbound_Attachment> $attachments Files.
	 * @param string                         $raw         The raw message; '' when the service sent none, and one is rebuilt.
	 * @throws Malformed_Email When there is no sender.
	 */
	public static function assemble( array $headers, string $text, string $html, array $attachments, string $raw ): Inbound_Email {
		$from = Mime_Header::addresses( $headers['from'][0] ?? '' );
		if ( array() === $from ) {
			throw new Malformed_Email( 'no sender address' );
		}
		$recipients = array();
		foreach ( array( 'to', 'cc', 'delivered-to', 'x-original-to' ) as $name ) {
			foreach ( $headers[ $name ] ?? array() as $value ) {
				foreach ( Mime_Header::addresses( $value ) as $address ) {
					$recipients[] = $address['email'];
				}
			}
		}
		$references = array();
		foreach ( array( 'references', 'in-reply-to' ) as $name ) {
			foreach ( $headers[ $name ] ?? array() as $value ) {
				foreach ( Mime_Header::message_ids( $value ) as $id ) {
					$references[] = $id;
				}
			}
		}
		$decoded = array();
		foreach ( $headers as $name => $values ) {
			$decoded[ $name ] = array_map( array( Mime_Header::class, 'decode_header' ), $values );
		}
		$message_ids = Mime_Header::message_ids( $headers['message-id'][0] ?? '' );

		return new Inbound_Email(
			$message_ids[0] ?? '',
			$from[0]['email'],
			$from[0]['name'],
			array_values( array_unique( $recipients ) ),
			Mime_Header::single_line( Mime_Header::decode_header( $headers['subject'][0] ?? '' ) ),
			array_values( array_unique( $references ) ),
			$decoded,
			Mime_Header::utf8( $text, 'UTF-8' ),
			Mime_Header::utf8( $html, 'UTF-8' ),
			$attachments,
			'' !== $raw ? $raw : Eml_Writer::compose( $headers, $text, $html, $attachments ),
			self::content_type( $headers )['type']
		);
	}

	/**
	 * Raw headers by lowercased name from a header block (as some services post it).
	 *
	 * @param string $block Header lines.
	 * @return array<string, string[]>
	 */
	public static function header_block( string $block ): array {
		return self::split( rtrim( str_replace( array( "\r\n", "\r" ), "\n", $block ) ) . "\n\n" )[0] ?? array();
	}

	/**
	 * Splits a part into its headers (by lowercased name, unfolded, raw) and its body.
	 *
	 * @param string $source A part with "\n" line ends.
	 * @return array{0: array<string, string[]>, 1: string}|null
	 */
	private static function split( string $source ): ?array {
		$end = strpos( $source, "\n\n" );
		if ( 0 === strpos( $source, "\n" ) ) {
			// A part with no headers at all: its body starts at once.
			return array( array(), substr( $source, 1 ) );
		}
		$head    = false === $end ? $source : substr( $source, 0, $end );
		$body    = false === $end ? '' : substr( $source, $end + 2 );
		$head    = (string) preg_replace( "/\n[ \t]+/", ' ', $head );
		$headers = array();
		foreach ( explode( "\n", $head ) as $line ) {
			$colon = strpos( $line, ':' );
			if ( false === $colon || 0 === $colon ) {
				continue;
			}
			$name = strtolower( trim( substr( $line, 0, $colon ) ) );
			if ( 1 !== preg_match( '/^[!-9;-~]+$/', $name ) ) {
				continue;
			}
			$headers[ $name ][] = trim( substr( $line, $colon + 1 ) );
		}
		return array() === $headers ? null : array( $headers, $body );
	}

	/**
	 * Reads one part into the bodies and files found so far.
	 *
	 * @param array<string, string[]>                                                        $headers The part's headers.
	 * @param string                                                                         $body    The part's body.
	 * @param array{text: string, html: string, attachments: array<int, Inbound_Attachment>} $parts   What was found so far.
	 * @param int                                                                            $depth   Nesting level.
	 */
	private static function walk( array $headers, string $body, array &$parts, int $depth ): void {
		$type = self::content_type( $headers );
		if ( str_starts_with( $type['type'], 'multipart/' ) ) {
			if ( $depth >= self::MAX_DEPTH || '' === ( $type['params']['boundary'] ?? '' ) ) {
				return;
			}
			foreach ( self::children( $body, $type['params']['boundary'] ) as $child ) {
				$split = self::split( $child );
				if ( null !== $split ) {
					self::walk( $split[0], $split[1], $parts, $depth + 1 );
				} else {
					self::walk( array(), $child, $parts, $depth + 1 );
				}
			}
			return;
		}

		$content     = self::transfer_decode( $body, strtolower( $headers['content-transfer-encoding'][0] ?? '' ) );
		$disposition = Mime_Header::parameters( $headers['content-disposition'][0] ?? '' );
		$name        = $disposition['params']['filename'] ?? ( $type['params']['name'] ?? '' );
		$attached    = 'attachment' === $disposition['value'] || '' !== $name;
		$is_text     = in_array( $type['type'], array( 'text/plain', 'text/html' ), true );

		if ( $is_text && ! $attached ) {
			$text = Mime_Header::utf8( $content, $type['params']['charset'] ?? 'US-ASCII' );
			$slot = 'text/plain' === $type['type'] ? 'text' : 'html';
			if ( '' === $parts[ $slot ] ) {
				$parts[ $slot ] = $text;
			}
			return;
		}
		if ( 'message/delivery-status' === $type['type'] || '' === $content ) {
			return;
		}
		if ( '' === $name ) {
			$name = 'message/rfc822' === $type['type'] ? 'forwarded.eml' : 'attachment-' . ( count( $parts['attachments'] ) + 1 );
		}
		$parts['attachments'][] = new Inbound_Attachment(
			Mime_Header::single_line( Mime_Header::decode_header( $name ) ),
			$type['type'],
			$content,
			Mime_Header::message_ids( $headers['content-id'][0] ?? '' )[0] ?? ''
		);
	}

	/**
	 * The parts of a multipart body, preamble and epilogue left out.
	 *
	 * @param string $body     Multipart body.
	 * @param string $boundary Its boundary.
	 * @return string[]
	 */
	private static function children( string $body, string $boundary ): array {
		$lines    = explode( "\n", $body );
		$children = array();
		$current  = null;
		foreach ( $lines as $line ) {
			$trimmed = rtrim( $line );
			if ( '--' . $boundary . '--' === $trimmed ) {
				break;
			}
			if ( '--' . $boundary === $trimmed ) {
				if ( null !== $current ) {
					$children[] = implode( "\n", $current );
				}
				$current = array();
				continue;
			}
			if ( null !== $current ) {
				$current[] = $line;
			}
		}
		if ( null !== $current ) {
			$children[] = implode( "\n", $current );
		}
		return $children;
	}

	/**
	 * A part's type and parameters; text/plain when missing, as RFC 2045 says.
	 *
	 * @param array<string, string[]> $headers Part headers.
	 * @return array{type: string, params: array<string, string>}
	 */
	private static function content_type( array $headers ): array {
		$parsed = Mime_Header::parameters( $headers['content-type'][0] ?? 'text/plain; charset=us-ascii' );
		return array(
			'type'   => '' === $parsed['value'] ? 'text/plain' : $parsed['value'],
			'params' => $parsed['params'],
		);
	}

	/**
	 * Undoes a Content-Transfer-Encoding.
	 *
	 * @param string $body     Encoded body.
	 * @param string $encoding Lowercased encoding name.
	 */
	private static function transfer_decode( string $body, string $encoding ): string {
		if ( 'base64' === $encoding ) {
			return (string) base64_decode( (string) preg_replace( '/[^A-Za-z0-9+\/=]/', '', $body ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- MIME's own transfer encoding.
		}
		if ( 'quoted-printable' === $encoding ) {
			return quoted_printable_decode( $body );
		}
		return $body;
	}
}
