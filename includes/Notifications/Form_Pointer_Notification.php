<?php
/**
 * The answer to an email from an unknown sender when the desk opens no ticket for it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * With "Unknown senders: answer with a link to the form" set, an email from an address without
 * an account gets this answer: where to open a ticket, and why (the form asks for the plan,
 * the site and the privacy consent an email cannot give).
 */
final class Form_Pointer_Notification {

	/**
	 * Constructor.
	 *
	 * @param Notifier $notifier Delivery and switches.
	 * @param Links    $links    The form's address.
	 */
	public function __construct( private Notifier $notifier, private Links $links ) {}

	/**
	 * Listens to the pipeline.
	 */
	public function register(): void {
		add_action( 'wp24hd_email_pointed_to_form', array( $this, 'send' ), 10, 3 );
	}

	/**
	 * Sends the pointer.
	 *
	 * @param string $address The sender.
	 * @param string $name    Their display name.
	 * @param string $subject What they wrote about.
	 */
	public function send( string $address, string $name, string $subject ): void {
		$this->notifier->send(
			Notification_Types::FORM_POINTER,
			is_email( $address ) ? new Recipient( array( $address ) ) : null,
			fn(): Email => new Email(
				Notification_Types::FORM_POINTER,
				/* translators: %s: subject of the email received. */
				sprintf( __( 'Re: %s', 'wp24-helpdesk' ), $subject ),
				'' !== $name
					/* translators: %s: the sender's name. */
					? sprintf( __( 'Hello %s, please open a ticket on our site', 'wp24-helpdesk' ), $name )
					: __( 'Hello, please open a ticket on our site', 'wp24-helpdesk' ),
				array(
					__( 'We received your email, but we handle requests from new contacts through the ticket form: it asks what you need and for the consent to process your data, so we can answer properly and in time.', 'wp24-helpdesk' ),
					__( 'Your email was not stored as a request.', 'wp24-helpdesk' ),
				),
				__( 'Open a ticket', 'wp24-helpdesk' ),
				$this->links->new_ticket()
			)
		);
	}
}
