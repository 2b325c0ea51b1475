<?php
/**
 * Where the plugin reads "now".
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Time;

use DateTimeImmutable;

defined( 'ABSPATH' ) || exit;

/**
 * The current moment, as one injected input: services ask it instead of calling `time()`, so a
 * test can set the time instead of moving rows in the database.
 */
interface Clock {

	/**
	 * The current moment, in UTC.
	 */
	public function now(): DateTimeImmutable;
}
