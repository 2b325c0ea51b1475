<?php
/**
 * The mailbox could not be read.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

use RuntimeException;

defined( 'ABSPATH' ) || exit;

/**
 * Its message is written for the site owner (the connection test and Site Health show it).
 */
final class Mailbox_Unavailable extends RuntimeException {
}
