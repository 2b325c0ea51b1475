<?php
/**
 * Sanitises message bodies to a small HTML allow-list before they are stored.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * Enough markup to explain a problem (paragraphs, lists, code, links), nothing active.
 */
final class Message_Body {

	public const MAX_LENGTH = 20000;

	/**
	 * The stored form of a body: kses-filtered, links made safe, plain newlines kept.
	 *
	 * @param string $body Raw body.
	 */
	public static function sanitize( string $body ): string {
		$clean = wp_kses(
			$body,
			array(
				'p'          => array(),
				'br'         => array(),
				'strong'     => array(),
				'em'         => array(),
				'code'       => array(),
				'pre'        => array(),
				'blockquote' => array(),
				'ul'         => array(),
				'ol'         => array(),
				'li'         => array(),
				'a'          => array( 'href' => true ),
			),
			array( 'http', 'https', 'mailto' )
		);
		// Links open safely and are not followed by search engines.
		$clean = preg_replace( '/<a\s+href=/i', '<a rel="nofollow noopener noreferrer" href=', $clean );
		return trim( (string) $clean );
	}
}
