<?php
/**
 * `GET /wp24-helpdesk/v1/me`: the current person's plan and the channels they may use.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP24\Helpdesk\Customers\Channel_Policy;
use WP24\Helpdesk\Entitlements\Entitlement_Service;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Readable by everyone: visitors get the public channels and no plan.
 */
final class Me_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Service    $entitlements Plan holdings.
	 * @param Plan_Post_Type         $plans        Plans.
	 * @param Channel_Policy         $channels     Channel rules.
	 * @param Entitlements_Presenter $presenter    Entitlement shape.
	 */
	public function __construct(
		private Entitlement_Service $entitlements,
		private Plan_Post_Type $plans,
		private Channel_Policy $channels,
		private Entitlements_Presenter $presenter,
	) {
		parent::__construct( 'me' );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					// Public on purpose: answers only about the caller; visitors get public channels.
					'permission_callback' => '__return_true',
				),
			)
		);
	}

	/**
	 * The caller's plan and channels.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return Rest_Response::run(
			function (): WP_REST_Response {
				$user_id     = get_current_user_id();
				$entitlement = $this->entitlements->active_for_user( $user_id );
				$plan        = $entitlement ? $this->plans->find( $entitlement->plan_id ) : null;
				$response    = new WP_REST_Response(
					array(
						'user_id'     => $user_id,
						'logged_in'   => $user_id > 0,
						'plan'        => $plan ? array(
							'id'                   => $plan->id,
							'name'                 => $plan->name,
							'phone_support'        => $plan->phone_support,
							'first_response_hours' => $plan->first_response_hours,
							'covered_services'     => $plan->covered_services,
						) : null,
						'entitlement' => $entitlement ? $this->presenter->present( $entitlement, false ) : null,
						'channels'    => $this->channels->channels_for( $user_id ),
					)
				);
				// Per-user data: never to be stored by a shared cache.
				$response->header( 'Cache-Control', 'private, no-store' );
				return $response;
			}
		);
	}
}
