<?php
/**
 * The emails the helpdesk sends, each with its own switch in the settings.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Names of the notifications; a name is also the template file a theme can override.
 */
final class Notification_Types {

	public const TICKET_RECEIVED  = 'ticket_received';
	public const REFUND_RECEIVED  = 'refund_request_received';
	public const TECHNICIAN_REPLY = 'technician_reply';
	public const WAITING_REMINDER = 'waiting_reminder';
	public const AUTO_CLOSED      = 'auto_closed';
	public const QUOTE_SENT       = 'quote_sent';
	public const QUOTE_ACCEPTED   = 'quote_accepted';
	public const QUOTE_EXPIRED    = 'quote_expired';
	public const RENEWAL_REMINDER = 'renewal_reminder';
	public const PLAN_EXPIRED     = 'plan_expired';
	public const FORM_POINTER     = 'email_form_pointer';

	public const STAFF_NEW_TICKET     = 'staff_new_ticket';
	public const STAFF_URGENT_TICKET  = 'staff_urgent_ticket';
	public const STAFF_CUSTOMER_REPLY = 'staff_customer_reply';
	public const STAFF_QUOTE_ACCEPTED = 'staff_quote_accepted';
	public const STAFF_RENEWAL_DIGEST = 'staff_renewal_digest';

	/**
	 * Every notification name.
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array(
			self::TICKET_RECEIVED,
			self::REFUND_RECEIVED,
			self::TECHNICIAN_REPLY,
			self::WAITING_REMINDER,
			self::AUTO_CLOSED,
			self::QUOTE_SENT,
			self::QUOTE_ACCEPTED,
			self::QUOTE_EXPIRED,
			self::RENEWAL_REMINDER,
			self::PLAN_EXPIRED,
			self::FORM_POINTER,
			self::STAFF_NEW_TICKET,
			self::STAFF_URGENT_TICKET,
			self::STAFF_CUSTOMER_REPLY,
			self::STAFF_QUOTE_ACCEPTED,
			self::STAFF_RENEWAL_DIGEST,
		);
	}

	/**
	 * What each notification is, as the settings screen names its switch.
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::TICKET_RECEIVED      => __( 'Customer: ticket received', 'wp24-helpdesk' ),
			self::REFUND_RECEIVED      => __( 'Customer: refund request received', 'wp24-helpdesk' ),
			self::TECHNICIAN_REPLY     => __( 'Customer: technician replied', 'wp24-helpdesk' ),
			self::FORM_POINTER         => __( 'Unknown sender: pointed to the ticket form', 'wp24-helpdesk' ),
			self::WAITING_REMINDER     => __( 'Customer: reminder before automatic closing', 'wp24-helpdesk' ),
			self::AUTO_CLOSED          => __( 'Customer: ticket closed automatically', 'wp24-helpdesk' ),
			self::QUOTE_SENT           => __( 'Customer: quote sent', 'wp24-helpdesk' ),
			self::QUOTE_ACCEPTED       => __( 'Customer: quote accepted', 'wp24-helpdesk' ),
			self::QUOTE_EXPIRED        => __( 'Customer: quote expired', 'wp24-helpdesk' ),
			self::RENEWAL_REMINDER     => __( 'Customer: renewal reminder', 'wp24-helpdesk' ),
			self::PLAN_EXPIRED         => __( 'Customer: plan expired', 'wp24-helpdesk' ),
			self::STAFF_NEW_TICKET     => __( 'Staff: new ticket', 'wp24-helpdesk' ),
			self::STAFF_URGENT_TICKET  => __( 'On-call: urgent ticket, at any hour', 'wp24-helpdesk' ),
			self::STAFF_CUSTOMER_REPLY => __( 'Staff: customer replied', 'wp24-helpdesk' ),
			self::STAFF_QUOTE_ACCEPTED => __( 'Staff: quote accepted', 'wp24-helpdesk' ),
			self::STAFF_RENEWAL_DIGEST => __( 'Staff: renewals digest', 'wp24-helpdesk' ),
		);
	}
}
