<?php
/**
 * R9: tickets waiting for the customer are reminded once, then closed after the configured days.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Jobs;

use DateTimeImmutable;
use WP24\Helpdesk\Notifications\Ticket_Notifications;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Lifecycle_Service;
use WP24\Helpdesk\Jobs\Batches;
use WP24\Helpdesk\Jobs\Job;
use WP24\Helpdesk\Jobs\Job_Hooks;
use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * Closing comes before reminding: after days without cron a ticket past its closing time gets
 * the closing notice only, not a reminder about a deadline already gone.
 */
final class Auto_Close_Job implements Job {

	use Batches;

	private const BATCH = 50;

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository    $repository    Indexed queries over waiting tickets.
	 * @param Lifecycle_Service    $tickets       The closing rule.
	 * @param Ticket_Notifications $notifications Reminder and notice.
	 * @param Settings             $settings      Days and reminder hours.
	 */
	public function __construct(
		private Ticket_Repository $repository,
		private Lifecycle_Service $tickets,
		private Ticket_Notifications $notifications,
		private Settings $settings,
	) {}

	/**
	 * {@inheritDoc}
	 */
	public function hook(): string {
		return Job_Hooks::AUTO_CLOSE;
	}

	/**
	 * {@inheritDoc}
	 */
	public function interval(): int {
		return Job_Hooks::intervals()[ Job_Hooks::AUTO_CLOSE ];
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Automatic closing of tickets waiting for the customer', 'wp24-helpdesk' );
	}

	/**
	 * {@inheritDoc}
	 *
	 * @param DateTimeImmutable $now         The moment to act for.
	 * @param int               $max_batches Batches this run may take.
	 * @param Job_Lock|null     $lease       The run's lease, renewed before each batch.
	 */
	public function run( DateTimeImmutable $now, int $max_batches, ?Job_Lock $lease = null ): bool {
		$settings      = $this->settings->all();
		$days          = (int) $settings['auto_close_days'];
		$close_cutoff  = $now->modify( '-' . $days . ' days' );
		$remind_cutoff = $close_cutoff->modify( '+' . (int) $settings['auto_close_reminder_hours'] . ' hours' );
		$batches       = 0;

		do {
			if ( ++$batches > $max_batches || ( $lease && ! $lease->renew() ) ) {
				return false;
			}
			$due = $this->repository->waiting_since_before( Ticket_Repository::date( $close_cutoff ), self::BATCH );
			foreach ( $due as $ticket ) {
				$closed = $this->tickets->auto_close( $ticket );
				if ( null !== $closed ) {
					$this->notifications->auto_closed( $closed );
				}
			}
		} while ( self::full_batch( $due ) );

		if ( $remind_cutoff <= $close_cutoff ) {
			return true;
		}
		do {
			if ( ++$batches > $max_batches || ( $lease && ! $lease->renew() ) ) {
				return false;
			}
			$due = $this->repository->due_for_reminder( Ticket_Repository::date( $remind_cutoff ), Ticket_Repository::date( $close_cutoff ), self::BATCH );
			foreach ( $due as $ticket ) {
				if ( $this->repository->claim_reminder( $ticket ) ) {
					$closes_at = ( $ticket->time( 'waiting_since' ) ?? $now )->modify( '+' . $days . ' days' );
					$this->notifications->waiting_reminder( $ticket, $closes_at );
				}
			}
		} while ( self::full_batch( $due ) );

		return true;
	}
}
