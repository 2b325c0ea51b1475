<?php
/**
 * Sends one notification: checks its switch, writes it in the recipient's language, notes it on the thread.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use Throwable;
use WP24\Helpdesk\Notifications\Ticket_Emails\Ticket_Email;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * The email is composed after switching to the recipient's locale, so every translated string
 * and date in it is in their language.
 */
final class Notifier {

	/**
	 * Constructor.
	 *
	 * @param Settings          $settings Switches and staff addresses.
	 * @param Mailer            $mailer   Delivery.
	 * @param Ticket_Repository $tickets  Thread notes.
	 */
	public function __construct( private Settings $settings, private Mailer $mailer, private Ticket_Repository $tickets ) {}

	/**
	 * Whether a notification is switched on.
	 *
	 * @param string $type Notification name.
	 */
	public function enabled( string $type ): bool {
		return (bool) ( $this->settings->all()['notifications'][ $type ] ?? true );
	}

	/**
	 * The staff addresses (settings, else the site administrator).
	 *
	 * @param bool $on_call The on-call list for urgent tickets (falls back to the staff list).
	 */
	public function staff( bool $on_call = false ): Recipient {
		return new Recipient( self::staff_emails( $this->settings->all(), $on_call ), 0, '', true );
	}

	/**
	 * The staff addresses a notification goes to; with `$on_call`, those of urgent tickets (the
	 * admin app asks too, to offer the on-call technician browser notifications).
	 *
	 * @param array<string, mixed> $settings Settings::all().
	 * @param bool                 $on_call  The on-call list (falls back to the staff list).
	 * @return string[]
	 */
	public static function staff_emails( array $settings, bool $on_call ): array {
		$emails = $on_call && array() !== $settings['oncall_emails'] ? $settings['oncall_emails'] : $settings['staff_emails'];
		if ( array() === $emails ) {
			$emails = array( (string) get_option( 'admin_email' ) );
		}
		return array_values( array_filter( array_map( 'strval', $emails ), 'is_email' ) );
	}

	/**
	 * Sends a notification if it is switched on; true when it went out.
	 *
	 * @param string            $type      Notification name.
	 * @param Recipient|null    $recipient Who (null: nobody to tell, nothing sent).
	 * @param callable(): Email $compose   Builds the email; runs in the recipient's language.
	 * @param Ticket|null       $ticket    Ticket whose thread records the send.
	 */
	public function send( string $type, ?Recipient $recipient, callable $compose, ?Ticket $ticket = null ): bool {
		if ( null === $recipient || array() === $recipient->emails || ! $this->enabled( $type ) ) {
			return false;
		}
		$switched = false;
		if ( $recipient->user_id > 0 ) {
			$switched = switch_to_user_locale( $recipient->user_id );
		} elseif ( '' !== $recipient->locale ) {
			$switched = switch_to_locale( $recipient->locale );
		}
		try {
			$email = $compose();
			$sent  = $this->mailer->send( $recipient->emails, $email, $ticket, ! $recipient->staff );
		} catch ( Throwable $error ) {
			// A notice must never undo or fail the change it reports (a ticket opened, a reply saved).
			error_log( sprintf( 'WP24 Helpdesk: the "%s" email failed: %s', $type, $error->getMessage() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- must reach the site's log.
			return false;
		} finally {
			if ( $switched ) {
				restore_previous_locale();
			}
		}
		if ( null !== $ticket ) {
			$this->note( $ticket, $email, $recipient, $sent );
		}
		return $sent;
	}

	/**
	 * Sends one ticket email (Ticket_Emails/) to a recipient, as send() does; true when it went out.
	 *
	 * @param Recipient|null $recipient Who (null: nobody to tell, nothing sent).
	 * @param Ticket_Email   $email     The email, composed in the recipient's language.
	 */
	public function deliver( ?Recipient $recipient, Ticket_Email $email ): bool {
		return $this->send( $email->type(), $recipient, array( $email, 'compose' ), $email->ticket() );
	}

	/**
	 * Records the send on the thread, for staff only.
	 *
	 * @param Ticket    $ticket    Ticket.
	 * @param Email     $email     What was sent.
	 * @param Recipient $recipient To whom.
	 * @param bool      $sent      Whether wp_mail accepted it.
	 */
	private function note( Ticket $ticket, Email $email, Recipient $recipient, bool $sent ): void {
		$to   = implode( ', ', $recipient->emails );
		$text = $sent
			/* translators: 1: email subject, 2: addresses. */
			? sprintf( __( 'Email "%1$s" sent to %2$s.', 'wp24-helpdesk' ), $email->subject, $to )
			/* translators: 1: email subject, 2: addresses. */
			: sprintf( __( 'Email "%1$s" to %2$s could not be sent; check the site\'s mail settings.', 'wp24-helpdesk' ), $email->subject, $to );
		$this->tickets->messages()->add( $ticket->id(), 0, 'system', esc_html( $text ), true );
	}
}
