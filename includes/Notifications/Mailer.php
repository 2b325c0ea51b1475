<?php
/**
 * Sends an Email through wp_mail, as HTML with a plain-text alternative.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use WP24\Helpdesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Goes through wp_mail so SMTP and logging plugins see every message.
 */
final class Mailer {

	/**
	 * Constructor.
	 *
	 * @param Email_Renderer $renderer Templates.
	 * @param Settings       $settings Reply-to address.
	 */
	public function __construct( private Email_Renderer $renderer, private Settings $settings ) {}

	/**
	 * Sends one email; true when wp_mail accepted it.
	 *
	 * @param string[] $to    Addresses.
	 * @param Email    $email Email.
	 */
	public function send( array $to, Email $email ): bool {
		$headers = array(
			'Content-Type: text/html; charset=UTF-8',
			// The language it was written in, for mail clients and for checking.
			'Content-Language: ' . str_replace( '_', '-', get_locale() ),
		);
		$reply_to = (string) $this->settings->all()['support_email'];
		if ( is_email( $reply_to ) ) {
			$headers[] = 'Reply-To: ' . $reply_to;
		}
		$text        = $this->renderer->text( $email );
		$alternative = static function ( $phpmailer ) use ( $text ): void {
			$phpmailer->AltBody = $text; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- PHPMailer's name.
		};
		add_action( 'phpmailer_init', $alternative );
		try {
			return (bool) wp_mail( $to, $email->subject, $this->renderer->html( $email ), $headers );
		} finally {
			remove_action( 'phpmailer_init', $alternative );
		}
	}
}
