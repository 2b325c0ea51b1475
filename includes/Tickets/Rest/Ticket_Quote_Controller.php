<?php
/**
 * `/wp24-helpdesk/v1/tickets/{id}/quote`: staff send a quote; the customer accepts or declines it (R8).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Security\Rate_Limiter;
use WP24\Helpdesk\Tickets\Quote_Service;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Caller;
use WP24\Helpdesk\Tickets\Ticket_Policy;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Thin: rules are Quote_Service's.
 */
final class Ticket_Quote_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Quote_Service    $quotes    Rules.
	 * @param Ticket_Access    $access    The caller's ticket.
	 * @param Ticket_Policy    $policy    Who quotes, who decides.
	 * @param Ticket_Presenter $presenter Shapes.
	 */
	public function __construct( private Quote_Service $quotes, private Ticket_Access $access, private Ticket_Policy $policy, private Ticket_Presenter $presenter ) {
		parent::__construct( 'tickets/(?P<id>[\d]+)/quote' );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->register_resource_route(
			'',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'staff_check' ),
					'args'                => array(
						'amount'      => array(
							'type'             => 'number',
							'exclusiveMinimum' => true,
							'minimum'          => 0,
							'maximum'          => 1000000,
							'required'         => true,
						),
						'currency'    => array(
							'type'    => 'string',
							'pattern' => '^[A-Z]{3}$',
							'default' => 'EUR',
						),
						'conditions'  => array(
							'type'      => 'string',
							'maxLength' => 5000,
							'default'   => '',
						),
						'valid_until' => array(
							'type'     => 'string',
							'format'   => 'date-time',
							'required' => true,
						),
						'send'        => array(
							'type'    => 'boolean',
							'default' => true,
						),
					),
				),
			),
			Tickets_Controller::id_arg()
		);
		foreach ( array(
			'accept'  => true,
			'decline' => false,
		) as $action => $accept ) {
			$this->register_resource_route(
				'/' . $action,
				array(
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => fn( WP_REST_Request $request ) => $this->decide( $request, $accept ),
						// The ticket's customer or guest decides; visibility is checked per ticket.
						'permission_callback' => '__return_true',
					),
				),
				Tickets_Controller::id_arg()
			);
		}
	}

	/**
	 * Only technicians send quotes.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function staff_check( $request ) {
		return $this->policy->may_quote( Ticket_Caller::current() )
			? true
			: new WP_Error( 'rest_forbidden', __( 'Only technicians can send quotes.', 'wp24-helpdesk' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Sends or drafts a quote.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): array {
				$ticket = $this->access->ticket_for_caller( (int) $request['id'] );
				$until  = new DateTimeImmutable( (string) $request['valid_until'], new DateTimeZone( 'UTC' ) );
				$quote  = $this->quotes->create( $ticket, (int) round( (float) $request['amount'] * 100 ), (string) $request['currency'], (string) $request['conditions'], $until, (bool) $request['send'], get_current_user_id() );
				return (array) $this->presenter->quote( $quote, true );
			}
		);
	}

	/**
	 * The customer accepts or declines.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param bool            $accept  Accept (else decline).
	 * @return \WP_REST_Response|WP_Error
	 */
	public function decide( WP_REST_Request $request, bool $accept ) {
		return Rest_Response::run(
			function () use ( $request, $accept ): array {
				$ticket = $this->access->ticket_for_caller( (int) $request['id'], Tickets_Controller::guest_key( $request ) );
				$this->policy->check_decide_quote( Ticket_Caller::current( Tickets_Controller::guest_key( $request ) ), $ticket );
				return (array) $this->presenter->quote( $this->quotes->decide( $ticket, $accept, get_current_user_id(), Rate_Limiter::client_ip() ), false );
			}
		);
	}

	/**
	 * The quote, as its routes answer it.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Quote_Schema::get();
	}
}
