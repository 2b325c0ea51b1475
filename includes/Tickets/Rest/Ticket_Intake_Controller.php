<?php
/**
 * `POST /wp24-helpdesk/v1/tickets`: a visitor or customer opens a ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Customers\Email_Address;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;
use WP24\Helpdesk\Rest\Uploaded_Files;
use WP24\Helpdesk\Security\Rate_Limiter;
use WP24\Helpdesk\Tickets\Guest_Key;
use WP24\Helpdesk\Tickets\Idempotency_Key;
use WP24\Helpdesk\Tickets\Intake;
use WP24\Helpdesk\Tickets\Intake_Service;
use WP24\Helpdesk\Tickets\Replay_Service;
use WP24\Helpdesk\Tickets\Request_Replayed;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Type;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Intake apart from the staff's queue and changes (Tickets_Controller): the public door, with its
 * bot checks, rate limits, uploads and retries answered from what the first request stored.
 *
 * It adds its POST endpoint to the `/tickets` route Tickets_Controller registers with GET, so it
 * must register after it (Plugin.php lists it right after): WordPress appends the endpoints of a
 * second registration of one path and keeps the later schema, which is the same Ticket_Schema, so
 * OPTIONS /tickets answers exactly what one registration did (tests/integration/rest/schemas).
 */
final class Ticket_Intake_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Intake_Service   $intakes   New tickets.
	 * @param Replay_Service   $replays   Retries.
	 * @param Ticket_Access    $access    Whether the caller is staff (what the answer shows).
	 * @param Ticket_Presenter $presenter Shapes.
	 * @param Rate_Limiter     $limiter   Intake throttling.
	 * @param Attachment_Store $files     Attachments sent with the request.
	 */
	public function __construct(
		private Intake_Service $intakes,
		private Replay_Service $replays,
		private Ticket_Access $access,
		private Ticket_Presenter $presenter,
		private Rate_Limiter $limiter,
		private Attachment_Store $files,
	) {
		parent::__construct( 'tickets' );
	}

	/**
	 * Registers the POST endpoint of `/tickets`.
	 */
	public function register_routes(): void {
		$this->register_resource_route(
			'',
			array(
				// Public on purpose: visitors open tickets. Guarded by consent, rate limits and a honeypot.
				$this->endpoint( WP_REST_Server::CREATABLE, 'create_item', '__return_true', Ticket_Args::intake() ),
			)
		);
	}

	/**
	 * Opens a ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$bot = $this->intakes->bot_signal( (string) $request['website'], (string) $request['started'] );
				if ( null !== $bot ) {
					/**
					 * Fires when intake drops a request as a bot's: nothing is stored or sent.
					 *
					 * @param string $reason `honeypot` or `too_fast`.
					 */
					do_action( 'wp24hd_intake_dropped', $bot );
					// Answered like an accepted request, so a bot has nothing to learn and adapt to.
					$response = new WP_REST_Response( array( 'received' => true ), 202 );
					$response->header( 'Cache-Control', 'private, no-store' );
					return $response;
				}
				$user_id = get_current_user_id();
				$raw_key = Tickets_Controller::idempotency_key( $request );
				$key     = null === $raw_key ? null : Idempotency_Key::for_intake( $raw_key, $user_id, (string) $request['email'], self::intake_fields( $request ) );
				// A retry is no new request: it is answered before the limits count it.
				if ( null !== $key && null !== $this->replays->replay( $key ) ) {
					return $this->replayed_intake( $key );
				}
				$this->limiter->hit( 'intake', Rate_Limiter::client_ip(), 10, HOUR_IN_SECONDS );
				$email = $user_id ? (string) wp_get_current_user()->user_email : (string) $request['email'];
				$this->limiter->hit( 'intake_email', Email_Address::normalise( $email ), 5, HOUR_IN_SECONDS );

				$uploads = Uploaded_Files::from( $request );
				$this->files->rules()->validate( $uploads );
				try {
					$result = $this->intakes->intake(
						new Intake(
							$user_id,
							(string) $request['subject'],
							(string) $request['message'],
							Ticket_Type::from( (string) $request['type'] ),
							Ticket_Priority::from( (string) $request['priority'] ),
							(string) $request['service'],
							(string) $request['site_url'],
							true === $request['consent'],
							(string) $request['name'],
							(string) $request['email'],
						),
						fn( int $ticket_id, int $message_id ) => $this->files->store( $ticket_id, $message_id, $user_id, $uploads ),
						$key
					);
				} catch ( Request_Replayed $replayed ) {
					// A parallel retry with the same key committed first.
					return $this->replayed_intake( $key );
				}
				$data = $this->presenter->ticket( $result['ticket'], $this->access->is_staff() );
				if ( null !== $result['guest_key'] ) {
					// Shown once: only its hash is stored.
					$data['guest_key'] = $result['guest_key'];
				}
				$response = Rest_Response::created( $data, $this->namespace . '/' . $this->rest_base . '/' . $result['ticket']->id() );
				$response->header( 'Cache-Control', 'private, no-store' );
				return $response;
			}
		);
	}

	/**
	 * What an intake says, for telling a retry from another request sent with the same key.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>
	 */
	private static function intake_fields( WP_REST_Request $request ): array {
		$fields = array();
		foreach ( array( 'subject', 'message', 'type', 'priority', 'service', 'site_url', 'name', 'email' ) as $name ) {
			$fields[ $name ] = (string) $request[ $name ];
		}
		return $fields;
	}

	/**
	 * The answer the first intake with this key got: its ticket, and a guest's key again.
	 *
	 * @param Idempotency_Key $key Key of a committed intake.
	 * @throws Domain_Exception When the ticket is gone (erased or deleted since).
	 * @throws Request_Replayed When the idempotency key belongs to a request that committed first.
	 */
	private function replayed_intake( Idempotency_Key $key ): WP_REST_Response {
		$stored = $this->replays->replay( $key );
		if ( null === $stored ) {
			throw new Request_Replayed();
		}
		$ticket = $stored['ticket'];
		$data   = $this->presenter->ticket( $ticket, $this->access->is_staff() );
		if ( '' !== Guest_Key::for_ticket( $ticket ) ) {
			$data['guest_key'] = Guest_Key::for_ticket( $ticket );
		}
		$response = Rest_Response::created( $data, $this->namespace . '/' . $this->rest_base . '/' . $ticket->id() );
		$response->header( 'Cache-Control', 'private, no-store' );
		$response->header( Tickets_Controller::REPLAYED_HEADER, 'true' );
		return $response;
	}

	/**
	 * A ticket, as intake answers it (the schema Tickets_Controller answers on the same route).
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Ticket_Schema::get();
	}
}
