<?php
/**
 * The links emails carry: a customer's ticket, a ticket in the admin, the plans page.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications;

use WP24\Helpdesk\Admin\Admin_Page;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Guest_Key;
use WP24\Helpdesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * A guest's link carries their ticket's key and nothing else secret; a customer with an account
 * signs in as usual.
 */
final class Links {

	public const TICKET_PARAM = 'wp24hd_ticket';
	public const KEY_PARAM    = 'wp24hd_key';

	/**
	 * Constructor.
	 *
	 * @param Settings $settings Pages chosen by the owner.
	 */
	public function __construct( private Settings $settings ) {}

	/**
	 * Where the customer reads and answers the ticket.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function customer_ticket( Ticket $ticket ): string {
		$args = array( self::TICKET_PARAM => $ticket->id() );
		$key  = Guest_Key::for_ticket( $ticket );
		if ( '' !== $key ) {
			$args[ self::KEY_PARAM ] = $key;
		}
		return add_query_arg( $args, $this->page( 'tickets_page_id' ) );
	}

	/**
	 * The page where customers follow their tickets (the My tickets block).
	 */
	public function tickets_page(): string {
		return $this->page( 'tickets_page_id' );
	}

	/**
	 * The My tickets page when the settings name a published one; null otherwise.
	 */
	public function configured_tickets_page(): ?string {
		$page_id = (int) $this->settings->all()['tickets_page_id'];
		$url     = $page_id > 0 && 'publish' === get_post_status( $page_id ) ? get_permalink( $page_id ) : false;
		return $url ? $url : null;
	}

	/**
	 * Where a customer opens a new ticket (the page with the ticket form).
	 */
	public function new_ticket(): string {
		return $this->page( 'support_page_id' );
	}

	/**
	 * The ticket in the technicians' screen.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function staff_ticket( Ticket $ticket ): string {
		return admin_url( 'admin.php?page=' . Admin_Page::SLUG . '#/tickets/' . $ticket->id() );
	}

	/**
	 * The technicians' renewal queue.
	 */
	public function renewal_queue(): string {
		return admin_url( 'admin.php?page=' . Admin_Page::SLUG . '#/renewals' );
	}

	/**
	 * Where a plan is bought or renewed.
	 */
	public function plans(): string {
		return $this->page( 'plans_page_id' );
	}

	/**
	 * A page chosen in the settings, or the home page when none is (or it is not published).
	 *
	 * @param string $setting Setting holding the page ID.
	 */
	private function page( string $setting ): string {
		$page_id = (int) $this->settings->all()[ $setting ];
		$url     = $page_id > 0 && 'publish' === get_post_status( $page_id ) ? get_permalink( $page_id ) : false;
		return $url ? $url : home_url( '/' );
	}
}
