<?php
/**
 * Hooks the helpdesk into WordPress's personal-data export and erase tools (R13, GDPR).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Privacy;

use RuntimeException;
use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or escaped on output (Site Health), or in the site's log; never as raw HTML.

/**
 * Export: tickets, messages, quotes and plan holdings of an email address.
 * Erase: anonymises the person's tickets and messages and deletes their attachments; plan holdings
 * and accepted quotes are kept (reported as retained) because invoices must be kept by law.
 *
 * phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom tables.
 */
final class Personal_Data {

	private const PAGE = 50;

	/**
	 * Constructor.
	 *
	 * @param Attachment_Store $files Attachment storage.
	 * @param Clock            $clock Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Attachment_Store $files, private Clock $clock = new System_Clock() ) {}

	/**
	 * Adds the exporter and eraser.
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'add_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'add_eraser' ) );
	}

	/**
	 * Registers the plugin's personal-data exporter.
	 *
	 * @param array<string, array<string, mixed>> $exporters Registered exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function add_exporter( array $exporters ): array {
		$exporters['wp24-helpdesk'] = array(
			'exporter_friendly_name' => __( 'Support tickets and plans', 'wp24-helpdesk' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the plugin's personal-data eraser.
	 *
	 * @param array<string, array<string, mixed>> $erasers Registered erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function add_eraser( array $erasers ): array {
		$erasers['wp24-helpdesk'] = array(
			'eraser_friendly_name' => __( 'Support tickets', 'wp24-helpdesk' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * One page of the export.
	 *
	 * @param string $email Email address.
	 * @param int    $page  Page from 1.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public function export( string $email, int $page = 1 ): array {
		global $wpdb;
		$user    = get_user_by( 'email', $email );
		$tickets = $this->tickets_of( $email, $user ? (int) $user->ID : 0, $page );
		$data    = array();
		foreach ( $tickets as $ticket ) {
			$data[] = array(
				'group_id'    => 'wp24hd-tickets',
				'group_label' => __( 'Support tickets', 'wp24-helpdesk' ),
				'item_id'     => 'wp24hd-ticket-' . $ticket['id'],
				'data'        => array(
					array(
						'name'  => __( 'Reference', 'wp24-helpdesk' ),
						'value' => $ticket['reference'],
					),
					array(
						'name'  => __( 'Subject', 'wp24-helpdesk' ),
						'value' => $ticket['subject'],
					),
					array(
						'name'  => __( 'Status', 'wp24-helpdesk' ),
						'value' => $ticket['status'],
					),
					array(
						'name'  => __( 'Site', 'wp24-helpdesk' ),
						'value' => $ticket['site_url'],
					),
					array(
						'name'  => __( 'Consent given', 'wp24-helpdesk' ),
						'value' => $ticket['consent_at'] . ' UTC (' . $ticket['consent_version'] . ')',
					),
					array(
						'name'  => __( 'Opened', 'wp24-helpdesk' ),
						'value' => $ticket['created_at'] . ' UTC',
					),
				),
			);
			// The thread the person sees, and the system notes kept for staff that name them (the
			// record of each email sent to their address).
			$messages = $wpdb->get_results(
				$wpdb->prepare(
					"SELECT id, author_role, body, created_at FROM %i WHERE ticket_id = %d AND ( internal = 0 OR ( author_role = 'system' AND body LIKE %s ) ) ORDER BY id",
					Tables::messages(),
					(int) $ticket['id'],
					'%' . $wpdb->esc_like( esc_html( $email ) ) . '%'
				),
				ARRAY_A
			);
			foreach ( $messages as $message ) {
				$data[] = array(
					'group_id'    => 'wp24hd-messages',
					'group_label' => __( 'Support ticket messages', 'wp24-helpdesk' ),
					'item_id'     => 'wp24hd-message-' . $message['id'],
					'data'        => array(
						array(
							'name'  => __( 'Ticket', 'wp24-helpdesk' ),
							'value' => $ticket['reference'],
						),
						array(
							'name'  => __( 'From', 'wp24-helpdesk' ),
							'value' => $message['author_role'],
						),
						array(
							'name'  => __( 'Message', 'wp24-helpdesk' ),
							'value' => wp_strip_all_tags( (string) $message['body'] ),
						),
						array(
							'name'  => __( 'Sent', 'wp24-helpdesk' ),
							'value' => $message['created_at'] . ' UTC',
						),
					),
				);
			}
			$quotes = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE ticket_id = %d ORDER BY id', Tables::quotes(), (int) $ticket['id'] ), ARRAY_A );
			foreach ( $quotes as $quote ) {
				$data[] = array(
					'group_id'    => 'wp24hd-quotes',
					'group_label' => __( 'Quotes', 'wp24-helpdesk' ),
					'item_id'     => 'wp24hd-quote-' . $quote['id'],
					'data'        => array(
						array(
							'name'  => __( 'Ticket', 'wp24-helpdesk' ),
							'value' => $ticket['reference'],
						),
						array(
							'name'  => __( 'Amount', 'wp24-helpdesk' ),
							'value' => number_format_i18n( (int) $quote['amount_cents'] / 100, 2 ) . ' ' . $quote['currency'],
						),
						array(
							'name'  => __( 'Status', 'wp24-helpdesk' ),
							'value' => $quote['status'],
						),
						array(
							'name'  => __( 'Decided', 'wp24-helpdesk' ),
							'value' => (string) $quote['decided_at'],
						),
						array(
							'name'  => __( 'From IP address', 'wp24-helpdesk' ),
							'value' => (string) $quote['decided_ip'],
						),
					),
				);
			}
		}
		if ( 1 === $page && $user ) {
			$holdings = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE user_id = %d ORDER BY id', Tables::entitlements(), (int) $user->ID ), ARRAY_A );
			foreach ( $holdings as $holding ) {
				$data[] = array(
					'group_id'    => 'wp24hd-plans',
					'group_label' => __( 'Maintenance plans', 'wp24-helpdesk' ),
					'item_id'     => 'wp24hd-entitlement-' . $holding['id'],
					'data'        => array(
						array(
							'name'  => __( 'Plan', 'wp24-helpdesk' ),
							'value' => get_the_title( (int) $holding['plan_id'] ),
						),
						array(
							'name'  => __( 'Status', 'wp24-helpdesk' ),
							'value' => $holding['status'],
						),
						array(
							'name'  => __( 'From', 'wp24-helpdesk' ),
							'value' => $holding['starts_at'] . ' UTC',
						),
						array(
							'name'  => __( 'Until', 'wp24-helpdesk' ),
							'value' => $holding['expires_at'] . ' UTC',
						),
					),
				);
			}
		}
		return array(
			'data' => $data,
			'done' => count( $tickets ) < self::PAGE,
		);
	}

	/**
	 * One page of the erasure.
	 *
	 * @param string $email Email address.
	 * @param int    $page  Page from 1 (always the first page: erased tickets no longer match).
	 * @return array{items_removed: bool, items_retained: bool, messages: string[], done: bool}
	 */
	public function erase( string $email, int $page = 1 ): array { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed -- WordPress's eraser signature; one page erases everything.
		global $wpdb;
		$user    = get_user_by( 'email', $email );
		$user_id = $user ? (int) $user->ID : 0;
		$tickets = $this->tickets_of( $email, $user_id, 1 );
		$removed = false;
		foreach ( $tickets as $ticket ) {
			$id     = (int) $ticket['id'];
			$stored = $this->files->stored_names( $id );
			// One ticket, one unit: all of its rows are erased or none. Its files go after the
			// commit; a crash in between leaves files no row names, which the retention job sweeps.
			Transaction::run( fn() => $this->erase_ticket( $ticket, $email ) );
			$this->files->delete_files( $stored );
			$removed = true;
		}
		$retained = $user_id > 0 && (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE user_id = %d', Tables::entitlements(), $user_id ) );
		return array(
			'items_removed'  => $removed,
			'items_retained' => $retained,
			'messages'       => $retained ? array( __( 'Maintenance plan purchases are kept: the law requires invoices and their records to be retained.', 'wp24-helpdesk' ) ) : array(),
			'done'           => count( $tickets ) < self::PAGE,
		);
	}

	/**
	 * Erases one ticket's rows: attachment rows, the person's messages, their traces in the
	 * system notes, and the ticket's personal fields; the ticket leaves the working queue.
	 *
	 * @param array<string, mixed> $ticket Ticket row.
	 * @param string               $email  The person's address.
	 * @throws RuntimeException When a write fails (the transaction rolls back).
	 */
	private function erase_ticket( array $ticket, string $email ): void {
		global $wpdb;
		$id    = (int) $ticket['id'];
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
		$this->scrub_system_notes( $id, $check, array( $email, (string) $ticket['guest_email'], (string) $ticket['subject'] ) );
		$open   = Ticket::STATUS_CLOSED !== $ticket['status'];
		$update = $wpdb->update(
			Tables::tickets(),
			array(
				// Out of the working queue, its SLA clock stopped: nobody is left to answer.
				'status'             => Ticket::STATUS_CLOSED,
				'close_reason'       => $open ? 'by_customer' : (string) $ticket['close_reason'],
				'closed_at'          => $open ? Ticket_Repository::date( $this->clock->now() ) : $ticket['closed_at'],
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
		// Nothing of the person is left for a search to find.
		( new Ticket_Repository( $this->clock ) )->rebuild_search_text( $id );
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

	/**
	 * Tickets opened by a user or by a guest with the email address.
	 *
	 * @param string $email    Email.
	 * @param int    $user_id  User, or 0.
	 * @param int    $page     Page from 1.
	 * @return array<int, array<string, mixed>>
	 */
	private function tickets_of( string $email, int $user_id, int $page ): array {
		global $wpdb;
		return $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE ( ( customer_id > 0 AND customer_id = %d ) OR ( guest_email <> %s AND guest_email = %s ) ) ORDER BY id LIMIT %d OFFSET %d',
				Tables::tickets(),
				$user_id,
				'',
				$email,
				self::PAGE,
				( $page - 1 ) * self::PAGE
			),
			ARRAY_A
		);
	}
}
