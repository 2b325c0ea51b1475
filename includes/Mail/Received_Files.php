<?php
/**
 * The files of an inbound email, on their way into a ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Attachments\Upload_Rules;
use WP24\Helpdesk\Tickets\Ticket_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Applies the form's rules (types, sizes, five per message, fifty per ticket) to each file: a
 * file that breaks them is left out rather than losing the customer's whole message, and a
 * staff-only note on the message says which and why, with the original email attached, so
 * nothing the customer sent is lost. Runs inside the ticket's transaction (a failure rolls
 * the message back); temporary copies are removed afterwards.
 */
final class Received_Files {

	/**
	 * Temporary files written for this message.
	 *
	 * @var string[]
	 */
	private array $temporary = array();

	/**
	 * Constructor.
	 *
	 * @param Attachment_Store $files Storage and rules.
	 * @param Inbound_Email    $email The message.
	 */
	public function __construct( private Attachment_Store $files, private Inbound_Email $email ) {}

	/**
	 * Stores the files that pass, then the staff note with the original and what was left out.
	 *
	 * @param Ticket_Repository $repository Staff notes.
	 * @param int               $ticket_id  Ticket.
	 * @param int               $message_id The customer's message.
	 * @param int               $user_id    Its author (0 for a guest).
	 */
	public function store( Ticket_Repository $repository, int $ticket_id, int $message_id, int $user_id ): void {
		$accepted = array();
		$left_out = array();
		$room     = min( Upload_Rules::MAX_FILES_PER_MESSAGE, $this->files->room_on_ticket( $ticket_id ) );
		foreach ( $this->email->attachments as $attachment ) {
			$path    = $this->temporary_copy( $attachment->content );
			$refusal = $this->files->refusal( $path, $attachment->name );
			if ( null === $refusal && count( $accepted ) >= $room ) {
				/* translators: %s: file name. */
				$refusal = sprintf( __( '%s: past the number of files a message or ticket may hold.', 'wp24-helpdesk' ), sanitize_file_name( $attachment->name ) );
			}
			if ( null !== $refusal ) {
				$left_out[] = $refusal;
				continue;
			}
			$accepted[] = array(
				'name'     => $attachment->name,
				'tmp_name' => $path,
				'size'     => strlen( $attachment->content ),
				'error'    => UPLOAD_ERR_OK,
			);
		}
		if ( array() !== $accepted ) {
			$this->files->store( $ticket_id, $message_id, $user_id, $accepted );
		}
		$note = __( 'Received by email; the original message is attached.', 'wp24-helpdesk' );
		if ( array() !== $left_out ) {
			/* translators: %s: list of files with the reason each was left out. */
			$note .= ' ' . sprintf( __( 'Files left out of the conversation (they are in the original): %s', 'wp24-helpdesk' ), implode( ' ', $left_out ) );
		}
		$note_id = $repository->messages()->add( $ticket_id, 0, 'system', esc_html( $note ), true );
		$this->store_original_only( $ticket_id, $note_id );
	}

	/**
	 * Attaches only the original email to a message (a staff-only note).
	 *
	 * @param int $ticket_id  Ticket.
	 * @param int $message_id The note.
	 */
	public function store_original_only( int $ticket_id, int $message_id ): void {
		if ( '' !== $this->email->raw ) {
			$this->files->store_original( $ticket_id, $message_id, $this->temporary_copy( $this->email->raw ) );
		}
	}

	/**
	 * Removes the temporary copies.
	 */
	public function clean_up(): void {
		foreach ( $this->temporary as $path ) {
			wp_delete_file( $path );
		}
		$this->temporary = array();
	}

	/**
	 * Writes bytes to a temporary file.
	 *
	 * @param string $content Bytes.
	 * @throws \RuntimeException When the file cannot be written.
	 */
	private function temporary_copy( string $content ): string {
		$path = (string) tempnam( get_temp_dir(), 'wp24hd-mail' );
		if ( '' === $path || false === file_put_contents( $path, $content ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a private temporary file.
			throw new \RuntimeException( 'Could not write a temporary file for an inbound attachment.' );
		}
		$this->temporary[] = $path;
		return $path;
	}
}
