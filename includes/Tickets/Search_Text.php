<?php
/**
 * The plain text the ticket search reads, and the words a search asks for.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * One normaliser for what is stored and what is asked: lower case, no HTML, no accents, every
 * character that is not a letter or a digit turned into a space, with a space at both ends. A
 * ticket's text is one document (its fields and the words of its whole thread), so a search finds
 * the words wherever in the ticket they are, through one index on the tickets table.
 *
 * So "dell'aggiornamento", "città" and "www.rossi-arredamenti.it" are stored as the words
 * `dell aggiornamento`, `citta`, `www rossi arredamenti it`, which InnoDB's FULLTEXT parser and a
 * `LIKE '% word%'` read alike: both lanes (MariaDB with the index, SQLite without) give the same
 * answers for the same desk.
 */
final class Search_Text {

	/** Ticket columns a search reads besides the messages. */
	public const TICKET_FIELDS = array( 'reference', 'subject', 'guest_name', 'guest_email', 'site_url' );

	/** Shortest word a search uses: InnoDB's default `innodb_ft_min_token_size`. */
	public const MIN_WORD = 3;

	/** Most words a search uses; more narrow nothing down a technician would notice. */
	public const MAX_WORDS = 8;

	/**
	 * InnoDB's default stopwords of three letters or more: the index never holds them, so a
	 * search leaves them out on both lanes.
	 */
	private const STOPWORDS = array( 'about', 'are', 'com', 'for', 'from', 'how', 'that', 'the', 'this', 'was', 'what', 'when', 'where', 'who', 'will', 'with', 'und', 'www' );

	/**
	 * A text (HTML or plain) as the search stores it.
	 *
	 * @param string $text Text or HTML.
	 */
	public static function of( string $text ): string {
		// Tags become spaces, so "<p>one</p><p>two</p>" stays two words.
		$text = wp_strip_all_tags( str_replace( '<', ' <', $text ) );
		$text = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		$text = mb_strtolower( remove_accents( $text ), 'UTF-8' );
		$text = (string) preg_replace( '/[^\p{L}\p{N}]+/u', ' ', $text );
		return ' ' . trim( $text ) . ' ';
	}

	/**
	 * The searchable text of a ticket row.
	 *
	 * @param array<string, mixed> $row Ticket columns (those of TICKET_FIELDS are read).
	 */
	public static function ticket( array $row ): string {
		$parts = array();
		foreach ( self::TICKET_FIELDS as $field ) {
			$parts[] = (string) ( $row[ $field ] ?? '' );
		}
		return self::of( implode( ' ', $parts ) );
	}

	/**
	 * A ticket's whole searchable text: its fields and public messages (`search_text`), and its
	 * internal notes apart (`notes_text`), which only staff search.
	 *
	 * @param array<string, mixed>             $row      Ticket columns.
	 * @param array<int, array<string, mixed>> $messages Its messages (`body`, `internal`), oldest first.
	 * @return array{search_text: string, notes_text: string}
	 */
	public static function document( array $row, array $messages ): array {
		$public = self::ticket( $row );
		$notes  = '';
		foreach ( $messages as $message ) {
			if ( (int) ( $message['internal'] ?? 0 ) ) {
				$notes .= self::of( (string) $message['body'] );
			} else {
				$public .= self::of( (string) $message['body'] );
			}
		}
		return array(
			'search_text' => $public,
			'notes_text'  => $notes,
		);
	}

	/**
	 * The words of a search, each matched as the start of a stored word.
	 *
	 * @param string $search What the technician typed.
	 * @return string[] Empty when no word is long enough to look up.
	 */
	public static function words( string $search ): array {
		$words = array_filter(
			explode( ' ', trim( self::of( $search ) ) ),
			static fn( string $word ): bool => mb_strlen( $word ) >= self::MIN_WORD && ! in_array( $word, self::STOPWORDS, true )
		);
		return array_slice( array_values( array_unique( $words ) ), 0, self::MAX_WORDS );
	}

	/**
	 * A boolean-mode FULLTEXT query that needs every word, each as a prefix (`+word*`).
	 *
	 * The words hold letters and digits only, so no operator of the boolean syntax reaches it.
	 *
	 * @param string[] $words From words().
	 */
	public static function boolean_query( array $words ): string {
		return implode( ' ', array_map( static fn( string $word ): string => '+' . $word . '*', $words ) );
	}
}
