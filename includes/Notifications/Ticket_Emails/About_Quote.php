<?php
/**
 * The quote an email is about, beside its ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Notifications\Ticket_Emails;

use WP24\Helpdesk\Tickets\Quote;
use WP24\Helpdesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * For the quote emails, customers' and staff's alike.
 */
trait About_Quote {

	/**
	 * Constructor.
	 *
	 * @param Ticket      $ticket The ticket.
	 * @param Email_Words $words  Shared words.
	 * @param Quote       $quote  The quote.
	 */
	public function __construct( Ticket $ticket, Email_Words $words, private Quote $quote ) {
		parent::__construct( $ticket, $words );
	}
}
