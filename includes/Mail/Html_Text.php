<?php
/**
 * Plain text from an HTML-only email.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Mail clients that send only HTML put the quoted history in known containers (Gmail's
 * `gmail_quote`, Outlook's `divRplyFwdMsg` and everything after it, Apple Mail's and
 * Thunderbird's `<blockquote type="cite">`): those are dropped first, then the markup becomes
 * lines of text, which Reply_Text trims like any plain-text reply.
 */
final class Html_Text {

	/**
	 * The text of an HTML body, quoted history removed.
	 *
	 * @param string $html HTML body, UTF-8.
	 */
	public static function from_html( string $html ): string {
		$html = (string) preg_replace( '#<(head|style|script|title)\b.*?</\1\s*>#is', '', $html );
		$html = (string) preg_replace( '#<blockquote\b[^>]*type=["\']?cite[^>]*>.*?</blockquote>#is', '', $html );
		$html = (string) preg_replace( '#<div\b[^>]*class=["\'][^"\']*gmail_quote.*$#is', '', $html );
		$html = (string) preg_replace( '#<div\b[^>]*id=["\']?(divRplyFwdMsg|appendonsend)\b.*$#is', '', $html );
		$html = (string) preg_replace( '#<br\s*/?>#i', "\n", $html );
		$html = (string) preg_replace( '#</(p|div|li|tr|h[1-6]|blockquote)\s*>#i', "\n", $html );
		$text = html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		$text = str_replace( "\u{00A0}", ' ', $text );
		$text = (string) preg_replace( "/[ \t]+\n/", "\n", $text );
		return trim( (string) preg_replace( "/\n{3,}/", "\n\n", $text ) );
	}
}
