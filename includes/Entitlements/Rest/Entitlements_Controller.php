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
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Entitlements\Entitlement_Repository;
use WP24\Helpdesk\Entitlements\Renewal_Service;
use WP24\Helpdesk\Entitlements\Staff_Entitlement_Service;
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
 * Thin: rules are in Staff_Entitlement_Service and Renewal_Service, the shape in Entitlements_Presenter.
 */
final class Entitlements_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader        $reader     One holding, or its 404.
	 * @param Staff_Entitlement_Service $staff      Grant, extend, revoke.
	 * @param Renewal_Service           $renewals   Renewal contacts.
	 * @param Entitlement_Repository    $repository Queries.
	 * @param Entitlements_Presenter    $presenter  Shape.
	 * @param Clock                     $clock      Where "now" comes from (the system clock outside tests).
	 */
	public function __construct(
		private Entitlement_Reader $reader,
		private Staff_Entitlement_Service $staff,
		private Renewal_Service $renewals,
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
		$manage = array( $this, 'manage_check' );
		$id     = Entitlement_Args::id();
		$reason = array( 'reason' => Entitlement_Args::reason() );
		$this->register_resource_route(
			'',
			array(
				$this->endpoint( WP_REST_Server::READABLE, 'get_items', array( $this, 'logged_in_check' ), $this->get_collection_params() ),
				$this->endpoint( WP_REST_Server::CREATABLE, 'create_item', $manage, Entitlement_Args::grant() ),
			)
		);
		$this->register_resource_route( '/(?P<id>[\d]+)', array( $this->endpoint( WP_REST_Server::READABLE, 'get_item', array( $this, 'logged_in_check' ) ) ), $id );
		$this->register_resource_route( '/(?P<id>[\d]+)/extend', array( $this->endpoint( WP_REST_Server::CREATABLE, 'extend_item', $manage, Entitlement_Args::extend() ) ), $id );
		$this->register_resource_route( '/(?P<id>[\d]+)/revoke', array( $this->endpoint( WP_REST_Server::CREATABLE, 'revoke_item', $manage, $reason ) ), $id );
		$this->register_resource_route( '/(?P<id>[\d]+)/contacts', array( $this->endpoint( WP_REST_Server::CREATABLE, 'record_contact', $manage, Entitlement_Args::contact() ) ), $id );
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
				$entitlement = $this->reader->existing( (int) $request['id'] );
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
				$entitlement = $this->staff->grant_by_staff(
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
				$this->staff->extend( (int) $request['id'], (int) $request['days'], get_current_user_id(), sanitize_textarea_field( (string) $request['reason'] ) ),
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
				$this->staff->revoke( (int) $request['id'], get_current_user_id(), sanitize_textarea_field( (string) $request['reason'] ) ),
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
					$this->renewals->record_contact( (int) $request['id'], get_current_user_id(), (string) $request['channel'], (string) $request['outcome'], (string) $request['note'] ),
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
		return $this->paging_params() + Entitlement_Args::filters();
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
