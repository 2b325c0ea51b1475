/**
 * Short names of the settings and emails, as technicians read them on the settings screen.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

export const settingLabels = (): Record< string, string > => ( {
	timezone: __( 'Timezone of the business hours', 'wp24-helpdesk' ),
	national_holidays: __(
		'Closed on Italian national holidays',
		'wp24-helpdesk'
	),
	closures: __( 'Extra closed days (YYYY-MM-DD)', 'wp24-helpdesk' ),
	default_first_response_hours: __(
		'First-response target without a plan (business hours)',
		'wp24-helpdesk'
	),
	consent_version: __( 'Privacy text version', 'wp24-helpdesk' ),
	reopen_days: __(
		'Days a closed ticket can be reopened by a reply',
		'wp24-helpdesk'
	),
	guest_link_days: __(
		'Days a guest’s link keeps working after the last activity (0 = always)',
		'wp24-helpdesk'
	),
	retention_months: __(
		'Months a closed ticket is kept before deletion (0 = always; tickets with a paid quote stay)',
		'wp24-helpdesk'
	),
	attachment_max_mb: __( 'Largest attachment (MB)', 'wp24-helpdesk' ),
	support_email: __( 'Support email', 'wp24-helpdesk' ),
	email_unknown_senders: __(
		'An email from an address without an account',
		'wp24-helpdesk'
	),
	email_urgent_words: __(
		'Subject words that make an emailed request urgent',
		'wp24-helpdesk'
	),
	email_plus_addressing: __(
		'The support mailbox accepts plus-addresses (per-ticket reply address)',
		'wp24-helpdesk'
	),
	whatsapp_number: __( 'WhatsApp number', 'wp24-helpdesk' ),
	phone_number: __( 'Phone number (Premium only)', 'wp24-helpdesk' ),
	auto_close_days: __(
		'Days before a waiting ticket closes automatically',
		'wp24-helpdesk'
	),
	auto_close_reminder_hours: __(
		'Reminder hours before automatic closing (0 = none)',
		'wp24-helpdesk'
	),
	staff_emails: __( 'Staff notification addresses', 'wp24-helpdesk' ),
	oncall_emails: __(
		'On-call addresses for urgent tickets',
		'wp24-helpdesk'
	),
	remove_data_on_uninstall: __(
		'Remove all helpdesk data when the plugin is deleted',
		'wp24-helpdesk'
	),
} );

export const weekdayLabels = (): Record< string, string > => ( {
	monday: __( 'Monday', 'wp24-helpdesk' ),
	tuesday: __( 'Tuesday', 'wp24-helpdesk' ),
	wednesday: __( 'Wednesday', 'wp24-helpdesk' ),
	thursday: __( 'Thursday', 'wp24-helpdesk' ),
	friday: __( 'Friday', 'wp24-helpdesk' ),
	saturday: __( 'Saturday', 'wp24-helpdesk' ),
	sunday: __( 'Sunday', 'wp24-helpdesk' ),
} );

export const notificationLabels = (): Record< string, string > => ( {
	ticket_received: __( 'Customer: ticket received', 'wp24-helpdesk' ),
	refund_request_received: __(
		'Customer: refund request received',
		'wp24-helpdesk'
	),
	technician_reply: __( 'Customer: technician replied', 'wp24-helpdesk' ),
	email_form_pointer: __(
		'Unknown sender: pointed to the ticket form',
		'wp24-helpdesk'
	),
	waiting_reminder: __(
		'Customer: reminder before automatic closing',
		'wp24-helpdesk'
	),
	auto_closed: __( 'Customer: ticket closed automatically', 'wp24-helpdesk' ),
	quote_sent: __( 'Customer: quote sent', 'wp24-helpdesk' ),
	quote_accepted: __( 'Customer: quote accepted', 'wp24-helpdesk' ),
	quote_expired: __( 'Customer: quote expired', 'wp24-helpdesk' ),
	renewal_reminder: __( 'Customer: renewal reminder', 'wp24-helpdesk' ),
	plan_expired: __( 'Customer: plan expired', 'wp24-helpdesk' ),
	staff_new_ticket: __( 'Staff: new ticket', 'wp24-helpdesk' ),
	staff_urgent_ticket: __(
		'On-call: urgent ticket, at any hour',
		'wp24-helpdesk'
	),
	staff_customer_reply: __( 'Staff: customer replied', 'wp24-helpdesk' ),
	staff_quote_accepted: __( 'Staff: quote accepted', 'wp24-helpdesk' ),
	staff_renewal_digest: __( 'Staff: renewals digest', 'wp24-helpdesk' ),
} );
