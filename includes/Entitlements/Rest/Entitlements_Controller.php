<?php
/**
 * `/wp24-helpdesk/v1/entitlements`: plan holdings. Staff list, grant, extend, revoke; customers read their own.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Rest;

use DateInterval;
use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Entitlement_Repository;
use WP24\Helpdesk\Entitlements\Entitlement_Service;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Roles\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Response;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Thin: rules are in Entitlement_Service, the shape in Entitlements_Presenter.
 */
final class Entitlements_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Service    $service    Rules.
	 * @param Entitlement_Repository $repository Queries.
	 * @param Entitlements_Presenter $presenter  Shape.
	 * @param Clock                  $clock Where "now" comes from (the system clock outside tests).
	 */
	public function __construct(
		private Entitlement_Service $service,
		private Entitlement_Repository $repository,
		private Entitlements_Presenter $presenter,
		private Clock $clock = new System_Clock(),
	) {
		parent::__construct( 'entitlements' );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$reason = array(
			'description' => __( 'Why: kept in the log.', 'wp24-helpdesk' ),
			'type'        => 'string',
			'minLength'   => 1,
			'maxLength'   => 500,
			'required'    => true,
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'logged_in_check' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'manage_check' ),
					'args'                => array(
						'user_id'       => array(
							'type'     => 'integer',
							'minimum'  => 1,
							'required' => true,
						),
						'plan_id'       => array(
							'type'     => 'integer',
							'minimum'  => 1,
							'required' => true,
						),
						'duration_days' => array(
							'description' => __( 'Length in days; the plan duration when left out.', 'wp24-helpdesk' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => 3650,
						),
						'reason'        => $reason,
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		$id = array(
			'id' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'logged_in_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/extend',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'extend_item' ),
					'permission_callback' => array( $this, 'manage_check' ),
					'args'                => array(
						'days'   => array(
							'type'     => 'integer',
							'minimum'  => 1,
							'maximum'  => 3650,
							'required' => true,
						),
						'reason' => $reason,
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/revoke',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'revoke_item' ),
					'permission_callback' => array( $this, 'manage_check' ),
					'args'                => array( 'reason' => $reason ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/contacts',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'record_contact' ),
					'permission_callback' => array( $this, 'manage_check' ),
					'args'                => array(
						'channel' => array(
							'description' => __( 'How the customer was contacted about the renewal.', 'wp24-helpdesk' ),
							'type'        => 'string',
							'enum'        => Entitlement_Service::CONTACT_CHANNELS,
							'required'    => true,
						),
						'outcome' => array(
							'description' => __( 'What came of the contact.', 'wp24-helpdesk' ),
							'type'        => 'string',
							'enum'        => Entitlement_Service::CONTACT_OUTCOMES,
							'required'    => true,
						),
						'note'    => array(
							'type'      => 'string',
							'maxLength' => 1000,
							'default'   => '',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Granting, extending and revoking need the plans capability.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function manage_check( $request ) {
		return $this->require_capability( Capabilities::MANAGE_PLANS, __( 'Sorry, you are not allowed to change plan holdings.', 'wp24-helpdesk' ) );
	}

	/**
	 * Staff: filtered, paginated list. Customers: their own, filters on other users ignored.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$staff   = current_user_can( Capabilities::MANAGE_TICKETS );
				$filters = array_filter(
					array(
						'user_id' => $staff ? (int) $request['user_id'] : get_current_user_id(),
						'plan_id' => (int) $request['plan_id'],
						'status'  => (string) $request['status'],
					)
				);
				if ( null !== $request['expiring_within_days'] ) {
					$now                       = $this->clock->now();
					$filters['expires_after']  = $now;
					$filters['expires_before'] = $now->add( new DateInterval( 'P' . (int) $request['expiring_within_days'] . 'D' ) );
					$filters['status']         = Entitlement::ACTIVE;
				}
				$page     = (int) $request['page'];
				$per_page = (int) $request['per_page'];
				$result   = $this->repository->search( $filters, $page, $per_page );
				// Staff rows name their customer: one query for the page's users, not one per row.
				if ( $staff ) {
					cache_users( array_filter( array_map( static fn( Entitlement $e ): int => $e->user_id, $result['items'] ) ) );
				}
				return $this->page(
					array_map( fn( Entitlement $e ): array => $this->presenter->present( $e, $staff ), $result['items'] ),
					$result['total'],
					$per_page
				);
			}
		);
	}

	/**
	 * One entitlement: any for staff, only one's own for a customer (404 otherwise).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): array {
				$entitlement = $this->service->existing( (int) $request['id'] );
				$staff       = current_user_can( Capabilities::MANAGE_TICKETS );
				if ( ! $staff && get_current_user_id() !== $entitlement->user_id ) {
					// The same answer as for a missing ID: existence is not revealed.
					throw Domain_Exception::not_found( 'wp24hd_entitlement_not_found', __( 'No plan holding has this ID.', 'wp24-helpdesk' ) );
				}
				return $this->presenter->present( $entitlement, $staff );
			}
		);
	}

	/**
	 * Staff grant a plan by hand.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$entitlement = $this->service->grant_by_staff(
					(int) $request['user_id'],
					(int) $request['plan_id'],
					(int) $request['duration_days'],
					get_current_user_id(),
					sanitize_textarea_field( (string) $request['reason'] )
				);
				return Rest_Response::created( $this->presenter->present( $entitlement, true ), $this->namespace . '/' . $this->rest_base . '/' . $entitlement->id );
			}
		);
	}

	/**
	 * Staff extend an entitlement.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function extend_item( $request ) {
		return Rest_Response::run(
			fn(): array => $this->presenter->present(
				$this->service->extend( (int) $request['id'], (int) $request['days'], get_current_user_id(), sanitize_textarea_field( (string) $request['reason'] ) ),
				true
			)
		);
	}

	/**
	 * Staff revoke an entitlement.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function revoke_item( $request ) {
		return Rest_Response::run(
			fn(): array => $this->presenter->present(
				$this->service->revoke( (int) $request['id'], get_current_user_id(), sanitize_textarea_field( (string) $request['reason'] ) ),
				true
			)
		);
	}

	/**
	 * Staff record a renewal contact (R12): the log keeps when, who, channel and outcome.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function record_contact( $request ) {
		return Rest_Response::run(
			fn(): WP_REST_Response => Rest_Response::created(
				$this->presenter->present(
					$this->service->record_contact( (int) $request['id'], get_current_user_id(), (string) $request['channel'], (string) $request['outcome'], (string) $request['note'] ),
					true
				),
				$this->namespace . '/' . $this->rest_base . '/' . (int) $request['id']
			)
		);
	}

	/**
	 * Filters and pagination of the list.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		return $this->paging_params() + array(
			'user_id'              => array(
				'description' => __( 'Only this customer (staff only).', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'plan_id'              => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'status'               => array(
				'type' => 'string',
				'enum' => Entitlement::statuses(),
			),
			'expiring_within_days' => array(
				'description' => __( 'Only active holdings that expire within this many days.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 365,
			),
		);
	}

	/**
	 * A plan holding, as its routes answer it.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Entitlement_Schema::get();
	}
}
