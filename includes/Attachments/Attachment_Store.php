<?php
/**
 * Stores message attachments in a private uploads folder and reads them back for the download route.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments;

use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Files get random names in `uploads/wp24hd-private/`, closed to direct HTTP access by deny files
 * (Apache) and by an nginx rule documented in README.md; they leave only through the REST route.
 * Their rows are Attachment_Repository's. About 270 lines: storing, reading back, deleting and
 * sweeping the files share the folder and its naming rule, which stay in one place.
 */
final class Attachment_Store {

		/** Stored files are named with 40 random hex digits; the deny files are not. */
	private const STORED_NAME = '/^[0-9a-f]{40}$/';

	/** Stored names checked against the table per query when sweeping. */
	private const SWEEP_CHUNK = 200;

	/** Longest file name recorded (the column's width), in characters. */
	private const NAME_LENGTH = 200;

	/**
	 * The upload rules, one per store (they hold nothing but the settings and rows they read).
	 *
	 * @var Upload_Rules|null
	 */
	private ?Upload_Rules $rules = null;

	/**
	 * Constructor.
	 *
	 * @param Settings              $settings Size limit.
	 * @param Clock                 $clock    Where "now" comes from (the system clock outside tests).
	 * @param Attachment_Repository $rows     The files' rows.
	 */
	public function __construct(
		private Settings $settings,
		private Clock $clock = new System_Clock(),
		private Attachment_Repository $rows = new Attachment_Repository(),
	) {}

	/**
	 * What a file must be to join a ticket (type, size, how many), over the same settings and rows.
	 */
	public function rules(): Upload_Rules {
		return $this->rules ??= new Upload_Rules( $this->settings, $this->rows );
	}

	/**
	 * Stores validated files for a message and records them.
	 *
	 * @param int                                                                      $ticket_id  Ticket.
	 * @param int                                                                      $message_id Message.
	 * @param int                                                                      $user_id    Uploader.
	 * @param array<int, array{name: string, tmp_name: string, size: int, error: int}> $files      Files.
	 * @return int[] Attachment IDs.
	 */
	public function store( int $ticket_id, int $message_id, int $user_id, array $files ): array {
		$ids = array();
		foreach ( $files as $file ) {
			$mime  = Upload_Rules::mime_of( (string) $file['tmp_name'], (string) $file['name'] );
			$ids[] = $this->record( $ticket_id, $message_id, $user_id, (string) $file['tmp_name'], (string) $file['name'], $mime, (int) $file['size'] );
		}
		return $ids;
	}

	/**
	 * Keeps an email exactly as received, as an .eml file of a (staff-only) message: the type
	 * rules do not apply, as the plugin itself, not the sender, chose to keep it.
	 *
	 * @param int    $ticket_id  Ticket.
	 * @param int    $message_id Message.
	 * @param string $path       The raw message on disk.
	 * @return int Attachment ID.
	 */
	public function store_original( int $ticket_id, int $message_id, string $path ): int {
		return $this->record( $ticket_id, $message_id, 0, $path, 'original-email.eml', 'message/rfc822', (int) filesize( $path ) );
	}

	/**
	 * Copies a file into the private folder under a random name and records its row.
	 *
	 * @param int    $ticket_id  Ticket.
	 * @param int    $message_id Message.
	 * @param int    $user_id    Uploader (0 for the system).
	 * @param string $source     Path to copy from.
	 * @param string $name       File name to show.
	 * @param string $mime       Checked type.
	 * @param int    $size       Bytes.
	 * @throws \RuntimeException When the file or its row cannot be written.
	 */
	private function record( int $ticket_id, int $message_id, int $user_id, string $source, string $name, string $mime, int $size ): int {
		$dir    = $this->directory();
		$stored = bin2hex( random_bytes( 20 ) );
		if ( ! @copy( $source, $dir . '/' . $stored ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors
			throw new \RuntimeException( 'Could not store an attachment.' );
		}
		$id = $this->rows->insert(
			array(
				'ticket_id'   => $ticket_id,
				'message_id'  => $message_id,
				'file_name'   => self::shortened( sanitize_file_name( $name ) ),
				'stored_name' => $stored,
				'mime'        => $mime,
				'size'        => $size,
				'uploaded_by' => $user_id,
				'created_at'  => Ticket_Repository::date( $this->clock->now() ),
			)
		);
		if ( null === $id ) {
			// Without its row the file is lost to the thread: fail the request (the caller's
			// transaction rolls the message back) rather than answer as if it were attached.
			wp_delete_file( $dir . '/' . $stored );
			throw new \RuntimeException( 'Could not record an attachment.' );
		}
		return $id;
	}

	/**
	 * Attachments of the given messages, grouped by message ID.
	 *
	 * @param int[] $message_ids Messages.
	 * @return array<int, Attachment[]>
	 */
	public function for_messages( array $message_ids ): array {
		return $this->rows->for_messages( $message_ids );
	}

	/**
	 * One attachment of a ticket, or null.
	 *
	 * @param int $ticket_id     Ticket.
	 * @param int $attachment_id Attachment.
	 */
	public function find( int $ticket_id, int $attachment_id ): ?Attachment {
		return $this->rows->find( $ticket_id, $attachment_id );
	}

	/**
	 * Deletes a ticket's files and their rows.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function delete_for_ticket( int $ticket_id ): void {
		$this->delete_files( $this->stored_names( $ticket_id ) );
		$this->rows->delete_for_ticket( $ticket_id );
	}

	/**
	 * The stored names of a ticket's files.
	 *
	 * @param int $ticket_id Ticket.
	 * @return string[]
	 */
	public function stored_names( int $ticket_id ): array {
		return $this->rows->stored_names( $ticket_id );
	}

	/**
	 * Deletes stored files by name (their rows are the caller's business).
	 *
	 * @param string[] $names Stored names.
	 */
	public function delete_files( array $names ): void {
		foreach ( $names as $name ) {
			wp_delete_file( $this->stored_path( $name ) );
		}
	}

	/**
	 * Deletes stored files that no row names and that are older than `$before`: what a request
	 * left when it failed after copying its files (the database rolled back, the disk did not).
	 * The folder is read as a stream and checked against the table a chunk at a time.
	 *
	 * @param int $before Unix time; younger files may still be on their way into a row.
	 * @return int Files deleted.
	 */
	public function sweep_orphans( int $before ): int {
		$dir    = $this->directory();
		$handle = opendir( $dir );
		if ( false === $handle ) {
			return 0;
		}
		$deleted = 0;
		$chunk   = array();
		while ( true ) {
			$name = readdir( $handle );
			if ( false !== $name && 1 === preg_match( self::STORED_NAME, $name ) && (int) filemtime( $dir . '/' . $name ) < $before ) {
				$chunk[] = $name;
			}
			if ( count( $chunk ) === self::SWEEP_CHUNK || ( false === $name && $chunk ) ) {
				$deleted += $this->delete_unrecorded( $chunk );
				$chunk    = array();
			}
			if ( false === $name ) {
				break;
			}
		}
		closedir( $handle );
		return $deleted;
	}

	/**
	 * Deletes the named files that have no row.
	 *
	 * @param string[] $names Stored names.
	 * @return int Files deleted.
	 */
	private function delete_unrecorded( array $names ): int {
		$orphans = array_diff( $names, $this->rows->recorded( $names ) );
		$this->delete_files( $orphans );
		return count( $orphans );
	}

	/**
	 * The private directory, created with its deny files on first use (Private_Folder).
	 */
	public function directory(): string {
		return Private_Folder::ensure();
	}

	/**
	 * The absolute path of a stored file.
	 *
	 * @param Attachment $attachment The recorded file.
	 */
	public function path( Attachment $attachment ): string {
		return $this->stored_path( $attachment->stored_name );
	}

	/**
	 * The absolute path of a stored name (only its last part: a name never leaves the folder).
	 *
	 * @param string $name Stored name.
	 */
	private function stored_path( string $name ): string {
		return $this->directory() . '/' . basename( $name );
	}

	/**
	 * A file name cut to the column's width, keeping its extension (so the download still opens
	 * with the right program).
	 *
	 * @param string $name Sanitised file name.
	 */
	private static function shortened( string $name ): string {
		if ( mb_strlen( $name ) <= self::NAME_LENGTH ) {
			return $name;
		}
		$dot       = strrpos( $name, '.' );
		$extension = false === $dot ? '' : substr( $name, $dot );
		if ( mb_strlen( $extension ) > 20 ) {
			$extension = '';
		}
		return mb_substr( $name, 0, self::NAME_LENGTH - mb_strlen( $extension ) ) . $extension;
	}
}
