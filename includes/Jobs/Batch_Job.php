<?php
/**
 * What every job shares: its hook and interval from Job_Hooks, and the batch loop's stop rules.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * A job using this names its hook in a `HOOK` constant (one of Job_Hooks') and its batch size in
 * `BATCH`; the loop asks next_batch() before each batch, so a run stops at its share of batches
 * or as soon as it lost its lease, and full_batch() after it, so it reads on only while there
 * may be more.
 */
trait Batch_Job {

	/**
	 * {@inheritDoc}
	 */
	public function hook(): string {
		return self::HOOK;
	}

	/**
	 * {@inheritDoc}
	 */
	public function interval(): int {
		return Job_Hooks::intervals()[ self::HOOK ];
	}

	/**
	 * Whether the run may take one more batch: within its share, and still holding its lease.
	 *
	 * @param int           $batches     Batches taken so far; counted up here.
	 * @param int           $max_batches Batches this run may take.
	 * @param Job_Lock|null $lease       The run's lease, renewed before each batch.
	 */
	private static function next_batch( int &$batches, int $max_batches, ?Job_Lock $lease ): bool {
		return ++$batches <= $max_batches && ( null === $lease || $lease->renew() );
	}

	/**
	 * Whether the batch just read was full, so the job reads another.
	 *
	 * @param array<int|string, mixed> $rows The batch.
	 */
	private static function full_batch( array $rows ): bool {
		return self::BATCH === count( $rows );
	}
}
