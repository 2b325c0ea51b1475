<?php
/**
 * REST: the support mailbox's connection settings and the connection test.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Mail\Imap_Mailbox;
use WP24\Helpdesk\Mail\Mailbox_Settings;
use WP24\Helpdesk\Mail\Mailbox_Unavailable;
use WP24\Helpdesk\Mail\Webhook_Secrets;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Namespace;

defined( 'ABSPATH' ) || exit;

/**
 * `GET|PATCH /mailbox` and `POST /mailbox/test`, for settings managers. The password is
 * write-only: a read says only whether one is set, and an empty password in a change keeps it.
 */
final class Mailbox_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Mailbox_Settings $mailbox The stored settings.
	 * @param Webhook_Secrets  $secrets The inbound services' credentials.
	 */
	public function __construct( private Mailbox_Settings $mailbox, private Webhook_Secrets $secrets ) {
		parent::__construct( 'mailbox' );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$this->register_settings_route( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) );
		$this->register_resource_route(
			'/test',
			array( $this->endpoint( WP_REST_Server::CREATABLE, 'test_connection', array( $this, 'settings_manager_check' ) ) ),
			array(),
			array( $this, 'connection_test_schema' )
		);
	}

	/**
	 * The settings, without the password.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ): WP_REST_Response {
		return rest_ensure_response( $this->view() );
	}

	/**
	 * The mailbox settings and, for the hosted services, the URLs to paste into them (with the
	 * Basic credentials they carry) and whether Mailgun's signing key is saved.
	 *
	 * @return array<string, mixed>
	 */
	private function view(): array {
		$url  = rest_url( $this->namespace . '/' . Rest_Namespace::FOREIGN_PAYLOAD_BASE . '/' );
		$auth = rawurlencode( Webhook_Secrets::USER ) . ':' . rawurlencode( $this->secrets->password() ) . '@';
		return $this->mailbox->public_view() + array(
			'webhooks'        => array(
				'postmark' => (string) preg_replace( '#^(https?://)#', '$1' . $auth, $url . 'postmark' ),
				'sendgrid' => (string) preg_replace( '#^(https?://)#', '$1' . $auth, $url . 'sendgrid' ),
				'mailgun'  => $url . 'mailgun',
			),
			'has_mailgun_key' => '' !== $this->secrets->mailgun_key(),
		);
	}

	/**
	 * Saves the fields sent.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$changes = array_intersect_key( (array) $request->get_json_params(), $this->get_item_schema()['properties'] );
		if ( isset( $changes['mailgun_key'] ) && '' !== $changes['mailgun_key'] ) {
			$this->secrets->set_mailgun_key( (string) $changes['mailgun_key'] );
		}
		unset( $changes['has_password'], $changes['webhooks'], $changes['has_mailgun_key'], $changes['mailgun_key'] );
		$saved = $this->mailbox->update( $changes );
		return is_wp_error( $saved ) ? $saved : rest_ensure_response( $this->view() );
	}

	/**
	 * Signs in with the saved settings and says how it went.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function test_connection( $request ): WP_REST_Response {
		if ( ! $this->mailbox->is_configured() ) {
			return rest_ensure_response(
				array(
					'ok'      => false,
					'message' => __( 'Enter the mail server, the user name and the password first, then save.', 'wp24-helpdesk' ),
				)
			);
		}
		try {
			$connection = Imap_Mailbox::open( $this->mailbox );
			$waiting    = count( $connection->unhandled( 1000 ) );
			$connection->close();
		} catch ( Mailbox_Unavailable $unavailable ) {
			return rest_ensure_response(
				array(
					'ok'      => false,
					'message' => $unavailable->getMessage(),
				)
			);
		}
		return rest_ensure_response(
			array(
				'ok'      => true,
				'message' => sprintf(
					/* translators: %d: number of messages. */
					_n( 'Connected. %d message is waiting to be read by the desk.', 'Connected. %d messages are waiting to be read by the desk.', $waiting, 'wp24-helpdesk' ),
					$waiting
				),
			)
		);
	}

	/**
	 * The mailbox settings' schema.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'wp24hd-mailbox',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'host'            => array(
					'description' => __( 'IMAP server host name.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'maxLength'   => 253,
				),
				'port'            => array(
					'description' => __( 'IMAP port (993 for SSL/TLS, 143 for STARTTLS).', 'wp24-helpdesk' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => 65535,
				),
				'encryption'      => array(
					'description' => __( 'Connection encryption.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'enum'        => Mailbox_Settings::ENCRYPTIONS,
				),
				'user'            => array(
					'description' => __( 'User name of the mailbox.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'maxLength'   => 200,
				),
				'folder'          => array(
					'description' => __( 'Folder to read.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'maxLength'   => 200,
				),
				'password'        => array(
					'description' => __( 'Password; write-only, an empty value keeps the saved one.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'maxLength'   => 500,
					'context'     => array(),
				),
				'has_password'    => array(
					'description' => __( 'Whether a password is saved.', 'wp24-helpdesk' ),
					'type'        => 'boolean',
					'readonly'    => true,
				),
				'mailgun_key'     => array(
					'description' => __( 'Mailgun\'s HTTP webhook signing key; write-only, an empty value keeps the saved one.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'maxLength'   => 200,
					'context'     => array(),
				),
				'has_mailgun_key' => array(
					'description' => __( 'Whether Mailgun\'s signing key is saved.', 'wp24-helpdesk' ),
					'type'        => 'boolean',
					'readonly'    => true,
				),
				'webhooks'        => array(
					'description'          => __( 'The addresses to give each inbound-mail service, with their credentials.', 'wp24-helpdesk' ),
					'type'                 => 'object',
					'readonly'             => true,
					'additionalProperties' => false,
					'properties'           => array(
						'postmark' => array( 'type' => 'string' ),
						'sendgrid' => array( 'type' => 'string' ),
						'mailgun'  => array( 'type' => 'string' ),
					),
				),
			),
		);
	}

	/**
	 * What the connection test answers.
	 *
	 * @return array<string, mixed>
	 */
	public function connection_test_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-mailbox-test',
			array(
				'ok'      => Schema_Fields::field( 'boolean', __( 'Whether the desk signed in to the mailbox and opened the folder.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
				'message' => Schema_Fields::field( 'string', __( 'What happened, in the site language.', 'wp24-helpdesk' ), Schema_Fields::STAFF ),
			)
		);
	}
}
