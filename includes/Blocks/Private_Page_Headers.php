<?php
/**
 * Keeps pages that show a signed-in customer's own data, or carry a guest's key, out of caches.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * The ticket form and My tickets render per-user content (plan, request types, the Premium
 * phone line, a REST nonce) for signed-in visitors. Headers go out before blocks render, so the
 * check runs on template_redirect against the queried post's content.
 */
final class Private_Page_Headers {

	/** Blocks whose output depends on who is looking. */
	private const PERSONAL_BLOCKS = array( 'wp24-helpdesk/ticket-form', 'wp24-helpdesk/my-tickets' );

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'send' ) );
	}

	/**
	 * Sends no-cache headers for a signed-in visitor on a page with a personal block, and for any
	 * page opened with a guest's key in its address.
	 */
	public function send(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only whether a key is present.
		if ( isset( $_GET['wp24hd_key'] ) && '' !== $_GET['wp24hd_key'] ) {
			// The key must not reach a cache, nor another site through the Referer header.
			nocache_headers();
			header( 'Referrer-Policy: no-referrer' );
			return;
		}
		if ( ! is_user_logged_in() || ! is_singular() ) {
			return;
		}
		$post = get_queried_object();
		if ( ! $post instanceof \WP_Post ) {
			return;
		}
		foreach ( self::PERSONAL_BLOCKS as $block ) {
			if ( has_block( $block, $post ) ) {
				nocache_headers();
				return;
			}
		}
	}
}
