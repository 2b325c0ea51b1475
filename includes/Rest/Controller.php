<?php
/**
 * What every controller of the plugin shares: the namespace, hook registration, routes, login checks, paging.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP24\Helpdesk\Roles\Capabilities;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Base of the `wp24-helpdesk/v1` controllers; each subclass registers its own routes.
 */
abstract class Controller extends WP_REST_Controller {

	/**
	 * Constructor.
	 *
	 * @param string $rest_base Route base under the namespace, e.g. `tickets`.
	 */
	protected function __construct( string $rest_base ) {
		$this->namespace = Rest_Namespace::NAME;
		$this->rest_base = $rest_base;
	}

	/**
	 * Adds the route hook.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * Permission callback for routes that need a logged-in user; what they see is narrowed later.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function logged_in_check( $request ) {
		return is_user_logged_in()
			? true
			: new WP_Error( 'rest_forbidden', __( 'Please log in first.', 'wp24-helpdesk' ), array( 'status' => 401 ) );
	}

	/**
	 * Permission callback for the routes that read or change the helpdesk's settings (settings, mailbox).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function settings_manager_check( $request ) {
		return $this->require_capability( Capabilities::MANAGE_SETTINGS, __( 'Sorry, you are not allowed to manage the helpdesk settings.', 'wp24-helpdesk' ) );
	}

	/**
	 * Registers a route of this controller's resource: `$path` after the base (e.g. `/(?P<id>[\d]+)`),
	 * its endpoints (endpoint()) and the arguments they share, answering the resource schema on OPTIONS.
	 *
	 * A route that answers another shape than the resource (the mailbox's connection test) names its
	 * own schema callback, so OPTIONS still describes what it answers.
	 *
	 * @param string                              $path       Path after the base, '' for the base itself.
	 * @param array<int, array<string, mixed>>    $endpoints  Endpoints, from endpoint().
	 * @param array<string, array<string, mixed>> $route_args Arguments every endpoint takes (e.g. the ID).
	 * @param callable|null                       $schema     Schema of what the route answers; null for the resource's.
	 */
	protected function register_resource_route( string $path, array $endpoints, array $route_args = array(), ?callable $schema = null ): void {
		$route = $endpoints + array( 'schema' => $schema ?? array( $this, 'get_public_item_schema' ) );
		if ( array() !== $route_args ) {
			$route['args'] = $route_args;
		}
		register_rest_route( $this->namespace, '/' . $this->rest_base . $path, $route );
	}

	/**
	 * A GET route of the resource with one endpoint (a list, one item, figures).
	 *
	 * @param string                              $path       Path after the base, '' for the base itself.
	 * @param string                              $callback   Method of this controller that answers.
	 * @param callable                            $permission Permission callback (`__return_true` only for public data, said where it is passed).
	 * @param array<string, array<string, mixed>> $args       Its arguments.
	 */
	protected function register_read_route( string $path, string $callback, callable $permission, array $args = array() ): void {
		$this->register_resource_route( $path, array( $this->endpoint( WP_REST_Server::READABLE, $callback, $permission, $args ) ) );
	}

	/**
	 * One endpoint of a route: methods, the controller's method that answers, who may call it, its arguments.
	 *
	 * @param string                              $methods    WP_REST_Server method constant.
	 * @param string                              $callback   Method of this controller.
	 * @param callable                            $permission Permission callback.
	 * @param array<string, array<string, mixed>> $args       Arguments.
	 * @return array<string, mixed>
	 */
	protected function endpoint( string $methods, string $callback, callable $permission, array $args = array() ): array {
		return array(
			'methods'             => $methods,
			'callback'            => array( $this, $callback ),
			'permission_callback' => $permission,
			'args'                => $args,
		);
	}

	/**
	 * A response with data about the caller or for staff only: never stored by a shared cache.
	 *
	 * @param mixed $data Response data.
	 */
	protected function private_response( $data ): WP_REST_Response {
		$response = new WP_REST_Response( $data );
		$response->header( 'Cache-Control', 'private, no-store' );
		return $response;
	}

	/**
	 * The route of a settings-like resource: one item that settings managers read (GET) and change
	 * (PATCH, only the fields sent), e.g. the settings and the mailbox.
	 *
	 * @param array<string, array<string, mixed>> $edit_args Arguments of the change.
	 */
	protected function register_settings_route( array $edit_args ): void {
		$this->register_resource_route(
			'',
			array(
				$this->endpoint( WP_REST_Server::READABLE, 'get_item', array( $this, 'settings_manager_check' ) ),
				$this->endpoint( WP_REST_Server::EDITABLE, 'update_item', array( $this, 'settings_manager_check' ), $edit_args ),
			)
		);
	}

	/**
	 * Permission callback body for routes that need one capability; the 401/403 WordPress clients expect otherwise.
	 *
	 * @param string $capability Capability.
	 * @param string $message    Why the caller is refused, translated.
	 * @return true|WP_Error
	 */
	protected function require_capability( string $capability, string $message ) {
		return current_user_can( $capability )
			? true
			: new WP_Error( 'rest_forbidden', $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * The schema of what the controller's routes answer, built once per request: WordPress asks for it
	 * on every request that names a route (OPTIONS, `_fields`, `context`), and the contract tests and
	 * the generated TypeScript types read it (tests/integration/rest/schemas.test.ts).
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( ! $this->schema ) {
			$this->schema = $this->resource_schema();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * The resource schema (JSON Schema draft-04, the shape WordPress's own controllers declare).
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function resource_schema(): array;

	/**
	 * A page of a collection with the totals WordPress clients expect; never cached by shared caches.
	 *
	 * @param array<int, array<string, mixed>> $items    Items of the page.
	 * @param int                              $total    Items in the whole collection.
	 * @param int                              $per_page Page size.
	 */
	protected function page( array $items, int $total, int $per_page ): WP_REST_Response {
		$response = $this->private_response( $items );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $total / max( 1, $per_page ) ) ) );
		return $response;
	}

	/**
	 * The `page` and `per_page` collection parameters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function paging_params(): array {
		return array(
			'page'     => array(
				'type'    => 'integer',
				'default' => 1,
				'minimum' => 1,
			),
			'per_page' => array(
				'type'    => 'integer',
				'default' => 20,
				'minimum' => 1,
				'maximum' => 100,
			),
		);
	}
}
