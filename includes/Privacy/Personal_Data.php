<?php
/**
 * Hooks the helpdesk into WordPress's personal-data export and erase tools (R13, GDPR).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Privacy;

use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Entitlements\Entitlement_Repository;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Export: tickets, messages, quotes and plan holdings of an email address.
 * Erase: anonymises the person's tickets and messages and deletes their attachments; plan holdings
 * and accepted quotes are kept (reported as retained) because invoices must be kept by law.
 */
final class Personal_Data {

	private const PAGE = 50;

	/**
	 * Constructor.
	 *
	 * @param Attachment_Store         $files      Attachment storage.
	 * @param Ticket_Repository        $tickets    Rebuilds an erased ticket's search text.
	 * @param Clock                    $clock      Where "now" comes from (the system clock outside tests).
	 * @param Personal_Data_Repository $repository The person's rows.
	 */
	public function __construct( private Attachment_Store $files, private Ticket_Repository $tickets, private Clock $clock = new System_Clock(), private Personal_Data_Repository $repository = new Personal_Data_Repository() ) {}

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
		$user    = get_user_by( 'email', $email );
		$tickets = $this->repository->tickets_of( $email, $user ? (int) $user->ID : 0, $page, self::PAGE );
		$data    = array();
		foreach ( $tickets as $ticket ) {
			$data[] = self::item(
				'wp24hd-tickets',
				__( 'Support tickets', 'wp24-helpdesk' ),
				'wp24hd-ticket-' . $ticket->id(),
				array(
					__( 'Reference', 'wp24-helpdesk' )     => $ticket->reference,
					__( 'Subject', 'wp24-helpdesk' )       => $ticket->subject,
					__( 'Status', 'wp24-helpdesk' )        => $ticket->status->value,
					__( 'Site', 'wp24-helpdesk' )          => $ticket->site_url,
					__( 'Consent given', 'wp24-helpdesk' ) => $ticket->consent_at . ' UTC (' . $ticket->consent_version . ')',
					__( 'Opened', 'wp24-helpdesk' )        => $ticket->created_at . ' UTC',
				)
			);
			foreach ( $this->repository->messages_for( $ticket->id(), $email ) as $message ) {
				$data[] = self::item(
					'wp24hd-messages',
					__( 'Support ticket messages', 'wp24-helpdesk' ),
					'wp24hd-message-' . $message->id,
					array(
						__( 'Ticket', 'wp24-helpdesk' )  => $ticket->reference,
						__( 'From', 'wp24-helpdesk' )    => $message->author_role,
						__( 'Message', 'wp24-helpdesk' ) => wp_strip_all_tags( $message->body ),
						__( 'Sent', 'wp24-helpdesk' )    => $message->created_at . ' UTC',
					)
				);
			}
			foreach ( $this->tickets->quotes()->of_ticket( $ticket->id() ) as $quote ) {
				$data[] = self::item(
					'wp24hd-quotes',
					__( 'Quotes', 'wp24-helpdesk' ),
					'wp24hd-quote-' . $quote->id,
					array(
						__( 'Ticket', 'wp24-helpdesk' )  => $ticket->reference,
						__( 'Amount', 'wp24-helpdesk' )  => $quote->amount->format(),
						__( 'Status', 'wp24-helpdesk' )  => $quote->status->value,
						__( 'Decided', 'wp24-helpdesk' ) => null === $quote->decided_at ? '' : Ticket_Repository::date( $quote->decided_at ),
						__( 'From IP address', 'wp24-helpdesk' ) => $quote->decided_ip,
					)
				);
			}
		}
		if ( 1 === $page && $user ) {
			foreach ( $this->repository->holdings_of( (int) $user->ID ) as $holding ) {
				$data[] = self::item(
					'wp24hd-plans',
					__( 'Maintenance plans', 'wp24-helpdesk' ),
					'wp24hd-entitlement-' . $holding->id,
					array(
						__( 'Plan', 'wp24-helpdesk' )   => get_the_title( $holding->plan_id ),
						__( 'Status', 'wp24-helpdesk' ) => $holding->status,
						__( 'From', 'wp24-helpdesk' )   => Entitlement_Repository::date( $holding->starts_at ) . ' UTC',
						__( 'Until', 'wp24-helpdesk' )  => Entitlement_Repository::date( $holding->expires_at ) . ' UTC',
					)
				);
			}
		}
		return array(
			'data' => $data,
			'done' => count( $tickets ) < self::PAGE,
		);
	}

	/**
	 * One export item in WordPress's shape.
	 *
	 * @param string               $group_id    Group.
	 * @param string               $group_label Group label, translated.
	 * @param string               $item_id     Item.
	 * @param array<string, mixed> $fields      Values by label.
	 * @return array<string, mixed>
	 */
	private static function item( string $group_id, string $group_label, string $item_id, array $fields ): array {
		$data = array();
		foreach ( $fields as $name => $value ) {
			$data[] = array(
				'name'  => (string) $name,
				'value' => $value,
			);
		}
		return array(
			'group_id'    => $group_id,
			'group_label' => $group_label,
			'item_id'     => $item_id,
			'data'        => $data,
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
		$user    = get_user_by( 'email', $email );
		$user_id = $user ? (int) $user->ID : 0;
		$tickets = $this->repository->tickets_of( $email, $user_id, 1, self::PAGE );
		$removed = false;
		foreach ( $tickets as $ticket ) {
			$id     = $ticket->id();
			$stored = $this->files->stored_names( $id );
			// One ticket, one unit: all of its rows are erased or none. Its files go after the
			// commit; a crash in between leaves files no row names, which the retention job sweeps.
			Transaction::run(
				function () use ( $ticket, $email, $id ): void {
					$this->repository->erase_ticket( $ticket, $email, Ticket_Repository::date( $this->clock->now() ) );
					// Nothing of the person is left for a search to find.
					$this->tickets->rebuild_search_text( $id );
				}
			);
			$this->files->delete_files( $stored );
			$removed = true;
		}
		$retained = $user_id > 0 && array() !== $this->repository->holdings_of( $user_id );
		return array(
			'items_removed'  => $removed,
			'items_retained' => $retained,
			'messages'       => $retained ? array( __( 'Maintenance plan purchases are kept: the law requires invoices and their records to be retained.', 'wp24-helpdesk' ) ) : array(),
			'done'           => count( $tickets ) < self::PAGE,
		);
	}
}
