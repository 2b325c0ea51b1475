<?php
/**
 * The job hooks and how often each runs, spelled once for the scheduler, activation and uninstall.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * Activation runs before the plugin has booted its services, so the schedule lives here as data.
 */
final class Job_Hooks {

	public const AUTO_CLOSE   = 'wp24hd_auto_close';
	public const RENEWALS     = 'wp24hd_renewals';
	public const QUOTE_EXPIRY = 'wp24hd_quote_expiry';
	public const RETENTION    = 'wp24hd_retention';
	public const MAILBOX      = 'wp24hd_mailbox';

	/**
	 * Seconds between runs, by hook.
	 *
	 * @return array<string, int>
	 */
	public static function intervals(): array {
		return array(
			self::AUTO_CLOSE   => HOUR_IN_SECONDS,
			self::RENEWALS     => DAY_IN_SECONDS,
			self::QUOTE_EXPIRY => HOUR_IN_SECONDS,
			self::RETENTION    => DAY_IN_SECONDS,
			self::MAILBOX      => 5 * MINUTE_IN_SECONDS,
		);
	}
}
