<?php
/**
 * The helpdesk settings: one option, one JSON schema that validates every change.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Calendar\Business_Calendar;
use WP24\Helpdesk\Calendar\Business_Hours;
use WP24\Helpdesk\Notifications\Notification_Types;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP24\Helpdesk\Uninstaller;
use WP_Error;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Reads settings with their defaults and writes only values that pass the schema and the rules.
 *
 * The schema is also the REST schema of `/settings`, so the API and the store cannot disagree.
 */
final class Settings {

	/**
	 * Constructor.
	 *
	 * @param Clock $clock Where "now" is read.
	 */
	public function __construct( private Clock $clock = new System_Clock() ) {}

	public const OPTION = 'wp24hd_settings';

	/** ISO weekday number of each day name used in the settings. */
	public const DAYS = array(
		'monday'    => 1,
		'tuesday'   => 2,
		'wednesday' => 3,
		'thursday'  => 4,
		'friday'    => 5,
		'saturday'  => 6,
		'sunday'    => 7,
	);

	/**
	 * The schema of every setting, with defaults.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties(): array {
		// Built once per request and language: the timezone list alone has ~400 entries.
		static $cache                   = array();
		return $cache[ get_locale() ] ??= self::build_properties();
	}

	/**
	 * Builds the schema of every setting.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private static function build_properties(): array {
		$interval = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'required'             => array( 'open', 'close' ),
			'properties'           => array(
				'open'  => array(
					'type'    => 'string',
					'pattern' => '^([01][0-9]|2[0-3]):[0-5][0-9]$',
				),
				'close' => array(
					'type'    => 'string',
					'pattern' => '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$',
				),
			),
		);
		$working  = array(
			array(
				'open'  => '09:30',
				'close' => '19:30',
			),
		);
		// A short list of email addresses (staff and on-call notifications).
		$addresses = array(
			'type'        => 'array',
			'items'       => array(
				'type'   => 'string',
				'format' => 'email',
			),
			'maxItems'    => 10,
			'uniqueItems' => true,
			'default'     => array(),
		);
		$weekly    = array();
		$defaults  = array();
		foreach ( array_keys( self::DAYS ) as $day ) {
			$weekly[ $day ]   = array(
				'type'     => 'array',
				'items'    => $interval,
				'maxItems' => 4,
			);
			$defaults[ $day ] = 'sunday' === $day ? array() : $working;
		}
		return array(
			'timezone'                     => array(
				'description' => __( 'Timezone of the business hours.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'enum'        => timezone_identifiers_list(),
				'default'     => 'Europe/Rome',
			),
			'weekly_hours'                 => array(
				'description'          => __( 'Opening hours of each weekday; an empty list means closed.', 'wp24-helpdesk' ),
				'type'                 => 'object',
				'additionalProperties' => false,
				'properties'           => $weekly,
				'default'              => $defaults,
			),
			'national_holidays'            => array(
				'description' => __( 'Close on Italian national holidays (Easter Monday included).', 'wp24-helpdesk' ),
				'type'        => 'boolean',
				'default'     => true,
			),
			'closures'                     => array(
				'description' => __( 'Extra closed days, such as the patron saint or a summer week.', 'wp24-helpdesk' ),
				'type'        => 'array',
				'items'       => array(
					'type'    => 'string',
					'pattern' => '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
				),
				'maxItems'    => 366,
				'uniqueItems' => true,
				'default'     => array(),
			),
			'default_first_response_hours' => array(
				'description' => __( 'First-response target in business hours for customers without a plan target.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 240,
				'default'     => 8,
			),
			'price_vat'                    => array(
				'description' => __( 'What the plan table says about VAT beside each price: included, to be added, or nothing.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'enum'        => array( 'included', 'excluded', 'none' ),
				'default'     => 'included',
			),
			'consent_version'              => array(
				'description' => __( 'Version of the privacy consent text; stored with every ticket.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'pattern'     => '^[A-Za-z0-9._-]{1,20}$',
				// Bump when the consent sentence changes (2026-2: the laws are named).
				'default'     => '2026-2',
			),
			'reopen_days'                  => array(
				'description' => __( 'Days after closing during which a customer reply reopens the ticket.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 90,
				'default'     => 14,
			),
			'guest_link_days'              => array(
				'description' => __( 'Days after a ticket’s last activity that a guest’s emailed link still opens it; 0 keeps links working.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 3650,
				'default'     => 180,
			),
			'retention_months'             => array(
				'description' => __( 'Months after closing that a ticket is kept; then it is deleted with its messages and files, except tickets with a paid quote (kept with the invoice). 0 keeps every ticket.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 600,
				'default'     => 0,
			),
			'attachment_max_mb'            => array(
				'description' => __( 'Largest attachment customers and technicians may upload, in MB.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 50,
				'default'     => 5,
			),
			'email_unknown_senders'        => array(
				'description' => __( 'What an email from an address without an account does: open a one-shot request as a guest, or get an answer pointing to the ticket form.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'enum'        => array( 'open', 'point' ),
				'default'     => 'open',
			),
			'email_urgent_words'           => array(
				'description' => __( 'Words that make an emailed request from a customer with a plan urgent when the subject contains them.', 'wp24-helpdesk' ),
				'type'        => 'array',
				'items'       => array(
					'type'      => 'string',
					'minLength' => 1,
					'maxLength' => 30,
				),
				'maxItems'    => 10,
				'uniqueItems' => true,
				'default'     => array( 'URGENTE', 'URGENT' ),
			),
			'email_plus_addressing'        => array(
				'description' => __( 'The support mailbox accepts plus-addresses (assistenza+anything@…): notifications then carry a per-ticket reply address.', 'wp24-helpdesk' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'support_email'                => array(
				'description' => __( 'Support email address shown to customers; empty until the owner sets it (the site admin address is not published).', 'wp24-helpdesk' ),
				'type'        => 'string',
				'maxLength'   => 100,
				'default'     => '',
			),
			'whatsapp_number'              => array(
				'description' => __( 'WhatsApp number for live chat, international format.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'pattern'     => '^(\\+[1-9][0-9 ]{5,19})?$',
				'default'     => '',
			),
			'phone_number'                 => array(
				'description' => __( 'Support phone line, shown only to Premium customers and staff.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'pattern'     => '^(\\+[1-9][0-9 ]{5,19})?$',
				'default'     => '',
			),
			'auto_close_days'              => array(
				'description' => __( 'Days a ticket waits for the customer before it is closed automatically.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 60,
				'default'     => 7,
			),
			'auto_close_reminder_hours'    => array(
				'description' => __( 'Hours before the automatic closing when the customer is reminded; 0 sends no reminder.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 336,
				'default'     => 48,
			),
			'support_page_id'              => array(
				'description' => __( 'Page with the ticket form; "open a new ticket" links lead there.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
			'tickets_page_id'              => array(
				'description' => __( 'Page with the My tickets block; links in emails open tickets there.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
			'plans_page_id'                => array(
				'description' => __( 'Page with the plan table; renewal emails link to it.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
			'staff_emails'                 => array(
				'description' => __( 'Addresses that receive staff notifications; empty means the site administrator address.', 'wp24-helpdesk' ),
			) + $addresses,
			'oncall_emails'                => array(
				'description' => __( 'On-call addresses told at once, at any hour, about urgent tickets; empty means the staff addresses.', 'wp24-helpdesk' ),
			) + $addresses,
			'notifications'                => array(
				'description'          => __( 'Which emails are sent; each can be switched off.', 'wp24-helpdesk' ),
				'type'                 => 'object',
				'additionalProperties' => false,
				'properties'           => array_map( static fn(): array => array( 'type' => 'boolean' ), array_flip( Notification_Types::all() ) ),
				'default'              => array_fill_keys( Notification_Types::all(), true ),
			),
			'saved_replies'                => array(
				'description' => __( 'Answers technicians insert into a reply with one click, editable before sending.', 'wp24-helpdesk' ),
				'type'        => 'array',
				'items'       => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					'required'             => array( 'title', 'body' ),
					'properties'           => array(
						'title' => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 80,
						),
						'body'  => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 5000,
						),
					),
				),
				'maxItems'    => 50,
				'default'     => array(),
			),
			'remove_data_on_uninstall'     => array(
				'description' => __( 'Remove all helpdesk data when the plugin is deleted.', 'wp24-helpdesk' ),
				'type'        => 'boolean',
				'default'     => false,
			),
		);
	}

	/**
	 * The business timezone: every date shown to people and every "today" of the desk.
	 */
	public function timezone(): DateTimeZone {
		return new DateTimeZone( (string) $this->all()['timezone'] );
	}

	/**
	 * When today ends in the business timezone ("breaching today" in the queue and its figures).
	 */
	public function end_of_today(): DateTimeImmutable {
		return $this->clock->now()->setTimezone( $this->timezone() )->modify( 'tomorrow' );
	}

	/**
	 * Every setting, stored values over defaults.
	 *
	 * @return array<string, mixed>
	 */
	public function all(): array {
		$stored   = get_option( self::OPTION, array() );
		$stored   = is_array( $stored ) ? $stored : array();
		$settings = array();
		foreach ( self::properties() as $key => $schema ) {
			$settings[ $key ] = $stored[ $key ] ?? $schema['default'];
		}
		// A switch added in a later version is on until the owner turns it off.
		$settings['notifications']            = array_merge( self::properties()['notifications']['default'], (array) $settings['notifications'] );
		$settings['remove_data_on_uninstall'] = (bool) get_option( Uninstaller::REMOVE_DATA_OPTION, false );
		return $settings;
	}

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
		$schema = self::properties()[ $key ] ?? array();
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
	 * Validates and saves a partial change; nothing is saved when any field is invalid.
	 *
	 * @param array<string, mixed> $changes Fields to change.
	 * @return array<string, mixed>|WP_Error The settings after the change, or the first problem found.
	 */
	public function update( array $changes ) {
		$properties = self::properties();
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
		if ( isset( $changes['default_first_response_hours'] ) ) {
			$problem = self::check_no_plan_target( (int) $changes['default_first_response_hours'] );
			if ( $problem ) {
				return $problem;
			}
		}
		if ( isset( $changes['weekly_hours'] ) ) {
			$problem = $this->check_intervals( $changes['weekly_hours'] );
			if ( $problem ) {
				return $problem;
			}
		}
		if ( isset( $changes['notifications'] ) ) {
			$changes['notifications'] = array_merge( $this->all()['notifications'], $changes['notifications'] );
		}
		if ( array_key_exists( 'remove_data_on_uninstall', $changes ) ) {
			update_option( Uninstaller::REMOVE_DATA_OPTION, (bool) $changes['remove_data_on_uninstall'], false );
			unset( $changes['remove_data_on_uninstall'] );
		}
		if ( isset( $changes['closures'] ) ) {
			foreach ( $changes['closures'] as $date ) {
				list( $year, $month, $day ) = array_map( 'intval', explode( '-', $date ) );
				if ( ! checkdate( $month, $day, $year ) ) {
					/* translators: 1: setting name, 2: what was entered. */
					return self::invalid( 'closures', sprintf( __( '%1$s: %2$s is not a calendar date.', 'wp24-helpdesk' ), self::labels()['closures'], $date ) );
				}
			}
			$closures = array_values( array_unique( $changes['closures'] ) );
			sort( $closures );
			$changes['closures'] = $closures;
		}
		$stored = get_option( self::OPTION, array() );
		update_option( self::OPTION, array_merge( is_array( $stored ) ? $stored : array(), $changes ), false );
		return $this->all();
	}

	/**
	 * The schedule the SLA clock runs on.
	 */
	public function business_hours(): Business_Hours {
		$settings = $this->all();
		$weekly   = array();
		foreach ( self::DAYS as $name => $number ) {
			$weekly[ $number ] = array_map(
				static fn( array $interval ): array => array( self::minutes( $interval['open'] ), self::minutes( $interval['close'] ) ),
				(array) ( $settings['weekly_hours'][ $name ] ?? array() )
			);
		}
		return new Business_Hours(
			$weekly,
			new DateTimeZone( (string) $settings['timezone'] ),
			array_map( 'strval', (array) $settings['closures'] ),
			(bool) $settings['national_holidays']
		);
	}

	/**
	 * The calendar built from the current settings.
	 */
	public function calendar(): Business_Calendar {
		return new Business_Calendar( $this->business_hours() );
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
	private function check_intervals( array $weekly ): ?WP_Error {
		foreach ( $weekly as $day => $intervals ) {
			$previous_close = -1;
			usort( $intervals, static fn( array $a, array $b ): int => strcmp( $a['open'], $b['open'] ) );
			foreach ( $intervals as $interval ) {
				$open  = self::minutes( $interval['open'] );
				$close = self::minutes( $interval['close'] );
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
	 * Minutes after midnight of `HH:MM`.
	 *
	 * @param string $time Time.
	 */
	private static function minutes( string $time ): int {
		list( $hours, $minutes ) = array_map( 'intval', explode( ':', $time ) );
		return $hours * 60 + $minutes;
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
