<?php
/**
 * A Site Health test that reports a job that has not run for too long.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * WP-Cron runs only when someone visits the site (or a real cron calls wp-cron.php); on a
 * quiet or misconfigured site, tickets would never auto-close. This makes that visible.
 */
final class Job_Health {

	public const TEST = 'wp24hd_jobs';

	/** A job counts as late after this many of its intervals without a finished run. */
	private const LATE_AFTER_INTERVALS = 3;

	/**
	 * Constructor.
	 *
	 * @param Job_Scheduler $scheduler The jobs.
	 * @param Clock         $clock Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Job_Scheduler $scheduler, private Clock $clock = new System_Clock() ) {}

	/**
	 * Adds the test.
	 */
	public function register(): void {
		add_filter( 'site_status_tests', array( $this, 'add_test' ) );
	}

	/**
	 * Adds the Site Health test.
	 *
	 * @param array<string, mixed> $tests Site Health tests.
	 * @return array<string, mixed>
	 */
	public function add_test( $tests ) {
		$tests['direct'][ self::TEST ] = array(
			'label' => __( 'WP24 Helpdesk scheduled jobs', 'wp24-helpdesk' ),
			'test'  => array( $this, 'result' ),
		);
		return $tests;
	}

	/**
	 * The test result, in Site Health's format.
	 *
	 * @return array<string, mixed>
	 */
	public function result(): array {
		$late = $this->late_jobs( $this->clock->now()->getTimestamp() );
		$base = array(
			'test'    => self::TEST,
			'badge'   => array(
				'label' => __( 'Helpdesk', 'wp24-helpdesk' ),
				'color' => 'blue',
			),
			'actions' => '',
		);
		if ( array() === $late ) {
			return $base + array(
				'label'       => __( 'The helpdesk jobs run on time', 'wp24-helpdesk' ),
				'status'      => 'good',
				'description' => '<p>' . esc_html__( 'Automatic closing, renewal reminders, quote expiry and the deletion of old tickets ran recently.', 'wp24-helpdesk' ) . '</p>',
			);
		}
		$items = '';
		foreach ( $late as $label => $last ) {
			$items .= '<li>' . esc_html(
				$last > 0
					/* translators: 1: job name, 2: time since its last run, e.g. "3 days". */
					? sprintf( __( '%1$s: last run %2$s ago', 'wp24-helpdesk' ), $label, human_time_diff( $last ) )
					/* translators: %s: job name. */
					: sprintf( __( '%s: has never run', 'wp24-helpdesk' ), $label )
			) . '</li>';
		}
		return array_merge(
			$base,
			array(
				'label'       => __( 'Some helpdesk jobs have not run for too long', 'wp24-helpdesk' ),
				'status'      => 'critical',
				'description' => '<p>' . esc_html__( 'Tickets waiting for customers are not being closed and renewal reminders are not being sent. WP-Cron may be disabled or the site may get too few visits: set up a real cron job that calls wp-cron.php, or check Action Scheduler under Tools → Scheduled Actions.', 'wp24-helpdesk' ) . '</p><ul>' . $items . '</ul>',
			)
		);
	}

	/**
	 * The jobs that are late at `$now`, with their last run (0: never), by label.
	 *
	 * A job that never ran is late only once the plugin has been active long enough for it to run.
	 *
	 * @param int $now Unix time.
	 * @return array<string, int>
	 */
	public function late_jobs( int $now ): array {
		$runs  = Job_Scheduler::last_runs();
		$since = (int) get_option( 'wp24hd_activated_at', $now );
		$late  = array();
		foreach ( $this->scheduler->jobs() as $job ) {
			$last  = $runs[ $job->hook() ] ?? 0;
			$limit = self::LATE_AFTER_INTERVALS * $job->interval();
			if ( $now - max( $last, $since ) > $limit ) {
				$late[ $job->label() ] = $last;
			}
		}
		return $late;
	}
}
