<?php
/**
 * `/wp24-helpdesk/v1/tickets`: the queue, one ticket, and staff or customer changes.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Customer_Reads;
use WP24\Helpdesk\Tickets\Idempotency_Key;
use WP24\Helpdesk\Tickets\Lifecycle_Service;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Caller;
use WP24\Helpdesk\Tickets\Ticket_Policy;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Triage_Service;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Status;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Thin: rules in the services (lifecycle, triage), who may do what in Ticket_Policy, finding the
 * caller's ticket in Ticket_Access, shapes in Ticket_Presenter, arguments in Ticket_Args. Intake
 * (POST /tickets) is Ticket_Intake_Controller's. The guest-key and idempotency helpers stay here:
 * every ticket route reads them (messages, quote, attachments, payment).
 */
final class Tickets_Controller extends Controller {

	/** Header that carries a guest's ticket key (kept out of URLs and logs where possible). */
	public const KEY_HEADER = 'X-WP24-Ticket-Key';

	/** Header with a client's idempotency key; the ticket form sends the `idempotency_key` field instead. */
	public const IDEMPOTENCY_HEADER = 'Idempotency-Key';

	/** Header on an answer that repeats what the request first sent with its key stored. */
	public const REPLAYED_HEADER = 'Idempotent-Replayed';

	/**
	 * Constructor.
	 *
	 * @param Lifecycle_Service $lifecycle  Status changes and closing.
	 * @param Triage_Service    $triage     Priority, assignee, coverage.
	 * @param Ticket_Repository $repository Queue queries.
	 * @param Ticket_Access     $access     The caller's ticket.
	 * @param Ticket_Policy     $policy     Who may change what.
	 * @param Ticket_Presenter  $presenter  Shapes.
	 * @param Settings_Calendar $calendar   Business timezone of the queue's "today".
	 */
	public function __construct(
		private Lifecycle_Service $lifecycle,
		private Triage_Service $triage,
		private Ticket_Repository $repository,
		private Ticket_Access $access,
		private Ticket_Policy $policy,
		private Ticket_Presenter $presenter,
		private Settings_Calendar $calendar,
	) {
		parent::__construct( 'tickets' );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->register_resource_route(
			'',
			array(
				// POST (intake) is Ticket_Intake_Controller's, added to this route after it.
				$this->endpoint( WP_REST_Server::READABLE, 'get_items', array( $this, 'logged_in_check' ), $this->get_collection_params() ),
			)
		);
		$this->register_resource_route(
			'/(?P<id>[\d]+)',
			array(
				// Visibility is decided per ticket (staff, owner or guest key); others get 404.
				$this->endpoint( WP_REST_Server::READABLE, 'get_item', '__return_true' ),
				// Per ticket: staff change anything allowed, owners may only close.
				$this->endpoint( WP_REST_Server::EDITABLE, 'update_item', '__return_true', Ticket_Args::update() ),
			),
			self::id_arg()
		);
	}

	/**
	 * The route's `id` argument.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function id_arg(): array {
		return array(
			'id' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
	}

	/**
	 * The guest key sent with a request (header first, then `key`).
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function guest_key( WP_REST_Request $request ): string {
		$key = (string) ( $request->get_header( self::KEY_HEADER ) ?? $request->get_param( 'key' ) ?? '' );
		return preg_match( '/^[a-f0-9]{64}$/', $key ) ? $key : ( '' === $key ? '' : 'invalid' );
	}

	/**
	 * The queue (staff) or the customer's own tickets.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$staff    = $this->access->is_staff();
				$filters  = array(
					'status'           => $request['status'],
					'priority'         => $request['priority'],
					'type'             => $request['type'],
					'coverage'         => $request['coverage'],
					'assignee_id'      => $staff ? $request['assignee_id'] : null,
					'plan_id'          => $request['plan_id'],
					'customer_id'      => $staff ? $request['customer_id'] : get_current_user_id(),
					'search'           => $request['search'],
					// A customer's search never reads internal notes, so no result betrays one.
					'include_internal' => $staff,
					'sla_breached'     => $staff && $request['sla_breached'],
					// "Breaching today": unanswered and due before midnight in the business timezone.
					'due_before'       => $staff && $request['sla_due_today'] ? Ticket_Repository::date( $this->calendar->end_of_today() ) : null,
				);
				$per_page = (int) $request['per_page'];
				$result   = $this->repository->queue()->search( $filters, (string) $request['orderby'], (string) $request['order'], (int) $request['page'], $per_page );
				// One query each for the page's customer names and quotes, not one per row.
				cache_users( array_filter( array_map( static fn( Ticket $t ): int => $t->customer_id(), $result['items'] ) ) );
				$this->repository->quotes()->prime_latest( array_map( static fn( Ticket $t ): int => $t->id(), $result['items'] ) );
				return $this->page(
					array_map( fn( Ticket $t ): array => $this->presenter->ticket( $t, $staff ), $result['items'] ),
					$result['total'],
					$per_page
				);
			}
		);
	}

	/**
	 * The client's idempotency key (header, or the form's field), or null when it sent none.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Domain_Exception When the key is not of the accepted form.
	 */
	public static function idempotency_key( WP_REST_Request $request ): ?string {
		$key = $request->get_header( self::IDEMPOTENCY_HEADER ) ?? $request['idempotency_key'];
		if ( null === $key || '' === $key ) {
			return null;
		}
		if ( ! is_string( $key ) || ! Idempotency_Key::is_valid( $key ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_idempotency_key', __( 'Idempotency-Key: send between 16 and 255 letters, digits, dots, colons, dashes or underscores.', 'wp24-helpdesk' ) );
		}
		return $key;
	}

	/**
	 * One ticket, for staff, its customer or its guest key.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$ticket = $this->access->ticket_for_caller( (int) $request['id'], self::guest_key( $request ) );
				if ( ! $this->access->is_staff() && $ticket->customer_id() === get_current_user_id() ) {
					// The customer opened it: My tickets drops its unread mark.
					Customer_Reads::mark( get_current_user_id(), $ticket->id(), $this->repository->clock()->now()->getTimestamp() );
				}
				$response = new WP_REST_Response( $this->presenter->ticket( $ticket, $this->access->is_staff() ) );
				$response->header( 'Cache-Control', 'private, no-store' );
				return $response;
			}
		);
	}

	/**
	 * Staff change status, priority, assignee or coverage; a customer may only close.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): array {
				$ticket = $this->access->ticket_for_caller( (int) $request['id'], self::guest_key( $request ) );
				$actor  = get_current_user_id();
				$params = array_intersect_key( $request->get_params(), array_flip( array( 'status', 'close_reason', 'priority', 'assignee_id', 'coverage', 'coverage_reason' ) ) );
				$caller = Ticket_Caller::current( self::guest_key( $request ) );
				$this->policy->check_change( $caller, $ticket, $params );
				if ( ! $this->policy->works_tickets( $caller ) ) {
					return $this->presenter->ticket( $this->lifecycle->close_by_customer( $ticket, $actor ), false );
				}
				if ( isset( $params['coverage'] ) ) {
					$ticket = $this->triage->mark_not_covered( $ticket, (string) ( $params['coverage_reason'] ?? '' ), $actor );
				}
				$ticket = $this->triage->update_fields( $ticket, array( 'priority' => isset( $params['priority'] ) ? Ticket_Priority::from( (string) $params['priority'] ) : null ) + $params, $actor );
				if ( isset( $params['status'] ) ) {
					$ticket = $this->lifecycle->change_status( $ticket, Ticket_Status::from( (string) $params['status'] ), $actor, $params['close_reason'] ?? null );
				}
				return $this->presenter->ticket( $ticket, true );
			}
		);
	}

	/**
	 * Filters, sort and pagination of the queue.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		return $this->paging_params() + Ticket_Args::collection();
	}

	/**
	 * A ticket, as its routes answer it.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Ticket_Schema::get();
	}
}
