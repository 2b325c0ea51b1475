<?php
/**
 * Sends an Email through wp_mail, as HTML with a plain-text alternative.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use WP24\Helpdesk\Mail\Mail_Screen;
use WP24\Helpdesk\Mail\Thread_Token;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Goes through wp_mail so SMTP and logging plugins see every message.
 */
final class Mailer {

	/**
	 * Constructor.
	 *
	 * @param Email_Renderer $renderer HTML and plain-text bodies.
	 * @param Settings       $settings Support address, plus-addressing.
	 * @param Thread_Token   $tokens   Reply addresses and Message-IDs.
	 */
	public function __construct( private Email_Renderer $renderer, private Settings $settings, private Thread_Token $tokens ) {}

	/**
	 * Sends one email in HTML with a plain-text alternative; true when wp_mail accepted it.
	 *
	 * Every email carries the loop mark, so the desk never reads its own mail as a customer's;
	 * one about a ticket carries a Message-ID the desk signed and refers to the ticket's thread
	 * root, so mail clients show one conversation per ticket and an answer finds its ticket. To
	 * the customer, with plus-addressing on, the reply address itself names the ticket.
	 *
	 * @param string[]    $to          Addresses.
	 * @param Email       $email       Content.
	 * @param Ticket|null $ticket      The ticket it is about, if any.
	 * @param bool        $to_customer Whether it goes to the ticket's customer.
	 */
	public function send( array $to, Email $email, ?Ticket $ticket = null, bool $to_customer = false ): bool {
		$settings = $this->settings->all();
		$support  = (string) $settings['support_email'];
		$host     = is_email( $support ) ? substr( (string) strrchr( $support, '@' ), 1 ) : (string) wp_parse_url( home_url(), PHP_URL_HOST );
		$headers  = array(
			'Content-Type: text/html; charset=UTF-8',
			// The language it was written in, for mail clients and for checking.
			'Content-Language: ' . str_replace( '_', '-', get_locale() ),
			Mail_Screen::LOOP_HEADER . ': ' . $host,
		);
		$reply_to = $support;
		if ( null !== $ticket && $to_customer && ! empty( $settings['email_plus_addressing'] ) ) {
			$reply_to = $this->tokens->reply_address( $support, $ticket->id() );
		}
		if ( is_email( $reply_to ) ) {
			$headers[] = 'Reply-To: ' . $reply_to;
		}
		$message_id = '';
		if ( null !== $ticket && '' !== $host ) {
			$root       = '<' . $this->tokens->thread_root( $ticket->id(), $host ) . '>';
			$message_id = '<' . $this->tokens->message_id( $ticket->id(), $host ) . '>';
			$headers[]  = 'In-Reply-To: ' . $root;
			$headers[]  = 'References: ' . $root;
		}
		$text    = $this->renderer->text( $email );
		$prepare = static function ( $phpmailer ) use ( $text, $message_id ): void {
			$phpmailer->AltBody = $text; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- PHPMailer's name.
			if ( '' !== $message_id ) {
				$phpmailer->MessageID = $message_id; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- PHPMailer's name.
			}
		};
		add_action( 'phpmailer_init', $prepare );
		try {
			return (bool) wp_mail( $to, $email->subject, $this->renderer->html( $email ), $headers );
		} finally {
			remove_action( 'phpmailer_init', $prepare );
			// WordPress reuses one PHPMailer for every email of a request and does not clear the
			// Message-ID: the next email must not go out under this one's.
			if ( '' !== $message_id && isset( $GLOBALS['phpmailer'] ) && $GLOBALS['phpmailer'] instanceof \PHPMailer\PHPMailer\PHPMailer ) {
				$GLOBALS['phpmailer']->MessageID = ''; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- PHPMailer's name.
			}
		}
	}
}
