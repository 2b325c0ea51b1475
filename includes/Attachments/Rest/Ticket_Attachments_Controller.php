<?php
/**
 * `GET /wp24-helpdesk/v1/tickets/{id}/attachments/{aid}`: the only way out for attachments.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments\Rest;

use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Tickets\Message;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Server;
use WP24\Helpdesk\Rest\Controller;
use WP24\Helpdesk\Rest\File_Response;
use WP24\Helpdesk\Rest\Rest_Response;
use WP24\Helpdesk\Tickets\Rest\Tickets_Controller;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Permission-checked downloads, always as attachments, never sniffed as HTML; with `preview`, a
 * small copy of a raster image to show in the thread, behind the same check.
 */
final class Ticket_Attachments_Controller extends Controller {

	/**
	 * Types shown inline as previews: raster images only, never SVG (it can carry script).
	 */
	private const PREVIEW_TYPES = array( 'image/jpeg', 'image/png', 'image/gif', 'image/webp' );

	/** Longest side of a preview, in pixels. */
	private const PREVIEW_SIZE = 320;

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
		$this->register_resource_route(
			'',
			array(
				// Visibility is decided per ticket (staff, owner or guest key); others get 404.
				$this->endpoint( WP_REST_Server::READABLE, 'get_item', '__return_true' ),
			),
			Tickets_Controller::id_arg() + array(
				'attachment_id' => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'preview'       => array(
					'description' => __( 'A small copy of an image to show in the thread, instead of the download.', 'wp24-helpdesk' ),
					'type'        => 'boolean',
					'default'     => false,
				),
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
					|| in_array( $attachment->message_id, array_map( static fn( Message $message ): int => $message->id, $this->repository->messages()->thread( $ticket->id(), false ) ), true )
				);
				$path       = $visible ? $this->files->path( $attachment ) : '';
				if ( null === $attachment || '' === $path || ! is_readable( $path ) ) {
					throw Domain_Exception::not_found( 'wp24hd_attachment_not_found', __( 'No attachment with this ID is available to you.', 'wp24-helpdesk' ) );
				}
				if ( ! $request['preview'] ) {
					return new File_Response( $path, $attachment->file_name );
				}
				return $this->preview( $path, $attachment->file_name, $attachment->mime );
			}
		);
	}

	/**
	 * A preview of an image the caller may see: the type checked again from the file's bytes,
	 * scaled down when the server can, the original otherwise.
	 *
	 * @param string $path      Stored file.
	 * @param string $file_name Name offered to the browser.
	 * @param string $mime      Type recorded at upload.
	 * @throws Domain_Exception 404 for a file that is not a previewable image.
	 */
	private function preview( string $path, string $file_name, string $mime ): File_Response {
		$actual = (string) wp_get_image_mime( $path );
		if ( ! in_array( $mime, self::PREVIEW_TYPES, true ) || $actual !== $mime ) {
			throw Domain_Exception::not_found( 'wp24hd_no_preview', __( 'This file has no preview; download it instead.', 'wp24-helpdesk' ) );
		}
		$editor = wp_get_image_editor( $path, array( 'mime_type' => $mime ) );
		if ( ! is_wp_error( $editor ) && ! is_wp_error( $editor->resize( self::PREVIEW_SIZE, self::PREVIEW_SIZE, false ) ) ) {
			$target = get_temp_dir() . 'wp24hd-preview-' . wp_generate_password( 20, false ) . '.' . wp_get_default_extension_for_mime_type( $mime );
			$saved  = $editor->save( $target, $mime );
			if ( is_array( $saved ) && is_readable( $saved['path'] ) ) {
				return new File_Response( $saved['path'], $file_name, $mime, true );
			}
		}
		// No image library, or an image it cannot scale (already small, animated): the original.
		return new File_Response( $path, $file_name, $mime );
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
		$name   = str_replace( array( '"', "\r", "\n" ), '', $result->file_name );
		$inline = '' !== $result->inline_type;
		header( 'Content-Type: ' . ( $inline ? $result->inline_type : 'application/octet-stream' ) );
		header( 'Content-Disposition: ' . ( $inline ? 'inline' : 'attachment' ) . '; filename="' . $name . '"; filename*=UTF-8\'\'' . rawurlencode( $name ) );
		header( 'Content-Length: ' . (string) filesize( $result->path ) );
		header( 'X-Content-Type-Options: nosniff' );
		// A preview may stay in this browser's cache for the session's hour; a download never.
		header( 'Cache-Control: private, ' . ( $inline ? 'max-age=3600' : 'no-store' ) );
		header( "Content-Security-Policy: default-src 'none'; sandbox" );
		readfile( $result->path ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		if ( $result->temporary ) {
			wp_delete_file( $result->path );
		}
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
