<?php
/**
 * Opening a ticket: intake by plan (R4–R7, R13), its SLA time (R2, R3), and the replay of a request sent again.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Customers\Email_Address;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Security\Form_Timer;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * A ticket is stored with its first message, its files and the idempotency key in one transaction.
 */
final class Intake_Service {

	/** Request types open to people without an active plan. */

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository  $repository   Storage.
	 * @param Entitlement_Reader $entitlements Plan holdings.
	 * @param Plan_Post_Type     $plans        Plans.
	 * @param Settings           $settings     Consent text version and response targets.
	 * @param Settings_Calendar  $calendar     When the first response is due.
	 */
	public function __construct(
		private Ticket_Repository $repository,
		private Entitlement_Reader $entitlements,
		private Plan_Post_Type $plans,
		private Settings $settings,
		private Settings_Calendar $calendar,
	) {}

	/**
	 * Opens a ticket; returns it with the guest key (shown once, stored hashed) for guests.
	 *
	 * @param Intake                           $intake       The request.
	 * @param (callable(int, int): mixed)|null $with_message Runs inside the transaction with the ticket and first message IDs (attachments).
	 * @param Idempotency_Key|null             $key          The client's key: a request that committed with it first wins.
	 * @return array{ticket: Ticket, guest_key: string|null}
	 * @throws Request_Replayed When `$key` was taken by a request that committed first (nothing is stored).
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function intake( Intake $intake, ?callable $with_message = null, ?Idempotency_Key $key = null ): array {
		if ( ! $intake->consent ) {
			throw Domain_Exception::invalid( 'wp24hd_consent_required', __( 'consent: please accept the processing of your personal data, or we cannot handle the request.', 'wp24-helpdesk' ) );
		}
		$subject = trim( sanitize_text_field( $intake->subject ) );
		if ( mb_strlen( $subject ) < 3 || mb_strlen( $subject ) > 200 ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_subject', __( 'subject: write between 3 and 200 characters.', 'wp24-helpdesk' ) );
		}
		$body = Message_Body::sanitize( $intake->message );
		if ( mb_strlen( wp_strip_all_tags( $body ) ) < 10 || mb_strlen( $body ) > Message_Body::MAX_LENGTH ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_message', __( 'message: describe the problem in at least 10 characters (20,000 at most).', 'wp24-helpdesk' ) );
		}

		$now         = $this->repository->clock()->now();
		$entitlement = $this->entitlements->active_for_user( $intake->user_id, $now );
		$plan        = $entitlement ? $this->plans->find( $entitlement->plan_id ) : null;

		if ( null === $plan && $intake->type->needs_plan() ) {
			throw Domain_Exception::invalid(
				'wp24hd_plan_required',
				__( 'type: without an active maintenance plan you can ask for a one-shot intervention (priced by a quote) or for a refund.', 'wp24-helpdesk' )
			);
		}
		if ( null !== $entitlement && Ticket_Type::REFUND === $intake->type && ! $this->entitlements->refund_window_open( $entitlement, $now ) ) {
			throw Domain_Exception::invalid( 'wp24hd_refund_window_closed', __( 'type: plans can be refunded only within 24 hours of purchase.', 'wp24-helpdesk' ) );
		}
		$service = sanitize_text_field( $intake->service );
		if ( '' !== $service && ( null === $plan || ! in_array( $service, array_column( $plan->covered_services, 'label' ), true ) ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_service', __( 'service: choose one of the services your plan covers.', 'wp24-helpdesk' ) );
		}
		$site_url = '' === $intake->site_url ? '' : esc_url_raw( $intake->site_url, array( 'http', 'https' ) );
		if ( '' !== $intake->site_url && '' === $site_url ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_site_url', __( 'site_url: enter the address of your site, starting with https://.', 'wp24-helpdesk' ) );
		}

		$guest_key = null;
		$guest     = array();
		if ( $intake->user_id <= 0 ) {
			if ( ! Email_Address::is_kept_by_sanitising( $intake->guest_email ) ) {
				throw Domain_Exception::invalid( 'wp24hd_invalid_email', Email_Address::refusal( 'email' ) );
			}
			$email = sanitize_email( trim( $intake->guest_email ) );
			$name  = trim( sanitize_text_field( $intake->guest_name ) );
			if ( ! is_email( $email ) ) {
				throw Domain_Exception::invalid( 'wp24hd_invalid_email', __( 'email: enter a valid email address, so we can answer you.', 'wp24-helpdesk' ) );
			}
			if ( '' === $name || mb_strlen( $name ) > 100 ) {
				throw Domain_Exception::invalid( 'wp24hd_invalid_name', __( 'name: tell us your name (100 characters at most).', 'wp24-helpdesk' ) );
			}
			$seed      = Guest_Key::new_seed();
			$guest_key = Guest_Key::for_seed( $seed );
			$guest     = array(
				'guest_email'    => $email,
				'guest_name'     => $name,
				'guest_key_hash' => Guest_Key::hash( $guest_key ),
				'guest_key_seed' => $seed,
			);
		}

		$urgent = Ticket_Priority::URGENT === $intake->priority;
		// No visitor is promised a faster answer than a paying customer (Response_Targets).
		$target = ( new Response_Targets( $this->settings, $this->plans ) )->for_plan( $plan );
		$due    = $this->calendar->calendar()->first_response_due( $now, $urgent, $target );

		$ticket = Transaction::run(
			function () use ( $intake, $subject, $body, $service, $site_url, $guest, $plan, $entitlement, $due, $now, $with_message, $key ): Ticket {
				// First, so a parallel retry waits here until this request commits or rolls back.
				if ( null !== $key && ! $this->repository->request_keys()->claim( $key->hash, $key->request_hash ) ) {
					throw new Request_Replayed();
				}
				$ticket     = $this->repository->insert(
					array(
						'reference'              => $this->new_reference(),
						'subject'                => $subject,
						'type'                   => $intake->type->value,
						'priority'               => $intake->priority->value,
						'status'                 => Ticket_Status::NEW->value,
						'customer_id'            => max( 0, $intake->user_id ),
						'plan_id'                => $plan ? $plan->id : 0,
						'entitlement_id'         => $entitlement ? $entitlement->id : 0,
						'service'                => $service,
						'site_url'               => $site_url,
						'consent_at'             => Ticket_Repository::date( $now ),
						'consent_version'        => (string) $this->settings->all()['consent_version'],
						'channel'                => $intake->channel,
						// Guests get emails in the language they wrote in; users in their profile's.
						'locale'                 => substr( determine_locale(), 0, 20 ),
						'first_response_due'     => $due ? Ticket_Repository::date( $due ) : null,
						'last_customer_reply_at' => Ticket_Repository::date( $now ),
						// One clock for the row and its SLA: the due time is computed from this moment.
						'created_at'             => Ticket_Repository::date( $now ),
						'updated_at'             => Ticket_Repository::date( $now ),
						'last_activity_at'       => Ticket_Repository::date( $now ),
					) + $guest
				);
				$message_id = $this->repository->messages()->add( $ticket->id(), max( 0, $intake->user_id ), 'customer', $body, false );
				if ( null !== $with_message ) {
					$with_message( $ticket->id(), $message_id );
				}
				if ( null !== $key ) {
					$this->repository->request_keys()->bind( $key->hash, $ticket->id(), $message_id );
				}
				return $ticket;
			}
		);

		/**
		 * Fires after a ticket was opened, once its writes are committed (a follow-up's with it).
		 *
		 * @since 0.1.0
		 *
		 * @param int $ticket_id The new ticket.
		 */
		Transaction::after_commit( static fn() => do_action( 'wp24hd_ticket_created', $ticket->id() ) );

		return array(
			'ticket'    => $ticket,
			'guest_key' => $guest_key,
		);
	}

	/**
	 * What gives an intake away as a bot's: the honeypot filled, or the form posted faster than
	 * anyone types; null for a person.
	 *
	 * @param string $honeypot The `website` field, which people do not see.
	 * @param string $started  The form's signed render time.
	 */
	public function bot_signal( string $honeypot, string $started ): ?string {
		if ( '' !== $honeypot ) {
			// People do not see this field; bots fill it.
			return 'honeypot';
		}
		return Form_Timer::too_fast( $started, $this->repository->clock()->now()->getTimestamp() ) ? 'too_fast' : null;
	}

	/**
	 * A public reference nobody can guess the next of, e.g. `WP24-7K3F9Q2M`.
	 */
	private function new_reference(): string {
		$alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
		do {
			$reference = 'WP24-';
			for ( $i = 0; $i < 8; $i++ ) {
				$reference .= $alphabet[ random_int( 0, strlen( $alphabet ) - 1 ) ];
			}
		} while ( $this->repository->reference_exists( $reference ) );
		return $reference;
	}
}
