<?php
/**
 * `GET /wp24-helpdesk/v1/plans`: the published plans, for the plan table and the ticket form.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans\Rest;

use WP24\Helpdesk\Plans\Plan;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Read-only and public: a plan's terms are what the agency publishes on its plans page.
 */
final class Plans_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Plan_Post_Type $plans Plan source.
	 */
	public function __construct( private Plan_Post_Type $plans ) {
		parent::__construct( 'plans' );
	}

	/**
	 * Registers the collection and single-item routes.
	 */
	public function register_routes(): void {
		$context = array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) );
		// Public on purpose: published plan terms are public information.
		$this->register_read_route( '', 'get_items', '__return_true', $context );
		$this->register_resource_route(
			'/(?P<id>[\d]+)',
			// Public on purpose: only published plans are returned.
			array( $this->endpoint( WP_REST_Server::READABLE, 'get_item', '__return_true', $context ) ),
			array(
				'id' => array(
					'description' => __( 'Unique identifier of the plan.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
			)
		);
	}

	/**
	 * Lists the published plans.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$plans = $this->plans->published();
		$data  = array();
		foreach ( $plans as $plan ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $plan, $request ) );
		}
		$response = rest_ensure_response( $data );
		$response->header( 'X-WP-Total', (string) count( $plans ) );
		$response->header( 'X-WP-TotalPages', '1' );
		return $response;
	}

	/**
	 * Reads one published plan.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$plan = $this->plans->find_published( (int) $request['id'] );
		if ( null === $plan ) {
			return new WP_Error( 'wp24hd_plan_not_found', __( 'No published plan has this ID.', 'wp24-helpdesk' ), array( 'status' => 404 ) );
		}
		return $this->prepare_item_for_response( $plan, $request );
	}

	/**
	 * Turns a plan into its public REST shape.
	 *
	 * @param Plan            $item    Plan.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data    = array(
			'id'                   => $item->id,
			'name'                 => $item->name,
			'summary'              => $item->summary,
			'price'                => $item->price,
			'currency'             => $item->currency,
			'duration_days'        => $item->duration_days,
			'refund_window_hours'  => $item->refund_window_hours,
			'renewal_notice_days'  => $item->renewal_notice_days,
			'phone_support'        => $item->phone_support,
			'first_response_hours' => $item->first_response_hours,
			'covered_services'     => $item->covered_services,
			'highlight'            => $item->highlight,
			'product_ids'          => $item->product_ids,
			'sort_order'           => $item->sort_order,
		);
		$context = ! empty( $request['context'] ) ? $request['context'] : 'view';
		$data    = $this->filter_response_by_context( $data, $context );
		$data    = $this->add_additional_fields_to_object( $data, $request );
		return rest_ensure_response( $data );
	}

	/**
	 * The plan schema; cached because WordPress asks for it on every request that names the route.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		$view = array( 'view', 'embed' );
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'wp24hd-plan',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'id'                   => array(
					'description' => __( 'Unique identifier of the plan.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'context'     => $view,
					'readonly'    => true,
				),
				'name'                 => array(
					'description' => __( 'Plan name.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'context'     => $view,
					'readonly'    => true,
				),
				'summary'              => array(
					'description' => __( 'Short description, plain text.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'price'                => array(
					'description' => __( 'Price shown, per year.', 'wp24-helpdesk' ),
					'type'        => 'number',
					'context'     => $view,
					'readonly'    => true,
				),
				'currency'             => array(
					'description' => __( 'ISO 4217 currency code.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'context'     => $view,
					'readonly'    => true,
				),
				'duration_days'        => array(
					'description' => __( 'How long a purchase lasts, in days.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'refund_window_hours'  => array(
					'description' => __( 'Hours after purchase during which a refund may be requested.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'renewal_notice_days'  => array(
					'description' => __( 'Days before expiry when the renewal contact starts.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'phone_support'        => array(
					'description' => __( 'Whether holders may use the phone line (the number itself is never part of a plan).', 'wp24-helpdesk' ),
					'type'        => 'boolean',
					'context'     => $view,
					'readonly'    => true,
				),
				'first_response_hours' => array(
					'description' => __( 'First-response target for normal tickets, in business hours.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'covered_services'     => array(
					'description' => __( 'Services the plan covers.', 'wp24-helpdesk' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'label'       => array( 'type' => 'string' ),
							'description' => array( 'type' => 'string' ),
						),
					),
				),
				'highlight'            => array(
					'description' => __( 'Whether the plan table highlights this plan.', 'wp24-helpdesk' ),
					'type'        => 'boolean',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'product_ids'          => array(
					'description' => __( 'WooCommerce products that sell this plan.', 'wp24-helpdesk' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array( 'type' => 'integer' ),
				),
				'sort_order'           => array(
					'description' => __( 'Position in the plan table.', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
	}
}
