<?php
/**
 * Turns an Email into HTML (from a template the theme can override) and plain text.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Templates are looked up in the theme first: `wp24-helpdesk/emails/{type}.php` for one email,
 * `wp24-helpdesk/emails/message.php` for all of them; the plugin's `templates/emails/message.php`
 * is the default. A template receives `$email` (Email) and `$site_name` and escapes what it prints.
 */
final class Email_Renderer {

	/**
	 * Constructor.
	 *
	 * @param string $templates_dir The plugin's templates/emails folder.
	 */
	public function __construct( private string $templates_dir ) {}

	/**
	 * The HTML body.
	 *
	 * @param Email $email Email.
	 */
	public function html( Email $email ): string {
		$template  = $this->template( $email->type );
		$site_name = wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
		ob_start();
		( static function () use ( $template, $email, $site_name ): void {
			include $template;
		} )();
		return (string) ob_get_clean();
	}

	/**
	 * The plain-text alternative, from the same parts.
	 *
	 * @param Email $email Email.
	 */
	public function text( Email $email ): string {
		$parts = array_merge( array( $email->heading ), $email->paragraphs );
		if ( '' !== $email->action_url ) {
			$parts[] = $email->action_label . ': ' . $email->action_url;
		}
		$parts[] = '-- ' . wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
		return implode( "\n\n", $parts ) . "\n";
	}

	/**
	 * The template file for a notification.
	 *
	 * @param string $type Notification name.
	 */
	private function template( string $type ): string {
		$theme = locate_template( array( 'wp24-helpdesk/emails/' . sanitize_key( $type ) . '.php', 'wp24-helpdesk/emails/message.php' ) );
		return '' !== $theme ? $theme : $this->templates_dir . 'message.php';
	}
}
