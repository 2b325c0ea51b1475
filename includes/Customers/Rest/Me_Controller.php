<?php
/**
 * `GET /wp24-helpdesk/v1/me`: the current person's plan and the channels they may use.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Customers\Rest;

use WP24\Helpdesk\Entitlements\Rest\Entitlement_Schema;
use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Customers\Channel_Policy;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP_REST_Request;
use WP_REST_Response;
use WP24\Helpdesk\Entitlements\Rest\Entitlements_Presenter;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Readable by everyone: visitors get the public channels and no plan.
 */
final class Me_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader     $entitlements Plan holdings.
	 * @param Plan_Post_Type         $plans        Plans.
	 * @param Channel_Policy         $channels     Channel rules.
	 * @param Entitlements_Presenter $presenter    Entitlement shape.
	 */
	public function __construct(
		private Entitlement_Reader $entitlements,
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
		// Public on purpose: answers only about the caller; visitors get public channels.
		$this->register_read_route( '', 'get_item', '__return_true' );
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
				// Per-user data: never to be stored by a shared cache.
				return $this->private_response(
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
			}
		);
	}

	/**
	 * The caller's plan and channels.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-me',
			array(
				'user_id'     => Schema_Fields::field( 'integer', __( "The caller's user ID, 0 for a visitor.", 'wp24-helpdesk' ) ),
				'logged_in'   => Schema_Fields::field( 'boolean', __( 'Whether the caller is signed in.', 'wp24-helpdesk' ) ),
				'plan'        => Schema_Fields::nested(
					__( 'The plan the caller holds now, if any.', 'wp24-helpdesk' ),
					array(
						'id'                   => Schema_Fields::field( 'integer', __( 'Plan ID.', 'wp24-helpdesk' ) ),
						'name'                 => Schema_Fields::field( 'string', __( 'Plan name.', 'wp24-helpdesk' ) ),
						'phone_support'        => Schema_Fields::field( 'boolean', __( 'Whether the plan includes phone support.', 'wp24-helpdesk' ) ),
						'first_response_hours' => Schema_Fields::field( 'integer', __( 'First-response target for normal tickets, in business hours.', 'wp24-helpdesk' ) ),
						'covered_services'     => Schema_Fields::list_of(
							__( 'Services the plan covers.', 'wp24-helpdesk' ),
							array(
								'label'       => Schema_Fields::field( 'string', __( 'Service name.', 'wp24-helpdesk' ) ),
								'description' => Schema_Fields::field( 'string', __( 'What the service includes.', 'wp24-helpdesk' ) ),
							)
						),
					),
					Schema_Fields::EVERYONE,
					true
				),
				'entitlement' => Schema_Fields::nested( __( "The caller's current plan holding, if any.", 'wp24-helpdesk' ), Schema_Fields::customer_properties_of( Entitlement_Schema::get() ), Schema_Fields::EVERYONE, true ),
				'channels'    => Schema_Fields::nested(
					__( 'How the caller may reach the agency; the phone only for Premium holders (R1).', 'wp24-helpdesk' ),
					array(
						'email'    => Schema_Fields::field( 'string', __( 'Support email address.', 'wp24-helpdesk' ) ),
						'whatsapp' => Schema_Fields::field( 'string', __( 'WhatsApp number.', 'wp24-helpdesk' ) ),
						'phone'    => Schema_Fields::field( 'string', __( 'Phone number.', 'wp24-helpdesk' ) ),
					),
					Schema_Fields::EVERYONE,
					false,
					array( 'phone' )
				),
			)
		);
	}
}
