<?php
/**
 * Too many attempts: answered with 429 and Retry-After.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Security;

use WP24\Helpdesk\Errors\Domain_Exception;

defined( 'ABSPATH' ) || exit;

/**
 * Carries the seconds until the window resets.
 */
final class Rate_Limited extends Domain_Exception {

	/**
	 * Constructor.
	 *
	 * @param int $retry_after Seconds until another attempt is allowed.
	 */
	public function __construct( public readonly int $retry_after ) {
		parent::__construct( 'wp24hd_rate_limited', __( 'Too many requests. Please wait a little and try again.', 'wp24-helpdesk' ), 429 );
	}
}
