<?php
/**
 * R8: a sent quote that reached the end of its validity becomes expired, and the customer is told.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Jobs;

use DateTimeImmutable;
use WP24\Helpdesk\Notifications\Ticket_Notifications;
use WP24\Helpdesk\Tickets\Quote_Service;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Jobs\Batch_Job;
use WP24\Helpdesk\Jobs\Job;
use WP24\Helpdesk\Jobs\Job_Hooks;
use WP24\Helpdesk\Jobs\Job_Lock;

defined( 'ABSPATH' ) || exit;

/**
 * The ticket keeps its status: the technicians decide whether to send a new quote or close it.
 */
final class Quote_Expiry_Job implements Job {

	use Batch_Job;

	private const HOOK = Job_Hooks::QUOTE_EXPIRY;

	private const BATCH = 50;

	/**
	 * Constructor.
	 *
	 * @param Ticket_Repository    $repository    Indexed query over sent quotes.
	 * @param Quote_Service        $quotes        The expiry rule.
	 * @param Ticket_Notifications $notifications The customer's notice.
	 */
	public function __construct(
		private Ticket_Repository $repository,
		private Quote_Service $quotes,
		private Ticket_Notifications $notifications,
	) {}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Expiry of quotes', 'wp24-helpdesk' );
	}

	/**
	 * {@inheritDoc}
	 *
	 * @param DateTimeImmutable $now         The moment to act for.
	 * @param int               $max_batches Batches this run may take.
	 * @param Job_Lock|null     $lease       The run's lease, renewed before each batch.
	 */
	public function run( DateTimeImmutable $now, int $max_batches, ?Job_Lock $lease = null ): bool {
		$batches = 0;
		do {
			if ( ! self::next_batch( $batches, $max_batches, $lease ) ) {
				return false;
			}
			$due = $this->repository->quotes()->sent_expired_before( Ticket_Repository::date( $now ), self::BATCH );
			foreach ( $due as $quote ) {
				$ticket = $this->quotes->expire( $quote );
				if ( null !== $ticket ) {
					$this->notifications->quote_expired( $ticket, $quote );
				}
			}
		} while ( self::full_batch( $due ) );
		return true;
	}
}
