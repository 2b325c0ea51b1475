<?php
/**
 * The `files[]` of a multipart REST request, as a list.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * PHP spreads `files[]` over parallel arrays; the attachment store wants one entry per file.
 */
final class Uploaded_Files {

	/**
	 * The uploaded files of a request.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<int, array{name: string, tmp_name: string, size: int, error: int}>
	 */
	public static function from( WP_REST_Request $request ): array {
		$raw = $request->get_file_params()['files'] ?? null;
		if ( ! is_array( $raw ) || ! isset( $raw['name'] ) ) {
			return array();
		}
		$list = array();
		foreach ( (array) $raw['name'] as $i => $name ) {
			// An empty file input is sent as a part with no file: nothing was attached.
			if ( UPLOAD_ERR_NO_FILE === (int) ( (array) $raw['error'] )[ $i ] ) {
				continue;
			}
			$list[] = array(
				'name'     => (string) $name,
				'tmp_name' => (string) ( (array) $raw['tmp_name'] )[ $i ],
				'size'     => (int) ( (array) $raw['size'] )[ $i ],
				'error'    => (int) ( (array) $raw['error'] )[ $i ],
			);
		}
		return $list;
	}
}
