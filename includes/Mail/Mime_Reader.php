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
		$from = self::addresses( $headers['from'][0] ?? '' );
		if ( array() === $from ) {
			throw new Malformed_Email( 'no sender address' );
		}
		$recipients = array();
		foreach ( array( 'to', 'cc', 'delivered-to', 'x-original-to' ) as $name ) {
			foreach ( $headers[ $name ] ?? array() as $value ) {
				foreach ( self::addresses( $value ) as $address ) {
					$recipients[] = $address['email'];
				}
			}
		}
		$references = array();
		foreach ( array( 'references', 'in-reply-to' ) as $name ) {
			foreach ( $headers[ $name ] ?? array() as $value ) {
				foreach ( self::message_ids( $value ) as $id ) {
					$references[] = $id;
				}
			}
		}
		$decoded = array();
		foreach ( $headers as $name => $values ) {
			$decoded[ $name ] = array_map( array( self::class, 'decode_header' ), $values );
		}
		$message_ids = self::message_ids( $headers['message-id'][0] ?? '' );

		return new Inbound_Email(
			$message_ids[0] ?? '',
			$from[0]['email'],
			$from[0]['name'],
			array_values( array_unique( $recipients ) ),
			self::single_line( self::decode_header( $headers['subject'][0] ?? '' ) ),
			array_values( array_unique( $references ) ),
			$decoded,
			self::utf8( $text, 'UTF-8' ),
			self::utf8( $html, 'UTF-8' ),
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
	 * Decodes RFC 2047 encoded words into UTF-8.
	 *
	 * @param string $value A raw header value.
	 */
	public static function decode_header( string $value ): string {
		if ( ! str_contains( $value, '=?' ) ) {
			return self::utf8( $value, 'UTF-8' );
		}
		// Whitespace between two encoded words is not part of the text (RFC 2047, 6.2).
		$value   = (string) preg_replace( '/(=\?[^?]+\?[bqBQ]\?[^?]*\?=)\s+(?==\?)/', '$1', $value );
		$decoded = iconv_mime_decode( $value, ICONV_MIME_DECODE_CONTINUE_ON_ERROR, 'UTF-8' );
		return self::utf8( false === $decoded ? $value : $decoded, 'UTF-8' );
	}

	/**
	 * Name and address pairs of an address-list header, addresses lowercased; invalid ones left out.
	 *
	 * @param string $value A raw From/To/Cc value.
	 * @return array<int, array{email: string, name: string}>
	 */
	public static function addresses( string $value ): array {
		$list = array();
		foreach ( self::split_list( $value ) as $item ) {
			$item = trim( $item );
			if ( preg_match( '/^(.*)<([^<>]+)>\s*$/s', $item, $match ) ) {
				$name  = trim( self::decode_header( trim( $match[1] ) ), " \t\"'" );
				$email = trim( $match[2] );
			} else {
				$name  = '';
				$email = trim( (string) preg_replace( '/\(.*\)/', '', $item ) );
			}
			$email = strtolower( $email );
			if ( 1 === preg_match( '/^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/', $email ) ) {
				$list[] = array(
					'email' => $email,
					'name'  => self::single_line( $name ),
				);
			}
		}
		return $list;
	}

	/**
	 * The message IDs in a Message-ID, In-Reply-To or References value, without brackets.
	 *
	 * @param string $value Raw value.
	 * @return string[]
	 */
	public static function message_ids( string $value ): array {
		preg_match_all( '/<([^<>\s]+)>/', $value, $matches );
		return $matches[1];
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
		$disposition = self::parameters( $headers['content-disposition'][0] ?? '' );
		$name        = $disposition['params']['filename'] ?? ( $type['params']['name'] ?? '' );
		$attached    = 'attachment' === $disposition['value'] || '' !== $name;
		$is_text     = in_array( $type['type'], array( 'text/plain', 'text/html' ), true );

		if ( $is_text && ! $attached ) {
			$text = self::utf8( $content, $type['params']['charset'] ?? 'US-ASCII' );
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
			self::single_line( self::decode_header( $name ) ),
			$type['type'],
			$content,
			self::message_ids( $headers['content-id'][0] ?? '' )[0] ?? ''
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
		$parsed = self::parameters( $headers['content-type'][0] ?? 'text/plain; charset=us-ascii' );
		return array(
			'type'   => '' === $parsed['value'] ? 'text/plain' : $parsed['value'],
			'params' => $parsed['params'],
		);
	}

	/**
	 * A structured header value and its parameters (RFC 2045, with RFC 2231 extended values).
	 *
	 * @param string $value Raw value, e.g. `attachment; filename="a.pdf"`.
	 * @return array{value: string, params: array<string, string>}
	 */
	private static function parameters( string $value ): array {
		$pieces = self::split_list( $value, ';' );
		$main   = strtolower( trim( (string) array_shift( $pieces ) ) );
		$params = array();
		$parts  = array();
		foreach ( $pieces as $piece ) {
			$equals = strpos( $piece, '=' );
			if ( false === $equals ) {
				continue;
			}
			$name  = strtolower( trim( substr( $piece, 0, $equals ) ) );
			$raw   = trim( substr( $piece, $equals + 1 ) );
			$value = str_starts_with( $raw, '"' ) ? stripcslashes( trim( $raw, '"' ) ) : $raw;
			if ( preg_match( '/^([a-z0-9_-]+)\*(\d+)?(\*)?$/', $name, $match ) ) {
				// RFC 2231: name*=charset''percent-encoded, possibly split as name*0*, name*1* and so on.
				$parts[ $match[1] ][ (int) ( $match[2] ?? 0 ) ] = array( $value, isset( $match[3] ) || ! isset( $match[2] ) );
				continue;
			}
			$params[ $name ] = $value;
		}
		foreach ( $parts as $name => $sections ) {
			ksort( $sections );
			$charset = 'UTF-8';
			$joined  = '';
			foreach ( $sections as $index => [ $section, $encoded ] ) {
				if ( $encoded ) {
					if ( 0 === $index && preg_match( "/^([^']*)'[^']*'(.*)$/", $section, $match ) ) {
						$charset = '' === $match[1] ? 'UTF-8' : $match[1];
						$section = $match[2];
					}
					$section = rawurldecode( $section );
				}
				$joined .= $section;
			}
			$params[ $name ] = self::utf8( $joined, $charset );
		}
		return array(
			'value'  => $main,
			'params' => $params,
		);
	}

	/**
	 * Splits on a separator outside quotes, angle brackets and comments.
	 *
	 * @param string $value     Raw value.
	 * @param string $separator One character.
	 * @return string[]
	 */
	private static function split_list( string $value, string $separator = ',' ): array {
		$items   = array();
		$current = '';
		$quoted  = false;
		$angle   = 0;
		$comment = 0;
		$length  = strlen( $value );
		for ( $i = 0; $i < $length; $i++ ) {
			$char = $value[ $i ];
			if ( '\\' === $char && $quoted && $i + 1 < $length ) {
				$current .= $char . $value[ ++$i ];
				continue;
			}
			if ( '"' === $char ) {
				$quoted = ! $quoted;
			} elseif ( ! $quoted && '<' === $char ) {
				++$angle;
			} elseif ( ! $quoted && '>' === $char && $angle > 0 ) {
				--$angle;
			} elseif ( ! $quoted && '(' === $char ) {
				++$comment;
			} elseif ( ! $quoted && ')' === $char && $comment > 0 ) {
				--$comment;
			} elseif ( $separator === $char && ! $quoted && 0 === $angle && 0 === $comment ) {
				$items[] = $current;
				$current = '';
				continue;
			}
			$current .= $char;
		}
		$items[] = $current;
		return array_values( array_filter( $items, static fn( string $item ): bool => '' !== trim( $item ) ) );
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

	/**
	 * Text in a given charset as valid UTF-8; bytes no charset explains are dropped.
	 *
	 * @param string $text    Bytes.
	 * @param string $charset Declared charset.
	 */
	private static function utf8( string $text, string $charset ): string {
		$charset = strtoupper( trim( $charset, " \t\"'" ) );
		if ( in_array( $charset, array( '', 'US-ASCII', 'ASCII', 'UTF-8', 'UTF8' ), true ) ) {
			$converted = $text;
		} elseif ( 'ISO-8859-1' === $charset || 'LATIN1' === $charset ) {
			// Mail clients label Windows-1252 text as Latin-1 (curly quotes, €): read it as the superset.
			$converted = (string) @iconv( 'WINDOWS-1252', 'UTF-8//IGNORE', $text ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- an undecodable byte is dropped, not reported.
		} else {
			$converted = @iconv( $charset, 'UTF-8//IGNORE', $text ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- an unknown charset falls back below.
			if ( false === $converted ) {
				$converted = $text;
			}
		}
		return mb_check_encoding( $converted, 'UTF-8' ) ? $converted : mb_scrub( $converted, 'UTF-8' );
	}

	/**
	 * A header value on one line, control characters removed.
	 *
	 * @param string $text Decoded value.
	 */
	private static function single_line( string $text ): string {
		return trim( (string) preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text ) );
	}
}
