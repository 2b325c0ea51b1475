<?php
/**
 * The pieces of a mail header: encoded words, address lists, message IDs, parameters, charsets.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Reading a header value is its own job (RFC 2047, 2045, 2231, 5322's address lists), used by
 * Mime_Reader for whole messages and by the doors of services that post headers themselves.
 */
final class Mime_Header {
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
	 * A structured header value and its parameters (RFC 2045, with RFC 2231 extended values).
	 *
	 * @param string $value Raw value, e.g. `attachment; filename="a.pdf"`.
	 * @return array{value: string, params: array<string, string>}
	 */
	public static function parameters( string $value ): array {
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
	public static function split_list( string $value, string $separator = ',' ): array {
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
	 * Text in a given charset as valid UTF-8; bytes no charset explains are dropped.
	 *
	 * @param string $text    Bytes.
	 * @param string $charset Declared charset.
	 */
	public static function utf8( string $text, string $charset ): string {
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
	public static function single_line( string $text ): string {
		return trim( (string) preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text ) );
	}
}
