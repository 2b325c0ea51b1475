<?php
/**
 * `/wp24-helpdesk/v1/tickets/{id}/messages`: the thread, and replies to it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Tickets\Follow_Up_Service;
use WP24\Helpdesk\Tickets\Guest_Key;
use WP24\Helpdesk\Tickets\Idempotency_Key;
use WP24\Helpdesk\Tickets\Message;
use WP24\Helpdesk\Tickets\Replay_Service;
use WP24\Helpdesk\Tickets\Reply_Service;
use WP24\Helpdesk\Tickets\Request_Replayed;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Caller;
use WP24\Helpdesk\Tickets\Ticket_Policy;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Security\Rate_Limiter;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;
use WP24\Helpdesk\Rest\Uploaded_Files;
use WP24\Helpdesk\Tickets\Ticket_Status;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or escaped on output (Site Health), or in the site's log; never as raw HTML.

/**
 * Internal notes reach staff only; customers and guests reply to their own tickets.
 */
final class Ticket_Messages_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Reply_Service     $replies    Replies and notes.
	 * @param Follow_Up_Service $follow_ups Replies to tickets closed too long ago.
	 * @param Replay_Service    $replays    Retries.
	 * @param Ticket_Repository $repository Thread queries.
	 * @param Ticket_Access     $access     The caller's ticket.
	 * @param Ticket_Policy     $policy     Who may choose the status.
	 * @param Ticket_Presenter  $presenter  Shapes.
	 * @param Rate_Limiter      $limiter    Reply throttling.
	 * @param Attachment_Store  $files      Attachments.
	 */
	public function __construct(
		private Reply_Service $replies,
		private Follow_Up_Service $follow_ups,
		private Replay_Service $replays,
		private Ticket_Repository $repository,
		private Ticket_Access $access,
		private Ticket_Policy $policy,
		private Ticket_Presenter $presenter,
		private Rate_Limiter $limiter,
		private Attachment_Store $files,
	) {
		parent::__construct( 'tickets/(?P<id>[\d]+)/messages' );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->register_resource_route(
			'',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					// Visibility is decided per ticket (staff, owner or guest key); others get 404.
					'permission_callback' => '__return_true',
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					// Per ticket, as above; internal notes are refused for non-staff by the service.
					'permission_callback' => '__return_true',
					// Answers the ticket as it stands after the message (or the follow-up it opened).
					'response_schema'     => array( Ticket_Schema::class, 'get' ),
					'args'                => array(
						'body'            => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 20000,
							'required'  => true,
						),
						'internal'        => array(
							'type'    => 'boolean',
							'default' => false,
						),
						'status'          => array(
							'description' => __( 'Technicians only: the status of the ticket after the reply (a reply cannot set "quote_sent", which sending a quote does; keeping the current status is always allowed). Without it a new or open ticket waits for the customer.', 'wp24-helpdesk' ),
							'type'        => 'string',
							'enum'        => Ticket_Status::values( Ticket_Status::WAITING, Ticket_Status::OPEN, Ticket_Status::QUOTE_SENT, Ticket_Status::CLOSED ),
						),
						'idempotency_key' => Ticket_Args::idempotency(),
					),
				),
			),
			Tickets_Controller::id_arg()
		);
	}

	/**
	 * The thread.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_items( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$ticket   = $this->access->ticket_for_caller( (int) $request['id'], Tickets_Controller::guest_key( $request ) );
				$thread   = $this->repository->messages()->thread( $ticket->id(), $this->access->is_staff() );
				$files    = $this->files->for_messages( array_map( static fn( Message $message ): int => $message->id, $thread ) );
				$response = new WP_REST_Response(
					array_map(
						fn( Message $message ): array => $this->presenter->message( $message, $files[ $message->id ] ?? array(), (string) $ticket->guest_name ),
						$thread
					)
				);
				$response->header( 'Cache-Control', 'private, no-store' );
				return $response;
			}
		);
	}

	/**
	 * Adds a reply or an internal note.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$ticket  = $this->access->ticket_for_caller( (int) $request['id'], Tickets_Controller::guest_key( $request ) );
				$staff   = $this->access->is_staff();
				$user_id = get_current_user_id();
				// Checked before anything else: a customer's reply that starts a follow-up never reaches the service's check.
				$this->policy->check_reply_status( Ticket_Caller::current(), null !== $request['status'] );
				$raw_key = Tickets_Controller::idempotency_key( $request );
				$key     = null === $raw_key ? null : Idempotency_Key::for_reply(
					$raw_key,
					$ticket->id(),
					$user_id,
					array(
						'body'     => (string) $request['body'],
						'internal' => (bool) $request['internal'],
					)
				);
				// A retry is no new request: it is answered before the limit counts it.
				if ( null !== $key && null !== $this->replays->replay( $key ) ) {
					return $this->replayed( $ticket, $key, $staff );
				}
				if ( ! $staff ) {
					$this->limiter->hit( 'reply', Rate_Limiter::client_ip(), 30, HOUR_IN_SECONDS );
				}
				$uploads   = Uploaded_Files::from( $request );
				$follow_up = $this->follow_ups->needs_follow_up( $ticket, $staff );
				// A follow-up opens a new ticket, which starts with no files.
				$this->files->rules()->validate( $uploads, $follow_up ? 0 : $ticket->id() );
				try {
					return $this->add( $request, $ticket, $staff, $user_id, $follow_up, $uploads, $key );
				} catch ( Request_Replayed $replayed ) {
					// A parallel retry with the same key committed first.
					return $this->replayed( $ticket, $key, $staff );
				}
			}
		);
	}

	/**
	 * Stores the reply, or the follow-up ticket it starts.
	 *
	 * @param WP_REST_Request      $request   Request.
	 * @param Ticket               $ticket    Ticket replied to.
	 * @param bool                 $staff     Whether the caller is staff.
	 * @param int                  $user_id   Caller (0 for a guest).
	 * @param bool                 $follow_up Whether the reply starts a follow-up ticket.
	 * @param array<int, mixed>    $uploads   Files sent with it.
	 * @param Idempotency_Key|null $key       The client's key.
	 * @throws Request_Replayed When a request with the same key committed first.
	 */
	private function add( WP_REST_Request $request, Ticket $ticket, bool $staff, int $user_id, bool $follow_up, array $uploads, ?Idempotency_Key $key ): WP_REST_Response {
		if ( $follow_up ) {
			$result = $this->follow_ups->follow_up(
				$ticket,
				$user_id,
				(string) $request['body'],
				$key,
				fn( int $ticket_id, int $message_id ) => $this->files->store( $ticket_id, $message_id, $user_id, $uploads )
			);
			$data   = $this->presenter->ticket( $result['ticket'], false );
			if ( null !== $result['guest_key'] ) {
				$data['guest_key'] = $result['guest_key'];
			}
			return Rest_Response::created( $data, $this->namespace . '/tickets/' . $result['ticket']->id() );
		}
		$updated = $this->replies->reply(
			$ticket,
			$user_id,
			$staff,
			(string) $request['body'],
			(bool) $request['internal'],
			fn( int $message_id ) => $this->files->store( $ticket->id(), $message_id, $user_id, $uploads ),
			$key,
			null === $request['status'] ? null : Ticket_Status::from( (string) $request['status'] )
		);
		return Rest_Response::created( $this->presenter->ticket( $updated, $staff ), $this->namespace . '/tickets/' . $updated->id() . '/messages' );
	}

	/**
	 * The answer the first reply with this key got: the ticket as it is now, or the follow-up it started.
	 *
	 * @param Ticket          $ticket Ticket replied to.
	 * @param Idempotency_Key $key    Key of a committed reply.
	 * @param bool            $staff  Whether the caller is staff.
	 * @throws Request_Replayed When what it stored is gone (erased or deleted since).
	 */
	private function replayed( Ticket $ticket, Idempotency_Key $key, bool $staff ): WP_REST_Response {
		$stored = $this->replays->replay( $key );
		if ( null === $stored ) {
			throw new Request_Replayed();
		}
		$stored_ticket = $stored['ticket'];
		if ( $stored_ticket->id() === $ticket->id() ) {
			$response = Rest_Response::created( $this->presenter->ticket( $stored_ticket, $staff ), $this->namespace . '/tickets/' . $ticket->id() . '/messages' );
		} else {
			$data = $this->presenter->ticket( $stored_ticket, false );
			if ( '' !== Guest_Key::for_ticket( $stored_ticket ) ) {
				$data['guest_key'] = Guest_Key::for_ticket( $stored_ticket );
			}
			$response = Rest_Response::created( $data, $this->namespace . '/tickets/' . $stored_ticket->id() );
		}
		$response->header( Tickets_Controller::REPLAYED_HEADER, 'true' );
		return $response;
	}

	/**
	 * A message of the thread.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Message_Schema::get();
	}
}
