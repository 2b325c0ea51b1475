<?php
/**
 * The part of an emailed reply the customer wrote: quoted history and signatures removed.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Cuts a plain-text reply at the first line that starts the quoted history — "On … wrote:",
 * "Il giorno … ha scritto:", Outlook's and Apple Mail's header blocks, "-----Original Message-----"
 * — drops `>` lines and the signature after "-- ", and removes the phone apps' "Sent from" line.
 * English and Italian, as the agency's customers write. Forwarded messages are kept: forwarding
 * is how a customer shows the desk what they received.
 */
final class Reply_Text {

	/** Lines that start the quoted history, matched on one line or two joined. */
	private const HISTORY = array(
		// Gmail, Apple Mail, Thunderbird in English: "On Mon, 30 Nov 2026 at 10:00, Desk <a@b> wrote:".
		'/^On\s.{1,300}\swrote:$/iu',
		// Gmail, Apple Mail, Thunderbird in Italian: "Il giorno lun 30 nov 2026 alle ore 10:00 … ha scritto:",
		// "Il 30/11/2026 10:00, … ha scritto:".
		'/^Il\s.{1,300}\sha\sscritto:$/iu',
		// Outlook's separators.
		'/^-{2,}\s*(Original Message|Messaggio originale)\s*-{2,}$/iu',
		'/^_{10,}$/u',
	);

	/** An Outlook header block: "From:" then "Sent:"/"Date:" (or "Da:" then "Inviato:"/"Data:"). */
	private const HEADER_BLOCK = array(
		'first' => '/^\*?(From|Da):\*?\s/iu',
		'next'  => '/^\*?(Sent|Date|Inviato|Data|To|A):\*?\s/iu',
	);

	/** Lines phone mail apps add under a reply. */
	private const SENT_FROM = '/^(Sent from my |Sent from Outlook|Get Outlook for |Inviato da(l mio)? |Ottieni Outlook per )/iu';

	/** A line that starts a forwarded message: what follows is the customer's point, kept whole. */
	private const FORWARD_MARK = '/^(-{5,}\s*(Forwarded message|Messaggio inoltrato)\s*-{5,}|Begin forwarded message:|Inizio messaggio inoltrato:)$/iu';

	/** Subjects of forwarded mail (English, Italian, Outlook's short forms). */
	private const FORWARD_SUBJECT = '/^\s*(fwd?|fw|i|inoltro|inoltrato|tr)\s*:/iu';

	/**
	 * The reply's own text; the whole text when nothing of it would be left.
	 *
	 * @param string $text    Plain-text body, UTF-8.
	 * @param string $subject The subject: a forwarded message keeps everything.
	 */
	public static function visible( string $text, string $subject = '' ): string {
		$text = str_replace( array( "\r\n", "\r" ), "\n", $text );
		if ( 1 === preg_match( self::FORWARD_SUBJECT, $subject ) ) {
			return trim( $text );
		}
		$lines = explode( "\n", $text );
		$kept  = array();
		$count = count( $lines );
		for ( $i = 0; $i < $count; $i++ ) {
			$line    = rtrim( $lines[ $i ] );
			$trimmed = trim( $line );
			if ( 1 === preg_match( self::FORWARD_MARK, $trimmed ) ) {
				$kept = array_merge( $kept, array_map( 'rtrim', array_slice( $lines, $i ) ) );
				break;
			}
			if ( '-- ' === $line || '--' === $line ) {
				break;
			}
			if ( self::starts_history( $trimmed, trim( $lines[ $i + 1 ] ?? '' ), trim( $lines[ $i + 2 ] ?? '' ) ) ) {
				break;
			}
			if ( str_starts_with( ltrim( $line ), '>' ) ) {
				continue;
			}
			$kept[] = $line;
		}
		while ( array() !== $kept && ( '' === trim( (string) end( $kept ) ) || 1 === preg_match( self::SENT_FROM, trim( (string) end( $kept ) ) ) ) ) {
			array_pop( $kept );
		}
		while ( array() !== $kept && '' === trim( $kept[0] ) ) {
			array_shift( $kept );
		}
		$visible = implode( "\n", $kept );
		return '' === trim( $visible ) ? trim( $text ) : $visible;
	}

	/**
	 * Whether a line (with the two after it, for wrapped attributions) starts the quoted history.
	 *
	 * @param string $line  The line, trimmed.
	 * @param string $next  The next line, trimmed.
	 * @param string $after The one after, trimmed.
	 */
	private static function starts_history( string $line, string $next, string $after ): bool {
		if ( '' === $line ) {
			return false;
		}
		foreach ( self::HISTORY as $pattern ) {
			if ( 1 === preg_match( $pattern, $line ) || ( '' !== $next && 1 === preg_match( $pattern, $line . ' ' . $next ) ) ) {
				return true;
			}
		}
		return 1 === preg_match( self::HEADER_BLOCK['first'], $line )
			&& ( 1 === preg_match( self::HEADER_BLOCK['next'], $next ) || 1 === preg_match( self::HEADER_BLOCK['next'], $after ) );
	}
}
