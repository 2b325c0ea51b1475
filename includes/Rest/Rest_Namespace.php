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
}
