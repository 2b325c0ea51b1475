<?php
/**
 * What happens to an email that reached the desk, whatever door it came through.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Customers\Email_Address;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Security\Rate_Limited;
use WP24\Helpdesk\Security\Rate_Limiter;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Follow_Up_Service;
use WP24\Helpdesk\Tickets\Idempotency_Key;
use WP24\Helpdesk\Tickets\Intake;
use WP24\Helpdesk\Tickets\Intake_Service;
use WP24\Helpdesk\Tickets\Replay_Service;
use WP24\Helpdesk\Tickets\Reply_Service;
use WP24\Helpdesk\Tickets\Request_Replayed;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Screens, deduplicates, matches and stores one message through the same services as the form
 * and My tickets: a reply joins its ticket (waiting → open, a closed ticket reopens or starts a
 * follow-up), a new message opens a ticket under the sender's plan rules, and the original is
 * kept for staff as an .eml on a staff-only note. A message joins a ticket only through a signed
 * reply address or Message-ID and only from that ticket's customer; anything else naming a
 * ticket is held for staff on it. About 290 lines, on purpose: the decision reads as one flow
 * (screen, deduplicate, reply / new ticket / hold); its parts are classes of their own
 * (Mail_Screen, Thread_Token, Reply_Text, Received_Files, the ticket services).
 */
final class Inbound_Pipeline {

	/** Per sender, as for the form's intake per email address. */
	private const SENDER_LIMIT = 20;

	/**
	 * Constructor.
	 *
	 * @param Intake_Service     $intakes      New tickets.
	 * @param Reply_Service      $replies      Replies and staff notes.
	 * @param Follow_Up_Service  $follow_ups   Replies to tickets closed too long ago.
	 * @param Replay_Service     $replays      Messages delivered again.
	 * @param Ticket_Repository  $repository   Tickets and staff notes.
	 * @param Entitlement_Reader $entitlements The sender's plan.
	 * @param Attachment_Store   $files        Files and the original message.
	 * @param Rate_Limiter       $limiter      Per-sender limit.
	 * @param Settings           $settings     Support address, urgent words, unknown senders.
	 * @param Thread_Token       $tokens       Reply addresses and Message-IDs.
	 */
	public function __construct(
		private Intake_Service $intakes,
		private Reply_Service $replies,
		private Follow_Up_Service $follow_ups,
		private Replay_Service $replays,
		private Ticket_Repository $repository,
		private Entitlement_Reader $entitlements,
		private Attachment_Store $files,
		private Rate_Limiter $limiter,
		private Settings $settings,
		private Thread_Token $tokens,
	) {}

	/**
	 * Handles one message; the outcome says what was done, and every outcome is logged.
	 *
	 * @param Inbound_Email $email The message.
	 * @throws \RuntimeException When storing failed (the door keeps the message and tries again).
	 */
	public function receive( Inbound_Email $email ): Inbound_Outcome {
		$outcome = $this->decide( $email );
		error_log( sprintf( 'WP24 Helpdesk: inbound email <%s> from %s: %s%s%s', $email->message_id, $email->from, $outcome->status, $outcome->ticket_id ? ' (ticket ' . $outcome->ticket_id . ')' : '', '' === $outcome->reason ? '' : ': ' . $outcome->reason ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the mailbox's record must reach the site's log.
		return $outcome;
	}

	/**
	 * The work of receive().
	 *
	 * @param Inbound_Email $email The message.
	 */
	private function decide( Inbound_Email $email ): Inbound_Outcome {
		$screened = Mail_Screen::reason( $email, $this->own_addresses() );
		if ( null !== $screened ) {
			return new Inbound_Outcome( Inbound_Outcome::IGNORED, 0, $screened );
		}
		$key    = Idempotency_Key::for_email( '' !== $email->message_id ? $email->message_id : hash( 'sha256', $email->raw . $email->from . $email->subject . $email->text ) );
		$stored = $this->replays->replay( $key );
		if ( null !== $stored ) {
			return new Inbound_Outcome( Inbound_Outcome::DUPLICATE, $stored['ticket']->id() );
		}
		try {
			$this->limiter->hit( 'email_sender', Email_Address::normalise( $email->from ), self::SENDER_LIMIT, HOUR_IN_SECONDS );
			$ticket_id = $this->tokens->ticket_from_addresses( $email->recipients );
			if ( 0 === $ticket_id ) {
				$ticket_id = $this->tokens->ticket_from_references( $email->references );
			}
			$ticket = $ticket_id > 0 ? $this->repository->find( $ticket_id ) : null;
			if ( null !== $ticket ) {
				return $this->is_customer_of( $email->from, $ticket ) ? $this->reply( $email, $ticket, $key ) : $this->hold( $email, $ticket, $key );
			}
			return $this->open( $email, $key );
		} catch ( Request_Replayed $replayed ) {
			// Another run stored the same message a moment ago.
			return new Inbound_Outcome( Inbound_Outcome::DUPLICATE );
		} catch ( Rate_Limited $limited ) {
			return new Inbound_Outcome( Inbound_Outcome::REFUSED, 0, 'sender limit reached' );
		} catch ( Domain_Exception $refused ) {
			return new Inbound_Outcome( Inbound_Outcome::REFUSED, 0, $refused->error_code() . ': ' . $refused->getMessage() );
		}
	}

	/**
	 * Adds the message to its ticket, or to a follow-up when the ticket was closed too long ago.
	 *
	 * @param Inbound_Email   $email  The message.
	 * @param Ticket          $ticket Its ticket.
	 * @param Idempotency_Key $key    The message's key.
	 */
	private function reply( Inbound_Email $email, Ticket $ticket, Idempotency_Key $key ): Inbound_Outcome {
		$author = $ticket->customer_id();
		$body   = self::body( $email );
		$files  = new Received_Files( $this->files, $email );
		try {
			if ( $this->follow_ups->needs_follow_up( $ticket, false ) ) {
				$result = $this->follow_ups->follow_up( $ticket, $author, $body, $key, fn( int $ticket_id, int $message_id ) => $files->store( $this->repository, $ticket_id, $message_id, $author ) );
				return new Inbound_Outcome( Inbound_Outcome::FOLLOW_UP, $result['ticket']->id() );
			}
			$this->replies->reply( $ticket, $author, false, $body, false, fn( int $message_id ) => $files->store( $this->repository, $ticket->id(), $message_id, $author ), $key );
			return new Inbound_Outcome( Inbound_Outcome::REPLIED, $ticket->id() );
		} finally {
			$files->clean_up();
		}
	}

	/**
	 * Opens a ticket: for a customer with an account under their plan's rules, for an unknown
	 * sender as a guest's one-shot request (or a pointer to the form, as the settings say).
	 *
	 * @param Inbound_Email   $email The message.
	 * @param Idempotency_Key $key   The message's key.
	 */
	private function open( Inbound_Email $email, Idempotency_Key $key ): Inbound_Outcome {
		$user    = get_user_by( 'email', $email->from );
		$user_id = $user ? (int) $user->ID : 0;
		if ( 0 === $user_id && 'point' === $this->settings->all()['email_unknown_senders'] ) {
			/**
			 * Fires when an email from an unknown sender is answered with a pointer to the form
			 * instead of opening a ticket (the "Unknown senders" setting).
			 *
			 * @since 0.3.0
			 *
			 * @param string $address The sender.
			 * @param string $name    Their display name.
			 * @param string $subject What they wrote about.
			 */
			do_action( 'wp24hd_email_pointed_to_form', $email->from, $email->from_name, $email->subject );
			return new Inbound_Outcome( Inbound_Outcome::POINTED );
		}
		$has_plan = $user_id > 0 && null !== $this->entitlements->active_for_user( $user_id );
		$files    = new Received_Files( $this->files, $email );
		try {
			$result = $this->intakes->intake(
				new Intake(
					$user_id,
					$this->subject( $email ),
					self::body( $email ),
					$has_plan ? Ticket_Type::SUPPORT : Ticket_Type::ONE_SHOT,
					$has_plan && $this->is_urgent( $email->subject ) ? Ticket_Priority::URGENT : Ticket_Priority::NORMAL,
					'',
					'',
					true,
					$user_id > 0 ? '' : $this->guest_name( $email ),
					$user_id > 0 ? '' : $email->from,
					Intake::CHANNEL_EMAIL
				),
				fn( int $ticket_id, int $message_id ) => $files->store( $this->repository, $ticket_id, $message_id, $user_id ),
				$key
			);
		} finally {
			$files->clean_up();
		}
		return new Inbound_Outcome( Inbound_Outcome::CREATED, $result['ticket']->id() );
	}

	/**
	 * Keeps a message that names a ticket but comes from someone else: on the ticket for staff
	 * only, with the original attached, never in the customer's thread.
	 *
	 * @param Inbound_Email   $email  The message.
	 * @param Ticket          $ticket The ticket it names.
	 * @param Idempotency_Key $key    The message's key.
	 */
	private function hold( Inbound_Email $email, Ticket $ticket, Idempotency_Key $key ): Inbound_Outcome {
		$note = sprintf(
			/* translators: 1: sender's address, 2: subject. */
			__( 'An email from %1$s ("%2$s") answered this ticket, but %1$s is not its customer, so it was not added to the conversation. The original is attached; reply to the sender directly if it belongs here.', 'wp24-helpdesk' ),
			$email->from,
			$email->subject
		);
		$files = new Received_Files( $this->files, $email );
		try {
			$this->replies->reply( $ticket, 0, true, esc_html( $note ), true, fn( int $message_id ) => $files->store_original_only( $ticket->id(), $message_id ), $key );
		} finally {
			$files->clean_up();
		}
		return new Inbound_Outcome( Inbound_Outcome::HELD, $ticket->id() );
	}

	/**
	 * Whether the sender is the ticket's customer (the account's address, or the guest's).
	 *
	 * @param string $from   Sender, lowercased.
	 * @param Ticket $ticket Ticket.
	 */
	private function is_customer_of( string $from, Ticket $ticket ): bool {
		if ( $ticket->is_guest() ) {
			return Email_Address::normalise( (string) $ticket->guest_email ) === Email_Address::normalise( $from );
		}
		$user = get_userdata( $ticket->customer_id() );
		return false !== $user && Email_Address::normalise( (string) $user->user_email ) === Email_Address::normalise( $from );
	}

	/**
	 * What the thread shows: the reply's own text, as escaped plain text.
	 *
	 * @param Inbound_Email $email The message.
	 */
	private static function body( Inbound_Email $email ): string {
		$text = '' !== trim( $email->text ) ? $email->text : Html_Text::from_html( $email->html );
		return esc_html( Reply_Text::visible( $text, $email->subject ) );
	}

	/**
	 * A subject the intake accepts: the email's, or one naming the sender when it has none.
	 *
	 * @param Inbound_Email $email The message.
	 */
	private function subject( Inbound_Email $email ): string {
		$subject = mb_substr( trim( $email->subject ), 0, 200 );
		if ( mb_strlen( $subject ) >= 3 ) {
			return $subject;
		}
		/* translators: %s: sender's name or address. */
		return sprintf( __( 'Email from %s', 'wp24-helpdesk' ), '' !== $email->from_name ? $email->from_name : $email->from );
	}

	/**
	 * A guest's name: the display name, or the address's local part.
	 *
	 * @param Inbound_Email $email The message.
	 */
	private function guest_name( Inbound_Email $email ): string {
		$name = '' !== $email->from_name ? $email->from_name : (string) strstr( $email->from, '@', true );
		return mb_substr( $name, 0, 100 );
	}

	/**
	 * Whether the subject holds one of the words the settings map to an urgent request.
	 *
	 * @param string $subject Subject.
	 */
	private function is_urgent( string $subject ): bool {
		foreach ( (array) $this->settings->all()['email_urgent_words'] as $word ) {
			if ( '' !== $word && 1 === preg_match( '/(^|\W)' . preg_quote( (string) $word, '/' ) . '($|\W)/iu', $subject ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The desk's own addresses: the support address (with any plus-part) and WordPress's sender.
	 *
	 * @return string[]
	 */
	private function own_addresses(): array {
		$support = strtolower( (string) $this->settings->all()['support_email'] );
		/** This filter is documented in wp-includes/pluggable.php. */
		$sender = strtolower( (string) apply_filters( 'wp_mail_from', 'wordpress@' . (string) wp_parse_url( network_home_url(), PHP_URL_HOST ) ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own filter, read to know its sender.
		return array_values( array_filter( array( $support, $sender ) ) );
	}
}
