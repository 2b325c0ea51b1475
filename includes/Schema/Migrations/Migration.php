<?php
/**
 * One data change that goes with a schema version.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Schema\Migrations;

defined( 'ABSPATH' ) || exit;

/**
 * A step named for the version that needs it, run after dbDelta by the Migrations runner.
 * Every step is safe to run twice: an upgrade that dies half-way runs it again.
 */
interface Migration {

	/**
	 * Whether an upgrade from this stored version needs the step.
	 *
	 * @param int $from Schema version before the upgrade (0 on a fresh install).
	 */
	public function applies_from( int $from ): bool;

	/**
	 * Runs the step, or as much of it as fits before `$until`.
	 *
	 * @param float $until Time (microtime) after which the step stops.
	 * @return bool False when it ran out of time: the next run goes on where it stopped.
	 */
	public function run( float $until ): bool;
}
