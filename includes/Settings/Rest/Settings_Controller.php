<?php
/**
 * `GET|PATCH /wp24-helpdesk/v1/settings`: the helpdesk settings, for staff who may change them.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Schema;
use WP24\Helpdesk\Settings\Settings_Validator;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Thin: the schema is Settings_Schema's, the checks Settings_Validator's, storage Settings'.
 */
final class Settings_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Settings $settings Settings service.
	 */
	public function __construct( private Settings $settings ) {
		parent::__construct( 'settings' );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->register_settings_route(
			array_map(
				// Refusals name the field by its label (Settings_Validator::refusal), not by its key.
				static fn( array $arg ): array => array( 'validate_callback' => array( Settings_Validator::class, 'validate_arg' ) ) + $arg,
				$this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE )
			)
		);
	}

	/**
	 * The current settings.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return rest_ensure_response( $this->settings->all() );
	}

	/**
	 * Changes the settings sent; the others keep their value.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$changes = array_intersect_key( $request->get_json_params() ?? $request->get_body_params(), Settings_Schema::properties() );
		$unknown = array_diff_key( $request->get_json_params() ?? array(), Settings_Schema::properties() );
		if ( array() !== $unknown ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: comma-separated field names. */
				sprintf( __( 'Unknown settings: %s.', 'wp24-helpdesk' ), implode( ', ', array_keys( $unknown ) ) ),
				array( 'status' => 400 )
			);
		}
		$result = $this->settings->update( $changes );
		return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
	}

	/**
	 * The settings schema, from Settings_Schema.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		$properties = array();
		foreach ( Settings_Schema::properties() as $key => $schema ) {
			$properties[ $key ] = array_merge( $schema, array( 'context' => array( 'view', 'edit' ) ) );
			unset( $properties[ $key ]['default'] );
		}
		return Schema_Fields::resource( 'wp24hd-settings', $properties );
	}
}
