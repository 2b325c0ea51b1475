<?php
/**
 * `POST /wp24-helpdesk/v1/tickets/{id}/viewers`: "I am looking at this ticket; who else is?"
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Viewers;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;

defined( 'ABSPATH' ) || exit;

/**
 * The ticket screen calls it every few seconds while open; the answer names the other technicians.
 */
final class Ticket_Viewers_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Viewers $viewers Presence store.
	 * @param Ticket_Access  $access  Visibility (404 for a ticket that does not exist).
	 */
	public function __construct( private Ticket_Viewers $viewers, private Ticket_Access $access ) {
		parent::__construct( 'tickets/(?P<id>[\d]+)/viewers' );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$this->register_resource_route(
			'',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
				),
			),
			Tickets_Controller::id_arg()
		);
	}

	/**
	 * Technicians only.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->require_capability( Capabilities::MANAGE_TICKETS, __( 'Sorry, you are not allowed to work on tickets.', 'wp24-helpdesk' ) );
	}

	/**
	 * Records the caller as a viewer and answers with the others.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$ticket   = $this->access->ticket_for_caller( (int) $request['id'] );
				$response = new WP_REST_Response( array( 'viewers' => $this->viewers->touch( $ticket->id(), get_current_user_id() ) ) );
				$response->header( 'Cache-Control', 'private, no-store' );
				return $response;
			}
		);
	}

	/**
	 * Who else has the ticket open.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-ticket-viewers',
			array(
				'viewers' => Schema_Fields::list_of(
					__( 'Technicians who opened the ticket in the last minutes, the caller excluded.', 'wp24-helpdesk' ),
					array(
						'id'   => Schema_Fields::field( 'integer', __( 'User ID.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
						'name' => Schema_Fields::field( 'string', __( 'Display name.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
					),
					Schema_Fields::STAFF
				),
			)
		);
	}
}
