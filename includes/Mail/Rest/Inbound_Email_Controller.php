<?php
/**
 * REST: hosted inbound-mail services deliver messages here.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Mail\Doors\Mailgun_Door;
use WP24\Helpdesk\Mail\Doors\Postmark_Door;
use WP24\Helpdesk\Mail\Doors\Sendgrid_Door;
use WP24\Helpdesk\Mail\Doors\Webhook_Door;
use WP24\Helpdesk\Mail\Inbound_Pipeline;
use WP24\Helpdesk\Mail\Malformed_Email;
use WP24\Helpdesk\Mail\Webhook_Secrets;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP24\Helpdesk\Mail\Inbound_Outcome;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\Rest_Namespace;
use WP24\Helpdesk\Rest\Rest_Response;

defined( 'ABSPATH' ) || exit;

/**
 * `POST /inbound-email/{postmark|mailgun|sendgrid}`: each service's post is verified the way it
 * documents (HTTP Basic credentials in the URL, or Mailgun's signature with timestamp and
 * one-time token), turned into an Inbound_Email by its door and handed to the pipeline. A
 * message that was handled — stored, held, ignored, refused or already seen — answers 200 so
 * the service stops retrying; a failure to store answers 500 so it tries again later.
 */
final class Inbound_Email_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Inbound_Pipeline $pipeline What happens to a message.
	 * @param Webhook_Secrets  $secrets  The desk's credentials.
	 */
	public function __construct( private Inbound_Pipeline $pipeline, private Webhook_Secrets $secrets ) {
		parent::__construct( Rest_Namespace::FOREIGN_PAYLOAD_BASE );
	}

	/**
	 * The doors, by service name.
	 *
	 * @return array<string, Webhook_Door>
	 */
	private static function doors(): array {
		return array(
			'postmark' => new Postmark_Door(),
			'mailgun'  => new Mailgun_Door(),
			'sendgrid' => new Sendgrid_Door(),
		);
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$this->register_resource_route(
			'/(?P<service>postmark|mailgun|sendgrid)',
			array(
				$this->endpoint(
					WP_REST_Server::CREATABLE,
					'create_item',
					// No WordPress user posts here: the service proves itself as it documents.
					array( $this, 'create_item_permissions_check' ),
					array(
						'service' => array(
							'type' => 'string',
							'enum' => array_keys( self::doors() ),
						),
					)
				),
			)
		);
	}

	/**
	 * Whether the post carries the service's proof.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		$door = self::doors()[ (string) $request['service'] ] ?? null;
		if ( null !== $door && $door->verify( $request, $this->secrets ) ) {
			return true;
		}
		return new WP_Error( 'wp24hd_webhook_unverified', __( 'This webhook request could not be verified.', 'wp24-helpdesk' ), array( 'status' => 401 ) );
	}

	/**
	 * Hands the message to the pipeline.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): WP_REST_Response {
				$door = self::doors()[ (string) $request['service'] ];
				try {
					$email = $door->email( $request );
				} catch ( Malformed_Email $malformed ) {
					error_log( sprintf( 'WP24 Helpdesk: inbound email from %s refused: %s', (string) $request['service'], $malformed->getMessage() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the mailbox's record must reach the site's log.
					// Answered 200: posting the same payload again would not make it readable.
					return new WP_REST_Response( array( 'outcome' => 'malformed' ), 200 );
				}
				$outcome = $this->pipeline->receive( $email );
				return new WP_REST_Response(
					array(
						'outcome' => $outcome->status,
						'ticket'  => $outcome->ticket_id,
					),
					200
				);
			}
		);
	}

	/**
	 * What became of a received email.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Schema_Fields::resource(
			'wp24hd-inbound-email',
			array(
				'outcome' => Schema_Fields::field( 'string', __( 'What the desk did with the email.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'enum' => array( Inbound_Outcome::CREATED, Inbound_Outcome::REPLIED, Inbound_Outcome::FOLLOW_UP, Inbound_Outcome::HELD, Inbound_Outcome::POINTED, Inbound_Outcome::IGNORED, Inbound_Outcome::DUPLICATE, Inbound_Outcome::REFUSED, 'malformed' ) ) ),
				'ticket'  => Schema_Fields::field( array( 'integer', 'null' ), __( 'Ticket it opened or joined, if any.', 'wp24-helpdesk' ) ),
			),
			array( 'ticket' )
		);
	}
}
