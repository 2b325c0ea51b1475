<?php
/**
 * The ticket types and priorities: what is stored, who needs a plan, what REST lists.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Tickets;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Tickets\Rest\Ticket_Schema;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Type;

/**
 * The enums keep the stored values, the plan rule of the intake, and the REST enums in step.
 */
final class Ticket_Type_Test extends TestCase {

	public function test_the_stored_types_are_the_four_kinds_of_request(): void {
		$this->assertSame( array( 'support', 'opinion-before-change', 'one-shot', 'refund-request' ), Ticket_Type::values() );
		$this->assertSame( Ticket_Type::ONE_SHOT, Ticket_Type::from( 'one-shot' ) );
		$this->assertNull( Ticket_Type::tryFrom( 'one_shot' ) );
	}

	public function test_only_one_shot_and_refund_requests_may_be_opened_without_a_plan(): void {
		$this->assertTrue( Ticket_Type::SUPPORT->needs_plan() );
		$this->assertTrue( Ticket_Type::OPINION->needs_plan() );
		$this->assertFalse( Ticket_Type::ONE_SHOT->needs_plan() );
		$this->assertFalse( Ticket_Type::REFUND->needs_plan() );
	}

	public function test_the_stored_priorities_are_normal_and_urgent(): void {
		$this->assertSame( array( 'normal', 'urgent' ), Ticket_Priority::values() );
		$this->assertSame( Ticket_Priority::URGENT, Ticket_Priority::from( 'urgent' ) );
		$this->assertNull( Ticket_Priority::tryFrom( 'high' ) );
	}

	public function test_the_rest_schema_and_args_list_exactly_the_enum_values(): void {
		$properties = Ticket_Schema::get()['properties'];
		$this->assertSame( Ticket_Type::values(), $properties['type']['enum'] );
		$this->assertSame( Ticket_Priority::values(), $properties['priority']['enum'] );
	}

	public function test_from_row_builds_the_type_and_priority_enums(): void {
		$ticket = Ticket::from_row(
			array(
				'id'       => '3',
				'type'     => 'refund-request',
				'priority' => 'urgent',
				'status'   => 'open',
			)
		);
		$this->assertSame( Ticket_Type::REFUND, $ticket->type );
		$this->assertSame( Ticket_Priority::URGENT, $ticket->priority );
	}

	public function test_a_type_or_priority_the_enums_do_not_know_is_refused(): void {
		$refused = array();
		foreach ( array( array( 'type' => 'bug' ), array( 'priority' => 'high' ) ) as $change ) {
			try {
				Ticket::from_row( $change + array( 'type' => 'support', 'priority' => 'normal', 'status' => 'open' ) );
			} catch ( \ValueError $error ) {
				$refused[] = key( $change );
			}
		}
		$this->assertSame( array( 'type', 'priority' ), $refused );
	}
}
