<?php
/**
 * `GET /wp24-helpdesk/v1/customers?search=`: find a customer by name, login or email, for technicians;
 * without a search, the customers whose tickets moved last.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Customers\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_User;
use WP_User_Query;
use WP24\Helpdesk\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Technicians need to find a customer to grant or extend a plan; core's user search needs `list_users`,
 * which they do not hold. This route returns only what the workspace shows: id, name, email.
 */
final class Customers_Controller extends Controller {

	/** Most customers one search returns. */
	public const LIMIT = 20;

	/**
	 * Sets the route base.
	 *
	 * @param Ticket_Repository $tickets Who wrote last, for the recent customers.
	 */
	public function __construct( private Ticket_Repository $tickets ) {
		parent::__construct( 'customers' );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$this->register_read_route(
			'',
			'get_items',
			array( $this, 'get_items_permissions_check' ),
			array(
				'search' => array(
					'description' => __( 'Part of the name, login or email; without it, the customers whose tickets moved last.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'minLength'   => 2,
					'maxLength'   => 100,
				),
			)
		);
	}

	/**
	 * Technicians only.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->require_capability( Capabilities::MANAGE_TICKETS, __( 'Sorry, you are not allowed to look up customers.', 'wp24-helpdesk' ) );
	}

	/**
	 * Customers whose name, login or email contains the search; without one, the recent ones.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		if ( null === $request['search'] ) {
			$recent = $this->tickets->queue()->recent_customer_ids( self::LIMIT );
			$args   = array(
				'include' => array() === $recent ? array( 0 ) : $recent,
				'orderby' => 'include',
			);
		} else {
			$args = array(
				'search'         => '*' . trim( (string) $request['search'] ) . '*',
				'search_columns' => array( 'user_login', 'user_email', 'display_name' ),
				'orderby'        => 'display_name',
			);
		}
		$query = new WP_User_Query(
			$args + array(
				'number'      => self::LIMIT,
				'count_total' => false,
			)
		);
		return $this->private_response(
			array_map(
				static fn( WP_User $user ): array => array(
					'id'    => (int) $user->ID,
					'name'  => (string) $user->display_name,
					'email' => (string) $user->user_email,
				),
				$query->get_results()
			)
		);
	}

	/**
	 * A customer account, as the technicians' search lists it.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-customer',
			array(
				'id'    => Schema_Fields::field( 'integer', __( 'User ID of the customer.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'name'  => Schema_Fields::field( 'string', __( 'Display name.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'email' => Schema_Fields::field( 'string', __( 'Email address.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
			)
		);
	}
}
