<?php
/**
 * A message the desk cannot read.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

use RuntimeException;

defined( 'ABSPATH' ) || exit;

/**
 * Thrown by the readers; the pipeline logs it and leaves the message alone, never a fatal error.
 */
final class Malformed_Email extends RuntimeException {
}
