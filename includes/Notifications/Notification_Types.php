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
}
