<?php
/**
 * A ticket built from its row.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Tickets;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Ticket_Status;

/**
 * The row as $wpdb returns it (strings and nulls) becomes typed properties.
 */
final class Ticket_Test extends TestCase {

	/**
	 * A stored row: every column a string, empty times null.
	 *
	 * @param array<string, string|null> $changes Columns to change.
	 * @return array<string, string|null>
	 */
	private static function row( array $changes = array() ): array {
		return $changes + array(
			'id'                     => '7',
			'reference'              => 'WP24-000007',
			'subject'                => 'Sito lento',
			'type'                   => 'support',
			'priority'               => 'normal',
			'status'                 => 'waiting_customer',
			'coverage'               => 'covered',
			'coverage_reason'        => '',
			'customer_id'            => '0',
			'guest_email'            => 'ospite@example.com',
			'guest_name'             => 'Ospite',
			'guest_key_hash'         => '',
			'guest_key_seed'         => '',
			'locale'                 => 'it_IT',
			'plan_id'                => '0',
			'entitlement_id'         => '0',
			'assignee_id'            => '12',
			'service'                => '',
			'site_url'               => '',
			'consent_at'             => '2026-11-30 09:00:00',
			'consent_version'        => '1',
			'channel'                => 'web',
			'first_response_due'     => '2026-11-30 17:00:00',
			'first_response_at'      => null,
			'last_customer_reply_at' => null,
			'last_staff_reply_at'    => '2026-11-30 10:00:00',
			'last_activity_at'       => '2026-11-30 10:00:00',
			'waiting_since'          => '2026-11-30 10:00:00',
			'reminder_sent_at'       => null,
			'close_reason'           => '',
			'closed_at'              => null,
			'parent_id'              => '0',
			'search_text'            => 'sito lento',
			'notes_text'             => '',
			'created_at'             => '2026-11-30 09:00:00',
			'updated_at'             => '2026-11-30 10:00:00',
		);
	}

	public function test_ids_are_ints_the_status_an_enum_and_empty_times_null(): void {
		$ticket = Ticket::from_row( self::row() );
		$this->assertSame( 7, $ticket->id() );
		$this->assertSame( 0, $ticket->plan_id );
		$this->assertSame( 12, $ticket->assignee_id );
		$this->assertSame( 0, $ticket->parent_id );
		$this->assertTrue( $ticket->is_guest() );
		$this->assertSame( Ticket_Status::WAITING, $ticket->status );
		$this->assertNull( $ticket->first_response_at );
		$this->assertNull( $ticket->time( 'closed_at' ) );
		$this->assertSame( '2026-11-30T10:00:00+00:00', $ticket->time( 'waiting_since' )?->format( DATE_ATOM ) );
	}

	public function test_a_status_the_enum_does_not_know_is_refused(): void {
		$this->expectException( \ValueError::class );
		Ticket::from_row( self::row( array( 'status' => 'pending' ) ) );
	}

	public function test_time_names_only_datetime_columns(): void {
		$this->expectException( \InvalidArgumentException::class );
		Ticket::from_row( self::row() )->time( 'subject' );
	}
}
