<?php
/**
 * The batch loop's stop rule, shared by the jobs.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * A job reads at most BATCH rows per pass; a full batch means there may be more.
 */
trait Batches {

	/**
	 * Whether the batch just read was full, so the job reads another.
	 *
	 * @param array<int|string, mixed> $rows The batch.
	 */
	private static function full_batch( array $rows ): bool {
		return self::BATCH === count( $rows );
	}
}
