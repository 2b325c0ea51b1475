<?php
/**
 * The SQL of the personal-data export and erasure: a person's tickets, thread, quotes and plan holdings.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Privacy;

use RuntimeException;
use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Entitlement_Repository;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Tickets\Message;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Status;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or escaped on output (Site Health), or in the site's log; never as raw HTML.

/**
 * Tickets, messages and holdings as entities; Personal_Data turns them into WordPress's export items.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables.
 */
final class Personal_Data_Repository {

	/**
	 * Tickets opened by a user or by a guest with the email address.
	 *
	 * @param string $email    Email.
	 * @param int    $user_id  User, or 0.
	 * @param int    $page     Page from 1.
	 * @param int    $size     Page size.
	 * @return Ticket[]
	 */
	public function tickets_of( string $email, int $user_id, int $page, int $size ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE ( ( customer_id > 0 AND customer_id = %d ) OR ( guest_email <> %s AND guest_email = %s ) ) ORDER BY id LIMIT %d OFFSET %d',
				Tables::tickets(),
				$user_id,
				'',
				$email,
				$size,
				( $page - 1 ) * $size
			),
			ARRAY_A
		);
		return array_map( array( Ticket::class, 'from_row' ), $rows );
	}

	/**
	 * The thread the person sees, and the system notes kept for staff that name them (the record
	 * of each email sent to their address).
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $email     The person's address.
	 * @return Message[]
	 */
	public function messages_for( int $ticket_id, string $email ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT * FROM %i WHERE ticket_id = %d AND ( internal = 0 OR ( author_role = 'system' AND body LIKE %s ) ) ORDER BY id",
				Tables::messages(),
				$ticket_id,
				'%' . $wpdb->esc_like( esc_html( $email ) ) . '%'
			),
			ARRAY_A
		);
		return array_map( array( Message::class, 'from_row' ), $rows );
	}

	/**
	 * A user's plan holdings.
	 *
	 * @param int $user_id User.
	 * @return Entitlement[]
	 */
	public function holdings_of( int $user_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE user_id = %d ORDER BY id', Tables::entitlements(), $user_id ), ARRAY_A );
		return array_map( array( Entitlement_Repository::class, 'hydrate' ), $rows );
	}

	/**
	 * Erases one ticket's rows: attachment rows, the person's messages, their traces in the
	 * system notes, and the ticket's personal fields; the ticket leaves the working queue.
	 *
	 * @param Ticket $ticket    Ticket.
	 * @param string $email     The person's address.
	 * @param string $closed_at When an open ticket is closed by the erasure (stored UTC).
	 * @throws RuntimeException When a write fails (the transaction rolls back).
	 */
	public function erase_ticket( Ticket $ticket, string $email, string $closed_at ): void {
		global $wpdb;
		$id    = $ticket->id();
		$check = static function ( $result ) use ( $wpdb ): void {
			if ( false === $result ) {
				throw new RuntimeException( 'Erasure write failed: ' . $wpdb->last_error );
			}
		};
		$check( $wpdb->delete( Tables::attachments(), array( 'ticket_id' => $id ) ) );
		$check(
			$wpdb->query(
				$wpdb->prepare(
					"UPDATE %i SET body = %s, author_id = 0 WHERE ticket_id = %d AND author_role = 'customer'",
					Tables::messages(),
					esc_html__( '[Removed at the customer’s request.]', 'wp24-helpdesk' ),
					$id
				)
			)
		);
		$this->scrub_system_notes( $id, $check, array( $email, $ticket->guest_email, $ticket->subject ) );
		$open   = Ticket_Status::CLOSED !== $ticket->status;
		$update = $wpdb->update(
			Tables::tickets(),
			array(
				// Out of the working queue, its SLA clock stopped: nobody is left to answer.
				'status'             => Ticket_Status::CLOSED->value,
				'close_reason'       => $open ? 'by_customer' : $ticket->close_reason,
				'closed_at'          => $open ? $closed_at : $ticket->closed_at,
				'first_response_due' => null,
				'waiting_since'      => null,
				'reminder_sent_at'   => null,
				'subject'            => __( '[Removed]', 'wp24-helpdesk' ),
				'site_url'           => '',
				'guest_email'        => '',
				'guest_name'         => '',
				'guest_key_hash'     => '',
				'guest_key_seed'     => '',
				'locale'             => '',
				'customer_id'        => 0,
				'service'            => '',
			),
			array( 'id' => $id )
		);
		$check( $update );
	}

	/**
	 * Replaces the person's address and the ticket's original subject in its system notes (the
	 * record of emails sent, "Follow-up: …") with "[Removed]"; what happened stays in the thread.
	 *
	 * @param int      $ticket_id Ticket.
	 * @param callable $check     Throws when a write failed.
	 * @param string[] $words     Address(es) and subject, as stored (notes hold them HTML-escaped).
	 */
	private function scrub_system_notes( int $ticket_id, callable $check, array $words ): void {
		global $wpdb;
		$words = array_values( array_filter( array_unique( array_map( 'esc_html', $words ) ), static fn( string $word ): bool => mb_strlen( $word ) >= 3 ) );
		if ( array() === $words ) {
			return;
		}
		// Longest first, so a subject that contains the address is replaced whole.
		usort( $words, static fn( string $a, string $b ): int => mb_strlen( $b ) <=> mb_strlen( $a ) );
		$notes   = $wpdb->get_results(
			$wpdb->prepare( "SELECT id, body FROM %i WHERE ticket_id = %d AND author_role = 'system'", Tables::messages(), $ticket_id ),
			ARRAY_A
		);
		$removed = esc_html__( '[Removed]', 'wp24-helpdesk' );
		foreach ( $notes as $note ) {
			$body = str_replace( $words, $removed, (string) $note['body'] );
			if ( $body !== $note['body'] ) {
				$check( $wpdb->update( Tables::messages(), array( 'body' => $body ), array( 'id' => (int) $note['id'] ) ) );
			}
		}
	}
}
