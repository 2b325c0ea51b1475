<?php
/**
 * The REST namespace shared by every controller.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * One constant so the namespace is spelled once.
 */
final class Rest_Namespace {
	public const NAME = 'wp24-helpdesk/v1';

	/** Base of the routes that receive another service's payload (inbound email webhooks). */
	public const FOREIGN_PAYLOAD_BASE = 'inbound-email';

	/**
	 * Whether a route receives a payload another service shapes: the guards for the plugin's own
	 * forms (unknown fields, text encoding) do not apply there, as the service decides its fields
	 * and the mail decoder handles any charset.
	 *
	 * @param string $route Matched route or path.
	 */
	public static function carries_foreign_payload( string $route ): bool {
		return str_starts_with( $route, '/' . self::NAME . '/' . self::FOREIGN_PAYLOAD_BASE . '/' );
	}
}
