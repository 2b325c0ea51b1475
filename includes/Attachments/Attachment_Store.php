<?php
/**
 * Stores message attachments in a private uploads folder and reads them back for the download route.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Files get random names in `uploads/wp24hd-private/`, closed to direct HTTP access by deny files
 * (Apache) and by an nginx rule documented in README.md; they leave only through the REST route.
 * Their rows are Attachment_Repository's.
 */
final class Attachment_Store {

	public const DIR = 'wp24hd-private';

	/** Extensions accepted, with the MIME types their content may have. */
	public const ALLOWED = array(
		'jpg'  => array( 'image/jpeg' ),
		'jpeg' => array( 'image/jpeg' ),
		'png'  => array( 'image/png' ),
		'gif'  => array( 'image/gif' ),
		'webp' => array( 'image/webp' ),
		'pdf'  => array( 'application/pdf' ),
		'txt'  => array( 'text/plain' ),
		'log'  => array( 'text/plain' ),
		'csv'  => array( 'text/plain', 'text/csv' ),
		'zip'  => array( 'application/zip' ),
	);

	public const MAX_FILES_PER_MESSAGE = 5;

	/** Stored files are named with 40 random hex digits; the deny files are not. */
	private const STORED_NAME = '/^[0-9a-f]{40}$/';

	/** Stored names checked against the table per query when sweeping. */
	private const SWEEP_CHUNK = 200;

	/** A thread is not a file store: past this many files, send a link instead. */
	public const MAX_FILES_PER_TICKET = 50;

	/** Longest file name recorded (the column's width), in characters. */
	private const NAME_LENGTH = 200;

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
	 * Checks every uploaded file before anything is stored; throws on the first problem.
	 *
	 * @param array<int, array{name: string, tmp_name: string, size: int, error: int}> $files     Uploaded files.
	 * @param int                                                                      $ticket_id The ticket they join (0 for a new one).
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function validate( array $files, int $ticket_id = 0 ): void {
		if ( count( $files ) > self::MAX_FILES_PER_MESSAGE ) {
			/* translators: %d: maximum number of files. */
			throw Domain_Exception::invalid( 'wp24hd_too_many_files', sprintf( __( 'files: attach at most %d files to one message.', 'wp24-helpdesk' ), self::MAX_FILES_PER_MESSAGE ) );
		}
		if ( $files && $ticket_id > 0 && $this->count_for_ticket( $ticket_id ) + count( $files ) > self::MAX_FILES_PER_TICKET ) {
			/* translators: %d: maximum number of files on one ticket. */
			throw Domain_Exception::invalid( 'wp24hd_ticket_files_full', sprintf( __( 'files: a ticket holds at most %d files; share a link to the others in your message.', 'wp24-helpdesk' ), self::MAX_FILES_PER_TICKET ) );
		}
		$max = (int) $this->settings->all()['attachment_max_mb'] * MB_IN_BYTES;
		foreach ( $files as $file ) {
			$name = sanitize_file_name( (string) $file['name'] );
			if ( UPLOAD_ERR_OK !== (int) $file['error'] || ! is_uploaded_file( (string) $file['tmp_name'] ) ) {
				/* translators: %s: file name. */
				throw Domain_Exception::invalid( 'wp24hd_upload_failed', sprintf( __( 'files: %s could not be uploaded.', 'wp24-helpdesk' ), $name ) );
			}
			if ( (int) $file['size'] > $max || (int) $file['size'] <= 0 ) {
				/* translators: 1: file name, 2: size limit in megabytes. */
				throw Domain_Exception::invalid( 'wp24hd_file_too_large', sprintf( __( 'files: %1$s is empty or larger than %2$d MB.', 'wp24-helpdesk' ), $name, (int) $this->settings->all()['attachment_max_mb'] ) );
			}
			$this->detect_mime( (string) $file['tmp_name'], (string) $file['name'] );
		}
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
			$mime  = $this->detect_mime( (string) $file['tmp_name'], (string) $file['name'] );
			$ids[] = $this->record( $ticket_id, $message_id, $user_id, (string) $file['tmp_name'], (string) $file['name'], $mime, (int) $file['size'] );
		}
		return $ids;
	}

	/**
	 * Why a file that came by email may not join the thread (the form's type and size rules),
	 * or null when it may.
	 *
	 * @param string $path A readable copy of the file.
	 * @param string $name The name the sender gave it.
	 */
	public function refusal( string $path, string $name ): ?string {
		$size = (int) filesize( $path );
		if ( $size <= 0 || $size > (int) $this->settings->all()['attachment_max_mb'] * MB_IN_BYTES ) {
			/* translators: 1: file name, 2: size limit in megabytes. */
			return sprintf( __( '%1$s is empty or larger than %2$d MB.', 'wp24-helpdesk' ), sanitize_file_name( $name ), (int) $this->settings->all()['attachment_max_mb'] );
		}
		try {
			$this->detect_mime( $path, $name );
		} catch ( Domain_Exception $refused ) {
			return $refused->getMessage();
		}
		return null;
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
	 * How many more files a ticket may hold.
	 *
	 * @param int $ticket_id Ticket (0 for a new one).
	 */
	public function room_on_ticket( int $ticket_id ): int {
		return max( 0, self::MAX_FILES_PER_TICKET - ( $ticket_id > 0 ? $this->count_for_ticket( $ticket_id ) : 0 ) );
	}

	/**
	 * How many files a ticket holds.
	 *
	 * @param int $ticket_id Ticket.
	 */
	private function count_for_ticket( int $ticket_id ): int {
		return $this->rows->count_for_ticket( $ticket_id );
	}

	/**
	 * Attachments of the given messages, grouped by message ID.
	 *
	 * @param int[] $message_ids Messages.
	 * @return array<int, array<int, array<string, mixed>>>
	 */
	public function for_messages( array $message_ids ): array {
		return $this->rows->for_messages( $message_ids );
	}

	/**
	 * One attachment of a ticket, or null.
	 *
	 * @param int $ticket_id     Ticket.
	 * @param int $attachment_id Attachment.
	 * @return array<string, mixed>|null
	 */
	public function find( int $ticket_id, int $attachment_id ): ?array {
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
			wp_delete_file( $this->path( array( 'stored_name' => $name ) ) );
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
	 * The absolute path of a stored file.
	 *
	 * @param array<string, mixed> $attachment Row.
	 */
	public function path( array $attachment ): string {
		return $this->directory() . '/' . basename( (string) $attachment['stored_name'] );
	}

	/**
	 * Where the private directory is, whether or not it exists yet (uninstall removes it).
	 */
	public static function directory_path(): string {
		return trailingslashit( wp_upload_dir( null, false )['basedir'] ) . self::DIR;
	}

	/**
	 * The private directory, created with its deny files on first use.
	 */
	public function directory(): string {
		$dir = self::directory_path();
		if ( ! is_dir( $dir ) ) {
			wp_mkdir_p( $dir );
		}
		$guards = array(
			'.htaccess'  => "# WP24 Helpdesk: attachments are served only through the REST API.\nRequire all denied\n<IfModule !mod_authz_core.c>\nDeny from all\n</IfModule>\n",
			'index.php'  => "<?php\n// Silence is golden.\n",
			'index.html' => '',
			'web.config' => "<?xml version=\"1.0\"?>\n<configuration><system.webServer><authorization><deny users=\"*\" /></authorization></system.webServer></configuration>\n",
		);
		foreach ( $guards as $name => $content ) {
			if ( ! file_exists( $dir . '/' . $name ) ) {
				file_put_contents( $dir . '/' . $name, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			}
		}
		return $dir;
	}

	/**
	 * The MIME type of a file, when its extension is allowed and its content agrees with it.
	 *
	 * @param string $path Temporary path.
	 * @param string $name Original name.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	private function detect_mime( string $path, string $name ): string {
		$clean = sanitize_file_name( $name );
		$parts = explode( '.', strtolower( $clean ) );
		$ext   = count( $parts ) > 1 ? end( $parts ) : '';
		// A double extension such as shell.php.jpg is refused outright (read before sanitising renames it).
		$raw   = explode( '.', strtolower( basename( str_replace( '\\', '/', $name ) ) ) );
		$inner = array_map( static fn( string $part ): string => rtrim( $part, '_' ), array_slice( $raw, 1, -1 ) );
		$risky = array_intersect( $inner, array( 'php', 'phtml', 'phar', 'php3', 'php4', 'php5', 'php7', 'pht', 'phps', 'cgi', 'pl', 'py', 'sh', 'asp', 'aspx', 'jsp', 'svg', 'html', 'htm', 'js' ) );
		$mime  = function_exists( 'finfo_open' ) ? (string) finfo_file( finfo_open( FILEINFO_MIME_TYPE ), $path ) : '';
		if ( ! isset( self::ALLOWED[ $ext ] ) || array() !== $risky || ! in_array( $mime, self::ALLOWED[ $ext ], true ) ) {
			throw Domain_Exception::invalid(
				'wp24hd_file_type',
				/* translators: 1: file name, 2: list of allowed extensions. */
				sprintf( __( 'files: %1$s is not an allowed file type (%2$s).', 'wp24-helpdesk' ), $clean, implode( ', ', array_keys( self::ALLOWED ) ) )
			);
		}
		return $mime;
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
