<?php
/**
 * Thrown when a request's idempotency key turns out taken by a request that committed first.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;

defined( 'ABSPATH' ) || exit;

/**
 * The transaction that met it rolls back; the controller answers with what the first request stored.
 */
final class Request_Replayed extends Domain_Exception {

	/**
	 * A 409 for a caller that does not answer the replay itself.
	 */
	public function __construct() {
		parent::__construct( 'wp24hd_request_replayed', __( 'This request was already received.', 'wp24-helpdesk' ), 409 );
	}
}
