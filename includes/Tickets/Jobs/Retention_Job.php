<?php
/**
 * Deletes closed tickets past the owner's retention period, and files no ticket holds.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Jobs;

use DateTimeImmutable;
use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Schema\Transaction;
use WP24\Helpdesk\Security\Rate_Limit_Repository;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Jobs\Batch_Job;
use WP24\Helpdesk\Jobs\Job;
use WP24\Helpdesk\Jobs\Job_Hooks;
use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * Privacy law wants personal data kept no longer than needed (GDPR art. 5(1)(e)): with
 * `retention_months` set, a ticket closed longer ago than that goes with its messages, quotes and
 * files. A ticket with a paid quote stays, because the invoice it backs must be kept. With the
 * setting at 0 (the default) nothing is deleted. Files that no row names, left by requests that
 * failed after storing them, go after a day whatever the setting, and so do rate-limit counters
 * whose window has ended. Idempotency keys go after seven days: a retry comes within minutes or
 * hours, and a key older than that answers for nothing a client would still send again.
 */
final class Retention_Job implements Job {

	use Batch_Job;

	private const HOOK = Job_Hooks::RETENTION;

	private const BATCH = 50;

	/** Age after which a file without a row is certainly not on its way into one. */
	private const ORPHAN_AGE = DAY_IN_SECONDS;

	/** Days an idempotency key answers retries for. */
	public const REQUEST_KEY_DAYS = 7;

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository     $repository Indexed query and deletion of tickets.
	 * @param Attachment_Store      $files      The tickets' files.
	 * @param Settings              $settings   Retention period.
	 * @param Rate_Limit_Repository $limits     Rate-limit counters.
	 */
	public function __construct(
		private Ticket_Repository $repository,
		private Attachment_Store $files,
		private Settings $settings,
		private Rate_Limit_Repository $limits = new Rate_Limit_Repository(),
	) {}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Deletion of old closed tickets', 'wp24-helpdesk' );
	}

	/**
	 * {@inheritDoc}
	 *
	 * @param DateTimeImmutable $now         The moment to act for.
	 * @param int               $max_batches Batches this run may take.
	 * @param Job_Lock|null     $lease       The run's lease, renewed before each batch.
	 */
	public function run( DateTimeImmutable $now, int $max_batches, ?Job_Lock $lease = null ): bool {
		$this->files->sweep_orphans( $now->getTimestamp() - self::ORPHAN_AGE );
		$this->limits->sweep( $now->getTimestamp() );
		$keys_before = Ticket_Repository::date( $now->modify( '-' . self::REQUEST_KEY_DAYS . ' days' ) );
		$batch       = 0;
		do {
			$pruned = $this->repository->request_keys()->prune( $keys_before, self::BATCH );
		} while ( self::BATCH === $pruned && ++$batch < $max_batches );
		$months = (int) $this->settings->all()['retention_months'];
		if ( $months <= 0 ) {
			return true;
		}
		$cutoff  = Ticket_Repository::date( $now->modify( "-{$months} months" ) );
		$batches = 0;
		do {
			if ( ! self::next_batch( $batches, $max_batches, $lease ) ) {
				return false;
			}
			$due = $this->repository->closed_before_without_paid_quote( $cutoff, self::BATCH );
			foreach ( $due as $id ) {
				// Rows in one transaction, then the files: a file a crash leaves behind has no row
				// any more, and the next run sweeps it as an orphan.
				$stored = $this->files->stored_names( $id );
				Transaction::run( fn() => $this->repository->delete( $id ) );
				$this->files->delete_files( $stored );
			}
		} while ( self::full_batch( $due ) );
		return true;
	}
}
