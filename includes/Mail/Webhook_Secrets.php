<?php
/**
 * The credentials hosted inbound services use to deliver mail to the desk.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * A password the plugin generates for HTTP Basic credentials in the webhook URL (Postmark,
 * SendGrid's Inbound Parse), and Mailgun's webhook signing key as the owner pastes it. Kept in a
 * non-autoloaded option of their own, outside the settings the REST API lists.
 */
final class Webhook_Secrets {

	public const OPTION = 'wp24hd_inbound_webhook';

	/** The user name in the webhook URL's credentials. */
	public const USER = 'wp24hd';

	/**
	 * The Basic password, created on first use.
	 */
	public function password(): string {
		$stored = $this->stored();
		if ( '' === ( $stored['password'] ?? '' ) ) {
			$stored['password'] = wp_generate_password( 32, false );
			update_option( self::OPTION, $stored, false );
		}
		return (string) $stored['password'];
	}

	/**
	 * Mailgun's HTTP webhook signing key, '' until set.
	 */
	public function mailgun_key(): string {
		return (string) ( $this->stored()['mailgun_key'] ?? '' );
	}

	/**
	 * Saves Mailgun's signing key.
	 *
	 * @param string $key The key from Mailgun's dashboard.
	 */
	public function set_mailgun_key( string $key ): void {
		$stored                = $this->stored();
		$stored['mailgun_key'] = sanitize_text_field( $key );
		update_option( self::OPTION, $stored, false );
	}

	/**
	 * Whether a request carries the Basic credentials.
	 *
	 * @param string|null $authorization The Authorization header.
	 */
	public function basic_matches( ?string $authorization ): bool {
		if ( null === $authorization || 1 !== preg_match( '/^Basic\s+([A-Za-z0-9+\/=]+)$/i', trim( $authorization ), $match ) ) {
			return false;
		}
		$given = (string) base64_decode( $match[1], true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- HTTP Basic's own encoding.
		return hash_equals( self::USER . ':' . $this->password(), $given );
	}

	/**
	 * The stored secrets.
	 *
	 * @return array<string, string>
	 */
	private function stored(): array {
		$stored = get_option( self::OPTION, array() );
		return is_array( $stored ) ? $stored : array();
	}
}
