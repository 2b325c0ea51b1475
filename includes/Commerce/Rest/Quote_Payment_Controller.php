<?php
/**
 * `/wp24-helpdesk/v1/tickets/{id}/quote/payment`: the payment link of an accepted quote (WooCommerce only).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Commerce\Quote_Payments;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP_REST_Request;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;
use WP24\Helpdesk\Tickets\Rest\Tickets_Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Registered only when WooCommerce is active; without it the route does not exist (404).
 */
final class Quote_Payment_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Quote_Payments $payments Rules.
	 * @param Ticket_Access  $access   Visibility.
	 */
	public function __construct( private Quote_Payments $payments, private Ticket_Access $access ) {
		parent::__construct( 'tickets/(?P<id>[\d]+)/quote/payment' );
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
					// The ticket's customer, a guest with the key, or staff; checked per ticket (404 otherwise).
					'permission_callback' => '__return_true',
				),
			),
			Tickets_Controller::id_arg()
		);
	}

	/**
	 * Creates (or reuses) the pending order and returns its payment link.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): array {
				$ticket = $this->access->ticket_for_caller( (int) $request['id'], Tickets_Controller::guest_key( $request ) );
				return $this->payments->payment_for( $ticket );
			}
		);
	}

	/**
	 * The order that pays an accepted quote.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-quote-payment',
			array(
				'order_id'    => Schema_Fields::field( 'integer', __( 'Shop order for the quote.', 'wp24-helpdesk' ) ),
				'payment_url' => Schema_Fields::field( 'string', __( 'Where the customer pays it.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'format' => 'uri' ) ),
			)
		);
	}
}
