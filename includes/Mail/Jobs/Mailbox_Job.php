<?php
/**
 * Polls the agency's support mailbox.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail\Jobs;

use DateTimeImmutable;
use WP24\Helpdesk\Mail\Imap_Mailbox;
use WP24\Helpdesk\Mail\Inbound_Pipeline;
use WP24\Helpdesk\Mail\Mailbox_Settings;
use WP24\Helpdesk\Mail\Mailbox_Unavailable;
use WP24\Helpdesk\Mail\Malformed_Email;
use WP24\Helpdesk\Mail\Mime_Reader;
use WP24\Helpdesk\Jobs\Batch_Job;
use WP24\Helpdesk\Jobs\Job;
use WP24\Helpdesk\Jobs\Job_Hooks;
use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * Every five minutes, reads the messages the desk has not handled, hands each to the inbound
 * pipeline, and marks it handled only after the pipeline settled it. A run killed between the
 * two leaves the message unmarked; the next run reads it again and the pipeline recognises its
 * Message-ID, so it is stored once. Nothing is deleted or moved. With no mailbox configured (or
 * no imap extension) a run does nothing; Site Health says why.
 */
final class Mailbox_Job implements Job {

	use Batch_Job;

	private const HOOK = Job_Hooks::MAILBOX;

	/** Messages per batch; the lease is renewed between batches. */
	private const BATCH = 25;

	/** Last error, for Site Health. */
	public const ERROR_OPTION = 'wp24hd_mailbox_error';

	/**
	 * Constructor.
	 *
	 * @param Mailbox_Settings $settings The mailbox.
	 * @param Inbound_Pipeline $pipeline What happens to each message.
	 */
	public function __construct( private Mailbox_Settings $settings, private Inbound_Pipeline $pipeline ) {}

	/**
	 * Name for Site Health.
	 */
	public function label(): string {
		return __( 'Reading the support mailbox', 'wp24-helpdesk' );
	}

	/**
	 * {@inheritDoc}
	 *
	 * @param DateTimeImmutable $now         The moment to act for.
	 * @param int               $max_batches Batches this run may take.
	 * @param Job_Lock|null     $lease       The run's lease, renewed before each batch.
	 */
	public function run( DateTimeImmutable $now, int $max_batches, ?Job_Lock $lease = null ): bool {
		if ( ! $this->settings->is_configured() || ! Imap_Mailbox::available() ) {
			return true;
		}
		try {
			$mailbox = Imap_Mailbox::open( $this->settings );
		} catch ( Mailbox_Unavailable $unavailable ) {
			update_option( self::ERROR_OPTION, $unavailable->getMessage(), false );
			error_log( 'WP24 Helpdesk: the support mailbox could not be read: ' . $unavailable->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- must reach the site's log.
			return true;
		}
		delete_option( self::ERROR_OPTION );
		try {
			$batches = 0;
			do {
				if ( ! self::next_batch( $batches, $max_batches, $lease ) ) {
					return false;
				}
				$uids = $mailbox->unhandled( self::BATCH );
				foreach ( $uids as $uid ) {
					$this->handle( $mailbox, $uid );
				}
			} while ( self::full_batch( $uids ) );
			return true;
		} finally {
			$mailbox->close();
		}
	}

	/**
	 * Reads one message and marks it handled once the pipeline settled it; a storage failure
	 * leaves it unmarked for the next run.
	 *
	 * @param Imap_Mailbox $mailbox The open mailbox.
	 * @param int          $uid     Message UID.
	 */
	private function handle( Imap_Mailbox $mailbox, int $uid ): void {
		try {
			$this->pipeline->receive( Mime_Reader::read( $mailbox->raw( $uid ) ) );
		} catch ( Malformed_Email $malformed ) {
			error_log( sprintf( 'WP24 Helpdesk: mailbox message %d refused: %s', $uid, $malformed->getMessage() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the mailbox's record must reach the site's log.
		}
		$mailbox->mark_handled( $uid );
	}
}
