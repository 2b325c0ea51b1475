<?php
/**
 * The schema of the helpdesk settings: every setting's type, bounds and default.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Settings;

use WP24\Helpdesk\Notifications\Notification_Types;

defined( 'ABSPATH' ) || exit;

/**
 * One JSON schema that is the REST schema of `/settings`, the validation of every change and the
 * defaults of the stored option, so the API, the store and the screen cannot disagree. Its one
 * method is long (about 250 lines) because it lists every setting, one after the other.
 */
final class Settings_Schema {

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
	 * Minutes after midnight of `HH:MM`.
	 *
	 * @param string $time Time.
	 */
	public static function minutes( string $time ): int {
		list( $hours, $minutes ) = array_map( 'intval', explode( ':', $time ) );
		return $hours * 60 + $minutes;
	}
}
