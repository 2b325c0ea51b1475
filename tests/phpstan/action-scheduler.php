<?php
/**
 * Action Scheduler's functions the plugin calls when they exist (WooCommerce ships them),
 * declared for PHPStan's analysis only: WooCommerce's stubs leave them out.
 *
 * @package WP24\Helpdesk
 */

/**
 * Whether an action is scheduled.
 *
 * @param string                   $hook  Hook.
 * @param array<int|string, mixed> $args  Arguments.
 * @param string                   $group Group.
 */
function as_has_scheduled_action( string $hook, ?array $args = null, string $group = '' ): bool {
	return false;
}

/**
 * Schedules a recurring action; its ID.
 *
 * @param int                      $timestamp           First run.
 * @param int                      $interval_in_seconds Interval.
 * @param string                   $hook                Hook.
 * @param array<int|string, mixed> $args                Arguments.
 * @param string                   $group               Group.
 * @param bool                     $unique              One at a time.
 * @param int                      $priority            Priority.
 */
function as_schedule_recurring_action( int $timestamp, int $interval_in_seconds, string $hook, array $args = array(), string $group = '', bool $unique = false, int $priority = 10 ): int {
	return 0;
}

/**
 * Schedules one action; its ID.
 *
 * @param int                      $timestamp When.
 * @param string                   $hook      Hook.
 * @param array<int|string, mixed> $args      Arguments.
 * @param string                   $group     Group.
 * @param bool                     $unique    One at a time.
 * @param int                      $priority  Priority.
 */
function as_schedule_single_action( int $timestamp, string $hook, array $args = array(), string $group = '', bool $unique = false, int $priority = 10 ): int {
	return 0;
}

/**
 * Cancels every scheduled action of a hook.
 *
 * @param string                   $hook  Hook.
 * @param array<int|string, mixed> $args  Arguments.
 * @param string                   $group Group.
 */
function as_unschedule_all_actions( string $hook, array $args = array(), string $group = '' ): void {
}
