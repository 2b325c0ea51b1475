<?php
/**
 * Live updates of the technicians' workspace through the WordPress Heartbeat API.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Admin;

use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket_Viewers;

defined( 'ABSPATH' ) || exit;

/**
 * Answers the `wp24hd` key of a heartbeat: what changed since the cursor the app sent last time
 * (new tickets, threads that grew) and who else has the app's open tickets on screen.
 *
 * The app sends `{ since: { tickets, messages } | null, tickets: [ids on screen] }` and gets
 * `{ cursor, new_tickets, changed, viewers }`; it then reads the queue or the thread again through
 * its store. Only users who work tickets get an answer: for anyone else (a customer, a visitor
 * through `heartbeat_nopriv_received`, which is not hooked) the key is left out. One tick costs
 * two reads of a primary key's end and two short primary-key ranges.
 */
final class Live_Updates {

	/** The key in the heartbeat's data and answer. */
	public const KEY = 'wp24hd';

	/** User meta: this technician wants a browser notification for each new urgent ticket. */
	public const ALERTS_META = 'wp24hd_urgent_alerts';

	/** Most tickets one answer lists; the app reads the queue again anyway. */
	private const MOST = 20;

	/** Most open tickets one browser reports for presence. */
	private const MOST_VIEWED = 5;

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository $repository Tickets.
	 * @param Ticket_Viewers    $viewers    Presence store.
	 */
	public function __construct( private Ticket_Repository $repository, private Ticket_Viewers $viewers ) {}

	/**
	 * Adds the heartbeat answer and the per-user alert setting.
	 */
	public function register(): void {
		add_filter( 'heartbeat_received', array( $this, 'answer' ), 10, 2 );
		add_action( 'init', array( $this, 'register_meta' ) );
	}

	/**
	 * The per-user switch for urgent-ticket notifications, saved by the app through
	 * `POST /wp/v2/users/me` (`meta`), writable by the user only when they work tickets.
	 */
	public function register_meta(): void {
		register_meta(
			'user',
			self::ALERTS_META,
			array(
				'type'          => 'boolean',
				'single'        => true,
				'default'       => false,
				'show_in_rest'  => true,
				'auth_callback' => static fn(): bool => current_user_can( Capabilities::MANAGE_TICKETS ),
			)
		);
	}

	/**
	 * Adds the plugin's answer to a heartbeat that asked for it.
	 *
	 * @param array<string, mixed>|mixed $response The heartbeat's answer so far.
	 * @param array<string, mixed>|mixed $data     What the browser sent.
	 * @return array<string, mixed>|mixed
	 */
	public function answer( $response, $data ) {
		if ( ! is_array( $response ) || ! is_array( $data ) || ! isset( $data[ self::KEY ] ) || ! current_user_can( Capabilities::MANAGE_TICKETS ) ) {
			return $response;
		}
		$ask    = is_array( $data[ self::KEY ] ) ? $data[ self::KEY ] : array();
		$since  = is_array( $ask['since'] ?? null ) ? $ask['since'] : null;
		$answer = array(
			'cursor'      => $this->repository->latest_ids(),
			'new_tickets' => array(),
			'changed'     => array(),
			'viewers'     => array(),
		);
		// The first tick only sets the cursor: what is on screen was read a moment ago.
		if ( null !== $since ) {
			$answer['new_tickets'] = $this->repository->tickets_after( absint( $since['tickets'] ?? 0 ), self::MOST );
			$answer['changed']     = array_slice( $this->repository->messages()->ticket_ids_after( absint( $since['messages'] ?? 0 ), 5 * self::MOST ), 0, self::MOST );
		}
		$on_screen = array_slice( array_values( array_unique( array_map( 'absint', (array) ( $ask['tickets'] ?? array() ) ) ) ), 0, self::MOST_VIEWED );
		foreach ( $on_screen as $ticket_id ) {
			if ( $ticket_id > 0 && null !== $this->repository->find( $ticket_id ) ) {
				$answer['viewers'][ (string) $ticket_id ] = array_map( static fn( array $viewer ): string => $viewer['name'], $this->viewers->touch( $ticket_id, get_current_user_id() ) );
			}
		}
		$response[ self::KEY ] = $answer;
		return $response;
	}
}
