<?php
/**
 * `GET /wp24-helpdesk/v1/tickets/{id}/attachments/{aid}`: the only way out for attachments.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP24\Helpdesk\Rest\Schemas\Attachment_Schema;
use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Permission-checked downloads, always as attachments, never sniffed as HTML.
 */
final class Ticket_Attachments_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Attachment_Store  $files      Storage.
	 * @param Ticket_Access     $access     Visibility.
	 * @param Ticket_Repository $repository Messages (internal flag).
	 */
	public function __construct( private Attachment_Store $files, private Ticket_Access $access, private Ticket_Repository $repository ) {
		parent::__construct( 'tickets/(?P<id>[\d]+)/attachments/(?P<attachment_id>[\d]+)' );
	}

	/**
	 * Adds the route and serving hooks.
	 */
	public function register(): void {
		parent::register();
		add_filter( 'rest_pre_serve_request', array( $this, 'serve' ), 10, 2 );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'args'   => Tickets_Controller::id_arg() + array(
					'attachment_id' => array(
						'type'    => 'integer',
						'minimum' => 1,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					// Visibility is decided per ticket (staff, owner or guest key); others get 404.
					'permission_callback' => '__return_true',
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Finds the file if the caller may have it.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		return Rest_Response::run(
			function () use ( $request ): File_Response {
				$ticket     = $this->access->ticket_for_caller( (int) $request['id'], Tickets_Controller::guest_key( $request ) );
				$attachment = $this->files->find( $ticket->id(), (int) $request['attachment_id'] );
				$visible    = null !== $attachment && (
					$this->access->is_staff()
					|| in_array( (int) $attachment['message_id'], array_map( 'intval', array_column( $this->repository->messages( $ticket->id(), false ), 'id' ) ), true )
				);
				$path       = $visible ? $this->files->path( $attachment ) : '';
				if ( '' === $path || ! is_readable( $path ) ) {
					throw Domain_Exception::not_found( 'wp24hd_attachment_not_found', __( 'No attachment with this ID is available to you.', 'wp24-helpdesk' ) );
				}
				return new File_Response( $path, (string) $attachment['file_name'] );
			}
		);
	}

	/**
	 * Sends a File_Response as a download instead of JSON.
	 *
	 * @param bool             $served Whether the request was already served.
	 * @param WP_HTTP_Response $result The response.
	 */
	public function serve( $served, $result ): bool {
		if ( $served || ! $result instanceof File_Response ) {
			return (bool) $served;
		}
		$name = str_replace( array( '"', "\r", "\n" ), '', $result->file_name );
		header( 'Content-Type: application/octet-stream' );
		header( 'Content-Disposition: attachment; filename="' . $name . '"; filename*=UTF-8\'\'' . rawurlencode( $name ) );
		header( 'Content-Length: ' . (string) filesize( $result->path ) );
		header( 'X-Content-Type-Options: nosniff' );
		header( 'Cache-Control: private, no-store' );
		header( "Content-Security-Policy: default-src 'none'; sandbox" );
		readfile( $result->path ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		return true;
	}

	/**
	 * The file the route serves, described as messages list it (the route answers its bytes).
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		return Attachment_Schema::get();
	}
}
