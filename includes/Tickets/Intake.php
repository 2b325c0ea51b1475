<?php
/**
 * A ticket request as received, before the rules run.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * Plain values built by the REST controller from a validated request.
 */
final class Intake {

	/** Opened on the site (the form, the REST API). */
	public const CHANNEL_WEB = 'web';

	/** Opened by an email to the support address; its acknowledgement carries the privacy notice. */
	public const CHANNEL_EMAIL = 'email';

	/**
	 * Constructor.
	 *
	 * @param int             $user_id     Logged-in customer, 0 for a guest.
	 * @param string          $subject     Plain-text subject.
	 * @param string          $message     Raw message body (sanitised by the service).
	 * @param Ticket_Type     $type        Ticket type.
	 * @param Ticket_Priority $priority    Normal or urgent.
	 * @param string          $service     Covered service concerned, or ''.
	 * @param string          $site_url    Site concerned, or ''.
	 * @param bool            $consent     Privacy consent given.
	 * @param string          $guest_name  Guest's name.
	 * @param string          $guest_email Guest's email.
	 * @param string          $channel     CHANNEL_WEB or CHANNEL_EMAIL.
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly string $subject,
		public readonly string $message,
		public readonly Ticket_Type $type,
		public readonly Ticket_Priority $priority,
		public readonly string $service,
		public readonly string $site_url,
		public readonly bool $consent,
		public readonly string $guest_name = '',
		public readonly string $guest_email = '',
		public readonly string $channel = self::CHANNEL_WEB,
	) {}
}
