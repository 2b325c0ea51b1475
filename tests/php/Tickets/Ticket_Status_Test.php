<?php
/**
 * The ticket statuses: what is stored, what counts as open, what REST lists.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Tickets;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Tickets\Rest\Ticket_Schema;
use WP24\Helpdesk\Tickets\Ticket_Lifecycle;
use WP24\Helpdesk\Tickets\Ticket_Status;

/**
 * The enum keeps the stored values, the open set the queries index on, and the REST enums in step.
 */
final class Ticket_Status_Test extends TestCase {

	public function test_the_stored_values_are_the_five_statuses_in_lifecycle_order(): void {
		$this->assertSame( array( 'new', 'open', 'waiting_customer', 'quote_sent', 'closed' ), Ticket_Status::values() );
		$this->assertSame( Ticket_Status::WAITING, Ticket_Status::from( 'waiting_customer' ) );
		$this->assertNull( Ticket_Status::tryFrom( 'waiting' ) );
	}

	public function test_every_status_but_closed_is_open(): void {
		$this->assertSame( array( Ticket_Status::NEW, Ticket_Status::OPEN, Ticket_Status::WAITING, Ticket_Status::QUOTE_SENT ), Ticket_Status::open() );
		$this->assertSame( array( 'new', 'open', 'waiting_customer', 'quote_sent' ), Ticket_Status::values( ...Ticket_Status::open() ) );
	}

	public function test_values_of_some_statuses_keep_the_order_given(): void {
		$this->assertSame( array( 'closed', 'new' ), Ticket_Status::values( Ticket_Status::CLOSED, Ticket_Status::NEW ) );
		$this->assertTrue( Ticket_Status::OPEN->in( Ticket_Status::NEW, Ticket_Status::OPEN ) );
		$this->assertFalse( Ticket_Status::CLOSED->in( ...Ticket_Status::open() ) );
	}

	public function test_a_closed_ticket_only_reopens_and_no_status_moves_to_itself(): void {
		$this->assertSame( array( Ticket_Status::OPEN ), Ticket_Lifecycle::next( Ticket_Status::CLOSED ) );
		foreach ( Ticket_Status::cases() as $status ) {
			$this->assertFalse( Ticket_Lifecycle::allows( $status, $status ), $status->value );
		}
		$this->assertFalse( Ticket_Lifecycle::allows( Ticket_Status::OPEN, Ticket_Status::NEW ) );
		$this->assertTrue( Ticket_Lifecycle::allows( Ticket_Status::WAITING, Ticket_Status::OPEN ) );
	}

	public function test_the_rest_schema_lists_exactly_the_enum_values(): void {
		$properties = Ticket_Schema::get()['properties'];
		$this->assertSame( Ticket_Status::values(), $properties['status']['enum'] );
		$this->assertSame( Ticket_Status::values(), $properties['next_statuses']['items']['enum'] );
	}
}
