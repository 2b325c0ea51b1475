<?php
/**
 * Which inbound messages the desk must not answer or store.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

defined( 'ABSPATH' ) || exit;

/**
 * Auto-replies and out-of-office notices (RFC 3834's Auto-Submitted, the older X-Autoreply and
 * Precedence headers), bounces and delivery reports, mailing lists, and the plugin's own
 * notifications coming back (the loop guard): each would otherwise open a ticket or answer an
 * answer forever. The pipeline logs the reason and stops.
 */
final class Mail_Screen {

	/** Header every notification the plugin sends carries, so it never reads its own mail as a customer's. */
	public const LOOP_HEADER = 'X-WP24HD-Loop';

	public const AUTO_REPLY = 'auto-reply';
	public const BOUNCE     = 'bounce';
	public const BULK       = 'bulk';
	public const LOOP       = 'loop';

	/**
	 * Why the message is ignored, or null when it is a person writing.
	 *
	 * @param Inbound_Email $email         The message.
	 * @param string[]      $own_addresses The desk's own addresses (support address, sender address), lowercased.
	 */
	public static function reason( Inbound_Email $email, array $own_addresses ): ?string {
		if ( '' !== $email->header( self::LOOP_HEADER ) || in_array( $email->from, $own_addresses, true ) ) {
			return self::LOOP;
		}
		if ( 'multipart/report' === $email->content_type
			|| 1 === preg_match( '/^(mailer-daemon|postmaster)@/i', $email->from )
			|| '<>' === trim( $email->header( 'return-path' ) ) ) {
			return self::BOUNCE;
		}
		$auto = strtolower( trim( $email->header( 'auto-submitted' ) ) );
		if ( ( '' !== $auto && 'no' !== $auto )
			|| '' !== $email->header( 'x-autoreply' )
			|| '' !== $email->header( 'x-autorespond' ) ) {
			return self::AUTO_REPLY;
		}
		if ( 1 === preg_match( '/^(bulk|list|junk)$/i', trim( $email->header( 'precedence' ) ) ) || '' !== $email->header( 'list-id' ) ) {
			return self::BULK;
		}
		return null;
	}
}
