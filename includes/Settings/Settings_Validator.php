<?php
/**
 * What a change of the helpdesk settings must pass, and what to tell someone when it does not.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings;

use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The schema's checks plus the rules a schema cannot say (calendar dates, intervals that do not
 * overlap, the no-plan target), each refusal naming the field by its label.
 */
final class Settings_Validator {

	/**
	 * The settings' names as the settings screen shows them, for messages that name a field.
	 *
	 * @return array<string, string> Label by setting key.
	 */
	public static function labels(): array {
		return array(
			'timezone'                     => __( 'Timezone of the business hours', 'wp24-helpdesk' ),
			'weekly_hours'                 => __( 'Opening hours', 'wp24-helpdesk' ),
			'national_holidays'            => __( 'Closed on Italian national holidays', 'wp24-helpdesk' ),
			'closures'                     => __( 'Extra closed days (YYYY-MM-DD)', 'wp24-helpdesk' ),
			'default_first_response_hours' => __( 'First-response target without a plan (business hours)', 'wp24-helpdesk' ),
			'price_vat'                    => __( 'VAT note beside plan prices', 'wp24-helpdesk' ),
			'consent_version'              => __( 'Privacy text version', 'wp24-helpdesk' ),
			'reopen_days'                  => __( 'Days a closed ticket can be reopened by a reply', 'wp24-helpdesk' ),
			'guest_link_days'              => __( 'Days a guest’s link keeps working after the last activity (0 = always)', 'wp24-helpdesk' ),
			'retention_months'             => __( 'Months a closed ticket is kept before deletion (0 = always; tickets with a paid quote stay)', 'wp24-helpdesk' ),
			'attachment_max_mb'            => __( 'Largest attachment (MB)', 'wp24-helpdesk' ),
			'support_email'                => __( 'Support email', 'wp24-helpdesk' ),
			'email_unknown_senders'        => __( 'An email from an address without an account', 'wp24-helpdesk' ),
			'email_urgent_words'           => __( 'Subject words that make an emailed request urgent', 'wp24-helpdesk' ),
			'email_plus_addressing'        => __( 'The support mailbox accepts plus-addresses (per-ticket reply address)', 'wp24-helpdesk' ),
			'whatsapp_number'              => __( 'WhatsApp number', 'wp24-helpdesk' ),
			'phone_number'                 => __( 'Phone number (Premium only)', 'wp24-helpdesk' ),
			'auto_close_days'              => __( 'Days before a waiting ticket closes automatically', 'wp24-helpdesk' ),
			'auto_close_reminder_hours'    => __( 'Reminder hours before automatic closing (0 = none)', 'wp24-helpdesk' ),
			'support_page_id'              => __( 'Support page', 'wp24-helpdesk' ),
			'tickets_page_id'              => __( 'My tickets page', 'wp24-helpdesk' ),
			'plans_page_id'                => __( 'Plans page', 'wp24-helpdesk' ),
			'staff_emails'                 => __( 'Staff notification addresses', 'wp24-helpdesk' ),
			'oncall_emails'                => __( 'On-call addresses for urgent tickets', 'wp24-helpdesk' ),
			'notifications'                => __( 'Emails sent', 'wp24-helpdesk' ),
			'saved_replies'                => __( 'Saved replies', 'wp24-helpdesk' ),
			'remove_data_on_uninstall'     => __( 'Remove all helpdesk data when the plugin is deleted', 'wp24-helpdesk' ),
		);
	}

	/**
	 * Validates one setting sent to the REST route, in words that name the field by its label and
	 * say what to enter (WordPress's own messages name the key and speak of "inclusive" bounds).
	 *
	 * @param mixed            $value   Value sent.
	 * @param \WP_REST_Request $request Request.
	 * @param string           $key     Setting key.
	 * @return true|WP_Error
	 */
	public static function validate_arg( $value, $request, $key ) {
		$valid = rest_validate_request_arg( $value, $request, $key );
		if ( true === $valid || ! is_wp_error( $valid ) ) {
			return $valid;
		}
		$schema = Settings_Schema::properties()[ $key ] ?? array();
		return new WP_Error( 'rest_invalid_param', self::refusal( (string) $key, $schema ), array( 'param' => $key ) );
	}

	/**
	 * What to tell someone whose value a setting's schema refused: the field's label, then what to enter.
	 *
	 * @param string               $key    Setting key.
	 * @param array<string, mixed> $schema Its schema.
	 */
	public static function refusal( string $key, array $schema ): string {
		$label = self::labels()[ $key ] ?? $key;
		$type  = $schema['type'] ?? '';
		if ( 'integer' === $type && isset( $schema['minimum'], $schema['maximum'] ) ) {
			/* translators: 1: setting name, 2: smallest value, 3: largest value. */
			return sprintf( __( '%1$s: enter a whole number from %2$s to %3$s.', 'wp24-helpdesk' ), $label, number_format_i18n( (int) $schema['minimum'] ), number_format_i18n( (int) $schema['maximum'] ) );
		}
		if ( 'integer' === $type ) {
			/* translators: 1: setting name, 2: smallest value. */
			return sprintf( __( '%1$s: enter a whole number of %2$s or more.', 'wp24-helpdesk' ), $label, number_format_i18n( (int) ( $schema['minimum'] ?? 0 ) ) );
		}
		if ( 'boolean' === $type ) {
			/* translators: %s: setting name. */
			return sprintf( __( '%s: switch it on or off.', 'wp24-helpdesk' ), $label );
		}
		if ( isset( $schema['enum'] ) ) {
			/* translators: %s: setting name. */
			return sprintf( __( '%s: choose one of the values in the list.', 'wp24-helpdesk' ), $label );
		}
		if ( 'string' === $type && isset( $schema['maxLength'] ) ) {
			/* translators: 1: setting name, 2: number of characters. */
			return sprintf( __( '%1$s: write at most %2$s characters.', 'wp24-helpdesk' ), $label, number_format_i18n( (int) $schema['maxLength'] ) );
		}
		/* translators: %s: setting name. */
		return sprintf( __( '%s: this value cannot be saved; check it and try again.', 'wp24-helpdesk' ), $label );
	}

	/**
	 * Validates and sanitizes a partial change; nothing of it may be saved when any field is invalid.
	 *
	 * @param array<string, mixed> $changes Fields to change.
	 * @return array<string, mixed>|WP_Error The change as it may be stored, or the first problem found.
	 */
	public static function check( array $changes ) {
		$properties = Settings_Schema::properties();
		foreach ( $changes as $key => $value ) {
			if ( ! isset( $properties[ $key ] ) ) {
				/* translators: %s: setting name. */
				return new WP_Error( 'wp24hd_unknown_setting', sprintf( __( '"%s" is not a helpdesk setting.', 'wp24-helpdesk' ), $key ), array( 'status' => 400 ) );
			}
			$valid = rest_validate_value_from_schema( $value, $properties[ $key ], $key );
			if ( is_wp_error( $valid ) ) {
				return self::invalid( $key, self::refusal( $key, $properties[ $key ] ) );
			}
			$changes[ $key ] = rest_sanitize_value_from_schema( $value, $properties[ $key ], $key );
		}
		if ( isset( $changes['support_email'] ) && '' !== $changes['support_email'] && ! is_email( $changes['support_email'] ) ) {
			/* translators: %s: setting name. */
			return self::invalid( 'support_email', sprintf( __( '%s: enter a valid email address, or leave it empty.', 'wp24-helpdesk' ), self::labels()['support_email'] ) );
		}
		$problem = self::check_rules( $changes );
		if ( $problem ) {
			return $problem;
		}
		if ( isset( $changes['closures'] ) ) {
			$closures = array_values( array_unique( $changes['closures'] ) );
			sort( $closures );
			$changes['closures'] = $closures;
		}
		return $changes;
	}

	/**
	 * The rules beyond the schema, in the order a person reads the screen.
	 *
	 * @param array<string, mixed> $changes Fields to change, valid by the schema.
	 */
	private static function check_rules( array $changes ): ?WP_Error {
		if ( isset( $changes['default_first_response_hours'] ) ) {
			$problem = self::check_no_plan_target( (int) $changes['default_first_response_hours'] );
			if ( $problem ) {
				return $problem;
			}
		}
		if ( isset( $changes['weekly_hours'] ) ) {
			$problem = self::check_intervals( $changes['weekly_hours'] );
			if ( $problem ) {
				return $problem;
			}
		}
		foreach ( $changes['closures'] ?? array() as $date ) {
			list( $year, $month, $day ) = array_map( 'intval', explode( '-', $date ) );
			if ( ! checkdate( $month, $day, $year ) ) {
				/* translators: 1: setting name, 2: what was entered. */
				return self::invalid( 'closures', sprintf( __( '%1$s: %2$s is not a calendar date.', 'wp24-helpdesk' ), self::labels()['closures'], $date ) );
			}
		}
		return null;
	}

	/**
	 * Refuses a no-plan target faster than the slowest published plan's: no visitor is promised a
	 * faster answer than a paying customer (Response_Targets).
	 *
	 * @param int $hours The no-plan target asked for.
	 */
	private static function check_no_plan_target( int $hours ): ?WP_Error {
		$slowest = Response_Targets::slowest_plan( ( new Plan_Post_Type() )->published() );
		if ( null === $slowest || $hours >= $slowest->first_response_hours ) {
			return null;
		}
		return self::invalid(
			'default_first_response_hours',
			sprintf(
				/* translators: 1: setting name, 2: hours, 3: plan name. */
				__( '%1$s: enter %2$d or more. %3$s answers within %2$d business hours, and a visitor without a plan is never promised a faster answer than a paying customer.', 'wp24-helpdesk' ),
				self::labels()['default_first_response_hours'],
				$slowest->first_response_hours,
				$slowest->name
			)
		);
	}

	/**
	 * Refuses intervals that end before they start or overlap.
	 *
	 * @param array<string, array<int, array{open: string, close: string}>> $weekly Weekly hours.
	 */
	private static function check_intervals( array $weekly ): ?WP_Error {
		foreach ( $weekly as $day => $intervals ) {
			$previous_close = -1;
			usort( $intervals, static fn( array $a, array $b ): int => strcmp( $a['open'], $b['open'] ) );
			foreach ( $intervals as $interval ) {
				$open  = Settings_Schema::minutes( $interval['open'] );
				$close = Settings_Schema::minutes( $interval['close'] );
				if ( $open >= $close || $open < $previous_close ) {
					return self::invalid(
						'weekly_hours',
						/* translators: %s: weekday name, e.g. Monday. */
						sprintf( __( 'Opening hours on %s: each interval must open before it closes and must not overlap another.', 'wp24-helpdesk' ), wp_date( 'l', strtotime( 'next ' . $day ) ) )
					);
				}
				$previous_close = $close;
			}
		}
		return null;
	}

	/**
	 * A refused setting: 400, the message, and the field it belongs to (`data.params`, as
	 * WordPress's own argument errors carry it, so the screen shows it beside that field).
	 *
	 * @param string $key     Setting key.
	 * @param string $message Message naming the field by its label.
	 */
	private static function invalid( string $key, string $message ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( $key => $message ),
			)
		);
	}
}
