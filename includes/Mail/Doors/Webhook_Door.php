<?php
/**
 * A hosted inbound-mail service posting messages to the desk.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail\Doors;

use WP24\Helpdesk\Mail\Inbound_Email;
use WP24\Helpdesk\Mail\Malformed_Email;
use WP24\Helpdesk\Mail\Webhook_Secrets;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * An adapter: it checks the request the way its service documents, and turns the service's
 * payload into the one Inbound_Email the pipeline reads.
 */
interface Webhook_Door {

	/**
	 * Whether the request really comes from the service.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @param Webhook_Secrets $secrets The desk's credentials.
	 */
	public function verify( WP_REST_Request $request, Webhook_Secrets $secrets ): bool;

	/**
	 * The message the request carries.
	 *
	 * @param WP_REST_Request $request The webhook request.
	 * @throws Malformed_Email When the payload is not a message.
	 */
	public function email( WP_REST_Request $request ): Inbound_Email;
}
