<?php
/**
 * Schedules the jobs (Action Scheduler when present, else WP-Cron) and runs them under a lease.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

use DateTimeImmutable;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Each run takes the job's lease (renewed before each batch), works through a bounded number of
 * batches, records when it finished (Site Health reads that), and queues a follow-up run soon
 * when work is left.
 */
final class Job_Scheduler {

	/** WP-Cron recurrence of the jobs that run every five minutes. */
	private const FIVE_MINUTES = 'wp24hd_five_minutes';

	/** Option with the last finished run of each job (hook => Unix time). */
	public const RUNS_OPTION = 'wp24hd_job_runs';

	/** Action Scheduler group of the plugin's actions. */
	public const GROUP = 'wp24-helpdesk';

	/** Batches one run may take before handing over to a follow-up run. */
	public const MAX_BATCHES = 20;

	/**
	 * Constructor.
	 *
	 * @param Job[] $jobs The jobs.
	 * @param Clock $clock Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private array $jobs, private Clock $clock = new System_Clock() ) {}

	/**
	 * Hooks each job and makes sure it is scheduled (checked in the admin, cheap when it is).
	 */
	public function register(): void {
		foreach ( $this->jobs as $job ) {
			add_action( $job->hook(), fn() => $this->run( $job ) );
		}
		add_action( 'admin_init', array( $this, 'schedule' ) );
		self::add_recurrences();
	}

	/**
	 * Adds WP-Cron's recurrence for jobs that run more often than hourly (the mailbox), also
	 * during activation, when the plugin has not booted yet.
	 */
	public static function add_recurrences(): void {
		if ( has_filter( 'cron_schedules', array( self::class, 'recurrences' ) ) ) {
			return;
		}
		add_filter( 'cron_schedules', array( self::class, 'recurrences' ) ); // phpcs:ignore WordPress.WP.CronInterval -- five minutes is the mailbox's polling interval, as hosted helpdesks poll.
	}

	/**
	 * WP-Cron's schedules with the plugin's five-minute one.
	 *
	 * @param array<string, array{interval: int, display: string}> $schedules Schedules.
	 * @return array<string, array{interval: int, display: string}>
	 */
	public static function recurrences( $schedules ): array {
		$schedules                       = is_array( $schedules ) ? $schedules : array();
		$schedules[ self::FIVE_MINUTES ] = array(
			'interval' => 5 * MINUTE_IN_SECONDS,
			'display'  => __( 'Every five minutes (WP24 Helpdesk)', 'wp24-helpdesk' ),
		);
		return $schedules;
	}

	/**
	 * The jobs, for Site Health and deactivation.
	 *
	 * @return Job[]
	 */
	public function jobs(): array {
		return $this->jobs;
	}

	/**
	 * Schedules every job that is not scheduled yet.
	 */
	public function schedule(): void {
		self::schedule_hooks( Job_Hooks::intervals() );
	}

	/**
	 * Schedules each hook that is not scheduled yet (activation calls this before boot).
	 *
	 * @param array<string, int> $intervals Seconds between runs, by hook.
	 */
	public static function schedule_hooks( array $intervals ): void {
		self::add_recurrences();
		foreach ( $intervals as $hook => $interval ) {
			if ( self::uses_action_scheduler() ) {
				if ( ! as_has_scheduled_action( $hook, array(), self::GROUP ) ) {
					as_schedule_recurring_action( time() + MINUTE_IN_SECONDS, $interval, $hook, array(), self::GROUP );
				}
				// A WP-Cron event left from before WooCommerce was active would run the job twice.
				wp_clear_scheduled_hook( $hook );
			} elseif ( false === wp_next_scheduled( $hook ) ) {
				wp_schedule_event( time() + MINUTE_IN_SECONDS, self::recurrence( $interval ), $hook );
			}
		}
	}

	/**
	 * Removes every scheduled run of the given hooks, from both schedulers.
	 *
	 * @param string[] $hooks Job hooks.
	 */
	public static function unschedule( array $hooks ): void {
		foreach ( $hooks as $hook ) {
			wp_clear_scheduled_hook( $hook );
			if ( self::uses_action_scheduler() ) {
				as_unschedule_all_actions( $hook, array(), self::GROUP );
			}
		}
	}

	/**
	 * Runs a job now, unless another run holds its lease; false when it did not run.
	 *
	 * @param Job                    $job The job.
	 * @param DateTimeImmutable|null $now The moment to act for (tests pass one; default now).
	 */
	public function run( Job $job, ?DateTimeImmutable $now = null ): bool {
		$lease = Job_Lock::acquire( $job->hook(), Job_Lock::LEASE, $this->clock );
		if ( null === $lease ) {
			error_log( sprintf( 'WP24 Helpdesk: the %s run was skipped: another run holds its lease.', $job->hook() ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- must reach the site's log.
			return false;
		}
		try {
			$done = $job->run( $now ?? $this->clock->now(), self::MAX_BATCHES, $lease );
			$runs = get_option( self::RUNS_OPTION, array() );
			$runs = is_array( $runs ) ? $runs : array();

			$runs[ $job->hook() ] = $this->clock->now()->getTimestamp();
			update_option( self::RUNS_OPTION, $runs, false );
		} finally {
			$lease->release();
		}
		if ( ! $done ) {
			$this->follow_up( $job );
		}
		return true;
	}

	/**
	 * When each job last finished a run (Unix time), by hook.
	 *
	 * @return array<string, int>
	 */
	public static function last_runs(): array {
		$runs = get_option( self::RUNS_OPTION, array() );
		return is_array( $runs ) ? array_map( 'intval', $runs ) : array();
	}

	/**
	 * Whether Action Scheduler (shipped with WooCommerce) is available.
	 */
	public static function uses_action_scheduler(): bool {
		return function_exists( 'as_schedule_recurring_action' ) && function_exists( 'as_has_scheduled_action' );
	}

	/**
	 * Queues one extra run in a minute for the work a bounded run left.
	 *
	 * @param Job $job The job.
	 */
	private function follow_up( Job $job ): void {
		if ( self::uses_action_scheduler() ) {
			as_schedule_single_action( time() + MINUTE_IN_SECONDS, $job->hook(), array(), self::GROUP );
			return;
		}
		wp_schedule_single_event( time() + MINUTE_IN_SECONDS, $job->hook() );
	}

	/**
	 * The WP-Cron recurrence for an interval.
	 *
	 * @param int $interval Seconds.
	 */
	private static function recurrence( int $interval ): string {
		if ( $interval < HOUR_IN_SECONDS ) {
			return self::FIVE_MINUTES;
		}
		return $interval >= DAY_IN_SECONDS ? 'daily' : 'hourly';
	}
}
