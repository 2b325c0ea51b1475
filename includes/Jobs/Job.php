<?php
/**
 * A clock-driven job (auto-close, renewals, quote expiry).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

use DateTimeImmutable;

defined( 'ABSPATH' ) || exit;

/**
 * Jobs act on what is due at `$now`, not on what happened since the last run, so a run after
 * days without cron catches up in one pass and a rerun finds nothing left to do.
 */
interface Job {

	/**
	 * The action hook that runs it (also its name in the lease and the run log).
	 */
	public function hook(): string;

	/**
	 * Seconds between runs.
	 */
	public function interval(): int;

	/**
	 * What Site Health calls it.
	 */
	public function label(): string;

	/**
	 * Does what is due, in batches; false when it stopped at `$max_batches` with work left.
	 * Before each batch it renews `$lease` and stops when another run has taken it over.
	 *
	 * @param DateTimeImmutable $now         The moment to act for (UTC).
	 * @param int               $max_batches Batches this run may take.
	 * @param Job_Lock|null     $lease       The run's lease (null when called without one).
	 */
	public function run( DateTimeImmutable $now, int $max_batches, ?Job_Lock $lease = null ): bool;
}
