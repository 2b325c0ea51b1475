<?php
/**
 * Requests sent again with the same idempotency key: what the first one stored.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use WP24\Helpdesk\Errors\Domain_Exception;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Shared by intake and replies (the form, My tickets, inbound email): a retry answers with what
 * its first request stored and stores nothing again.
 */
final class Replay_Service {

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Tickets and request keys.
	 */
	public function __construct( private Ticket_Repository $repository ) {}

	/**
	 * What the request that first used an idempotency key stored: the ticket (as it is now) and the message.
	 *
	 * @param Idempotency_Key $key The key.
	 * @return array{ticket: Ticket, message_id: int}|null
	 * @throws Domain_Exception 409 when the key was first used for a different request.
	 */
	public function replay( Idempotency_Key $key ): ?array {
		$stored = $this->repository->request_keys()->find( $key->hash );
		if ( null !== $stored && $key->differs_from( $stored['request_hash'] ) ) {
			throw Domain_Exception::conflict( 'wp24hd_idempotency_key_reused', __( 'Idempotency-Key: this key was already used for a different request. Send a new key for a new request.', 'wp24-helpdesk' ) );
		}
		$ticket = null === $stored ? null : $this->repository->find( $stored['ticket_id'] );
		return null === $ticket ? null : array(
			'ticket'     => $ticket,
			'message_id' => $stored['message_id'],
		);
	}
}
