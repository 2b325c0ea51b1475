<?php
/**
 * What an uploaded or emailed file must be to join a ticket: type, size, how many.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Attachments;

use WP24\Helpdesk\Errors\Domain_Exception;
use WP24\Helpdesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * The same rules for the form, the replies and the email doors: an allowed extension whose
 * content (read from the bytes) agrees with it, never a double extension that hides a script,
 * within the size limit, at most five files a message and fifty a ticket.
 */
final class Upload_Rules {

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

	/** A thread is not a file store: past this many files, send a link instead. */
	public const MAX_FILES_PER_TICKET = 50;

	/**
	 * Constructor.
	 *
	 * @param Settings              $settings Size limit.
	 * @param Attachment_Repository $rows     How many files a ticket holds.
	 */
	public function __construct( private Settings $settings, private Attachment_Repository $rows ) {}

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
		if ( $files && $ticket_id > 0 && $this->rows->count_for_ticket( $ticket_id ) + count( $files ) > self::MAX_FILES_PER_TICKET ) {
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
			self::mime_of( (string) $file['tmp_name'], (string) $file['name'] );
		}
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
			self::mime_of( $path, $name );
		} catch ( Domain_Exception $refused ) {
			return $refused->getMessage();
		}
		return null;
	}

	/**
	 * How many more files a ticket may hold.
	 *
	 * @param int $ticket_id Ticket (0 for a new one).
	 */
	public function room_on_ticket( int $ticket_id ): int {
		return max( 0, self::MAX_FILES_PER_TICKET - ( $ticket_id > 0 ? $this->rows->count_for_ticket( $ticket_id ) : 0 ) );
	}

	/**
	 * The MIME type of a file, when its extension is allowed and its content agrees with it.
	 *
	 * @param string $path Temporary path.
	 * @param string $name Original name.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public static function mime_of( string $path, string $name ): string {
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
}
