<?php
/**
 * `GET /wp24-helpdesk/v1/dashboard`: the queue's headline numbers, for technicians.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Queue_Stats;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP24\Helpdesk\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Thin: the figures are Queue_Stats'.
 */
final class Dashboard_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Queue_Stats       $stats    Figures.
	 * @param Settings_Calendar $calendar Business timezone.
	 */
	public function __construct( private Queue_Stats $stats, private Settings_Calendar $calendar ) {
		parent::__construct( 'dashboard' );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$this->register_read_route( '', 'get_item', array( $this, 'permissions_check' ) );
	}

	/**
	 * Technicians only.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		return $this->require_capability( Capabilities::MANAGE_TICKETS, __( 'Sorry, you are not allowed to see the helpdesk figures.', 'wp24-helpdesk' ) );
	}

	/**
	 * The figures, never cached by shared caches.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return $this->private_response( $this->stats->summary( $this->calendar->end_of_today() ) );
	}

	/**
	 * The queue's figures.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-dashboard',
			array(
				'open'                  => Schema_Fields::field( 'integer', __( 'Tickets not closed.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'urgent'                => Schema_Fields::field( 'integer', __( 'Urgent tickets not closed.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'breaching_today'       => Schema_Fields::field( 'integer', __( 'Tickets whose first answer falls due by the end of today.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'breached'              => Schema_Fields::field( 'integer', __( 'Tickets whose first answer is overdue.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'waiting_customer'      => Schema_Fields::field( 'integer', __( 'Tickets waiting for the customer.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'auto_closed'           => Schema_Fields::field( 'integer', __( 'Tickets closed by themselves in the last seven days.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'first_response_median' => Schema_Fields::field( array( 'integer', 'null' ), __( 'Median minutes to the first answer, null without answered tickets.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
			)
		);
	}
}
