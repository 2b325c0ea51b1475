<?php
/**
 * Where the agency's support mailbox is and how to sign in to it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Host, port, encryption, user and folder of the IMAP mailbox the desk polls, in a
 * non-autoloaded option of their own. The password is stored encrypted (libsodium's secretbox)
 * under a key derived from the site's salts, and is never given back: readers learn only
 * whether one is set. Changing the salts makes it unreadable, and the owner types it again.
 */
final class Mailbox_Settings {

	public const OPTION = 'wp24hd_mailbox';

	/** Encryption choices: implicit TLS (993), STARTTLS (143), none (a mailbox on the same host). */
	public const ENCRYPTIONS = array( 'ssl', 'tls', 'none' );

	private const DEFAULTS = array(
		'host'       => '',
		'port'       => 993,
		'encryption' => 'ssl',
		'user'       => '',
		'folder'     => 'INBOX',
		'password'   => '',
	);

	/**
	 * The settings, without the password.
	 *
	 * @return array{host: string, port: int, encryption: string, user: string, folder: string, has_password: bool}
	 */
	public function public_view(): array {
		$stored = $this->stored();
		return array(
			'host'         => (string) $stored['host'],
			'port'         => (int) $stored['port'],
			'encryption'   => (string) $stored['encryption'],
			'user'         => (string) $stored['user'],
			'folder'       => (string) $stored['folder'],
			'has_password' => '' !== (string) $stored['password'],
		);
	}

	/**
	 * Whether the desk has all it needs to sign in.
	 */
	public function is_configured(): bool {
		$view = $this->public_view();
		return '' !== $view['host'] && '' !== $view['user'] && $view['has_password'];
	}

	/**
	 * The password in clear, '' when none or unreadable (the salts changed).
	 */
	public function password(): string {
		$sealed = base64_decode( (string) $this->stored()['password'], true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- the stored ciphertext.
		if ( false === $sealed || strlen( $sealed ) <= SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ) {
			return '';
		}
		$clear = sodium_crypto_secretbox_open( substr( $sealed, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), substr( $sealed, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), self::key() );
		return false === $clear ? '' : $clear;
	}

	/**
	 * Validates and saves a change; `password` is replaced only when sent and not empty.
	 *
	 * @param array<string, mixed> $changes Fields to change.
	 * @return true|WP_Error
	 */
	public function update( array $changes ) {
		$stored = $this->stored();
		foreach ( $changes as $name => $value ) {
			switch ( $name ) {
				case 'host':
					$host = strtolower( trim( (string) $value ) );
					if ( '' !== $host && 1 !== preg_match( '/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/', $host ) ) {
						return self::invalid( 'host', __( 'Mail server: enter a host name such as imap.example.com.', 'wp24-helpdesk' ) );
					}
					$stored['host'] = $host;
					break;
				case 'port':
					if ( ! is_numeric( $value ) || (int) $value < 1 || (int) $value > 65535 ) {
						return self::invalid( 'port', __( 'Port: enter a number between 1 and 65535.', 'wp24-helpdesk' ) );
					}
					$stored['port'] = (int) $value;
					break;
				case 'encryption':
					if ( ! in_array( $value, self::ENCRYPTIONS, true ) ) {
						return self::invalid( 'encryption', __( 'Encryption: choose SSL/TLS, STARTTLS or none.', 'wp24-helpdesk' ) );
					}
					$stored['encryption'] = $value;
					break;
				case 'user':
				case 'folder':
					$text = trim( (string) $value );
					if ( mb_strlen( $text ) > 200 || 1 === preg_match( '/[\x00-\x1F\x7F]/', $text ) ) {
						return self::invalid( $name, 'user' === $name ? __( 'User name: 200 characters at most, on one line.', 'wp24-helpdesk' ) : __( 'Folder: 200 characters at most, on one line.', 'wp24-helpdesk' ) );
					}
					$stored[ $name ] = 'folder' === $name && '' === $text ? 'INBOX' : $text;
					break;
				case 'password':
					if ( '' !== (string) $value ) {
						$stored['password'] = self::seal( (string) $value );
					}
					break;
				default:
					/* translators: %s: field name. */
					return self::invalid( (string) $name, sprintf( __( '"%s" is not a mailbox setting.', 'wp24-helpdesk' ), (string) $name ) );
			}
		}
		update_option( self::OPTION, $stored, false );
		return true;
	}

	/**
	 * The stored values over the defaults.
	 *
	 * @return array<string, mixed>
	 */
	private function stored(): array {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $stored ) ? $stored : array() );
	}

	/**
	 * Encrypts a password with a fresh nonce.
	 *
	 * @param string $clear The password.
	 */
	private static function seal( string $clear ): string {
		$nonce = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
		return base64_encode( $nonce . sodium_crypto_secretbox( $clear, $nonce, self::key() ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- the ciphertext, stored as text.
	}

	/**
	 * The encryption key, derived from the site's salts.
	 */
	private static function key(): string {
		return hash_hmac( 'sha256', 'wp24hd-mailbox-password', wp_salt( 'secure_auth' ), true );
	}

	/**
	 * A 400 naming the field.
	 *
	 * @param string $field   Field.
	 * @param string $message What is wrong.
	 */
	private static function invalid( string $field, string $message ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}
}
