<?php
/**
 * The database went away while a request was writing: nothing was committed, the client may retry.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Errors;

defined( 'ABSPATH' ) || exit;

/**
 * REST answers it 503 with Retry-After (Rest_Response): writes that were lost never answer success.
 */
final class Database_Unavailable extends Domain_Exception {

	/** Seconds a client should wait before it retries. */
	public const RETRY_AFTER = 5;

	/**
	 * The translated message for the user.
	 */
	public function __construct() {
		parent::__construct(
			'wp24hd_database_unavailable',
			__( 'Our database was unavailable for a moment and nothing was saved. Please send it again in a few seconds.', 'wp24-helpdesk' ),
			503
		);
	}
}
