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
 * Served by Attachments_Controller::serve() on `rest_pre_serve_request` instead of as JSON.
 */
final class File_Response extends WP_REST_Response {

	/**
	 * Constructor.
	 *
	 * @param string $path      Absolute path of the file.
	 * @param string $file_name Name offered to the browser.
	 */
	public function __construct( public readonly string $path, public readonly string $file_name ) {
		parent::__construct( null, 200 );
	}
}
