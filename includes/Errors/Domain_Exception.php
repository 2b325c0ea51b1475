<?php
/**
 * Base of the exceptions services throw for rule violations; REST turns them into WP_Error.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Errors;

use RuntimeException;

defined( 'ABSPATH' ) || exit;

/**
 * A translated, user-facing message plus the HTTP status that fits it.
 */
class Domain_Exception extends RuntimeException {

	/**
	 * Constructor.
	 *
	 * @param string $error_code Machine-readable code, `wp24hd_*`.
	 * @param string $message    Translated message for the user.
	 * @param int    $status     HTTP status.
	 */
	public function __construct( private string $error_code, string $message, private int $status = 400 ) {
		parent::__construct( $message );
	}

	/**
	 * Machine-readable code.
	 */
	public function error_code(): string {
		return $this->error_code;
	}

	/**
	 * HTTP status.
	 */
	public function status(): int {
		return $this->status;
	}

	/**
	 * Bad input (400).
	 *
	 * @param string $code    Code.
	 * @param string $message Message.
	 */
	public static function invalid( string $code, string $message ): self {
		return new self( $code, $message, 400 );
	}

	/**
	 * Missing, or not the caller's to see (404, so existence is not revealed).
	 *
	 * @param string $code    Code.
	 * @param string $message Message.
	 */
	public static function not_found( string $code, string $message ): self {
		return new self( $code, $message, 404 );
	}

	/**
	 * A rule forbids it in the current state (409).
	 *
	 * @param string $code    Code.
	 * @param string $message Message.
	 */
	public static function conflict( string $code, string $message ): self {
		return new self( $code, $message, 409 );
	}
}
