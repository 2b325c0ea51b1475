<?php
/**
 * The agency's support mailbox, read over IMAP with PHP's imap extension.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or escaped on output (Site Health), or in the site's log; never as raw HTML.

/**
 * Reads messages not yet handled and marks them handled with a keyword of the desk's own
 * (`$WP24HD`), so nothing is deleted or moved and the agency's own mail client keeps showing
 * every message as it was (read or unread). Messages are read with FT_PEEK, which leaves the
 * \Seen flag alone.
 */
final class Imap_Mailbox {

	/** The keyword set on a message once the desk has handled it. */
	public const DONE_KEYWORD = '$WP24HD';

	/**
	 * Constructor.
	 *
	 * @param \IMAP\Connection $stream The open mailbox.
	 */
	private function __construct( private \IMAP\Connection $stream ) {}

	/**
	 * Whether this PHP can read IMAP at all.
	 */
	public static function available(): bool {
		return function_exists( 'imap_open' );
	}

	/**
	 * What to tell the owner when the extension is missing.
	 */
	public static function missing_extension(): string {
		return __( 'PHP’s imap extension is not installed on this server, so the mailbox cannot be read. Ask your host to enable it.', 'wp24-helpdesk' );
	}

	/**
	 * Signs in and opens the folder.
	 *
	 * @param Mailbox_Settings $settings Where and who.
	 * @throws Mailbox_Unavailable When the extension is missing or the server refuses.
	 */
	public static function open( Mailbox_Settings $settings ): self {
		if ( ! self::available() ) {
			throw new Mailbox_Unavailable( self::missing_extension() );
		}
		$view    = $settings->public_view();
		$flags   = array(
			'ssl'  => '/imap/ssl',
			'tls'  => '/imap/tls',
			'none' => '/imap/notls',
		)[ $view['encryption'] ] ?? '/imap/ssl';
		$mailbox = '{' . $view['host'] . ':' . $view['port'] . $flags . '}' . imap_utf7_encode( $view['folder'] );
		// One attempt, and no GSSAPI/NTLM probing: a wrong password must fail fast, not lock the account.
		$stream = @imap_open( $mailbox, $view['user'], $settings->password(), 0, 1, array( 'DISABLE_AUTHENTICATOR' => array( 'GSSAPI', 'NTLM' ) ) ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- the error is read from imap_last_error() below.
		$errors = imap_errors();
		imap_alerts();
		if ( false === $stream ) {
			/* translators: %s: the mail server's answer. */
			throw new Mailbox_Unavailable( sprintf( __( 'The mail server refused the connection: %s', 'wp24-helpdesk' ), is_array( $errors ) ? (string) end( $errors ) : __( 'no answer', 'wp24-helpdesk' ) ) );
		}
		return new self( $stream );
	}

	/**
	 * UIDs of messages the desk has not handled yet, oldest first.
	 *
	 * @param int $limit At most this many.
	 * @return int[]
	 */
	public function unhandled( int $limit ): array {
		$uids = imap_search( $this->stream, 'UNKEYWORD ' . self::DONE_KEYWORD . ' UNDELETED', SE_UID );
		if ( false === $uids ) {
			return array();
		}
		sort( $uids );
		return array_slice( array_map( 'intval', $uids ), 0, $limit );
	}

	/**
	 * A message exactly as the server holds it.
	 *
	 * @param int $uid Message UID.
	 */
	public function raw( int $uid ): string {
		// Section "" is the whole message; PEEK leaves \Seen as it was.
		return (string) imap_fetchbody( $this->stream, $uid, '', FT_UID | FT_PEEK );
	}

	/**
	 * Marks a message handled.
	 *
	 * @param int $uid Message UID.
	 */
	public function mark_handled( int $uid ): void {
		imap_setflag_full( $this->stream, (string) $uid, self::DONE_KEYWORD, ST_UID );
	}

	/**
	 * Signs out.
	 */
	public function close(): void {
		imap_close( $this->stream );
		imap_errors();
	}
}
