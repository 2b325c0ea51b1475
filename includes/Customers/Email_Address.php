<?php
/**
 * Email addresses taken as input: accepted only as written, compared in one normal form.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Customers;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * `sanitize_email()` silently drops characters an address cannot have, so an address it would
 * change is not the one the person typed: receipts and guest keys would go to another inbox.
 * Such an address is refused; limits and comparisons use the normal form (trimmed, lowercased),
 * so decorated spellings of one address count as one.
 */
final class Email_Address {

	/**
	 * The form limits and comparisons key on: surrounding whitespace removed, lowercased.
	 *
	 * @param string $email Address as sent.
	 */
	public static function normalise( string $email ): string {
		return strtolower( trim( $email ) );
	}

	/**
	 * Whether `sanitize_email()` keeps the address (surrounding whitespace aside) as written. An
	 * address it turns into no valid address at all (`ugo@localhost`) counts as kept: it is
	 * simply invalid, and the rules that check validity say so in their own words.
	 *
	 * @param string $email Address as sent.
	 */
	public static function is_kept_by_sanitising( string $email ): bool {
		$trimmed = trim( $email );
		$clean   = sanitize_email( $trimmed );
		return $clean === $trimmed || ! is_email( $clean );
	}

	/**
	 * A REST argument's `validate_callback`: the schema's own checks, then the address kept as
	 * written (an empty value is left to the route's rules).
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Argument name.
	 * @return true|WP_Error
	 */
	public static function validate_arg( $value, $request, $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		if ( is_string( $value ) && '' !== trim( $value ) && ! self::is_kept_by_sanitising( $value ) ) {
			return new WP_Error( 'rest_invalid_param', self::refusal( $param ), array( 'param' => $param ) );
		}
		return true;
	}

	/**
	 * Why an address that sanitising would change is refused, naming the field.
	 *
	 * @param string $field Field name.
	 */
	public static function refusal( string $field ): string {
		/* translators: %s: name of the field. */
		return sprintf( __( '%s: this email address contains characters an address cannot have; type it exactly as your mailbox spells it.', 'wp24-helpdesk' ), $field );
	}
}
