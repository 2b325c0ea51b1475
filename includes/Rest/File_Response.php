<?php
/**
 * A REST response whose body is a stored file, sent as a download.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Served by Ticket_Attachments_Controller::serve() on `rest_pre_serve_request` instead of as JSON.
 */
final class File_Response extends WP_REST_Response {

	/**
	 * Constructor.
	 *
	 * @param string $path        Absolute path of the file.
	 * @param string $file_name   Name offered to the browser.
	 * @param string $inline_type For a preview shown in the page: its checked image type; '' for a download.
	 * @param bool   $temporary   Whether the file is a preview made for this request, deleted once sent.
	 */
	public function __construct( public readonly string $path, public readonly string $file_name, public readonly string $inline_type = '', public readonly bool $temporary = false ) {
		parent::__construct( null, 200 );
	}
}
