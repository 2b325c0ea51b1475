<?php
/**
 * The marks that lead an answer to its ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Mail;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Mail\Thread_Token;

/**
 * Signed marks are recognised; forged, altered or foreign ones are not.
 */
final class Thread_Token_Test extends TestCase {

	public function test_a_reply_address_leads_back_to_its_ticket_and_only_with_the_right_key(): void {
		$tokens  = new Thread_Token( 'key-one' );
		$address = $tokens->reply_address( 'assistenza@agenzia.test', 42 );
		$this->assertMatchesRegularExpression( '/^assistenza\+t42\.[0-9a-f]{16}@agenzia\.test$/', $address );
		$this->assertSame( 42, $tokens->ticket_from_addresses( array( 'other@example.com', $address ) ) );
		$this->assertSame( 0, ( new Thread_Token( 'key-two' ) )->ticket_from_addresses( array( $address ) ) );
		$this->assertSame( 0, $tokens->ticket_from_addresses( array( str_replace( '+t42.', '+t43.', $address ) ) ) );
		$this->assertSame( '', $tokens->reply_address( 'not-an-address', 42 ) );
	}

	public function test_a_signed_message_id_leads_back_to_its_ticket_newest_first(): void {
		$tokens = new Thread_Token( 'key-one' );
		$root   = $tokens->thread_root( 7, 'agenzia.test' );
		$latest = $tokens->message_id( 9, 'agenzia.test' );
		$this->assertSame( 7, $tokens->ticket_from_references( array( 'foreign@mail.gmail.com', $root ) ) );
		$this->assertSame( 9, $tokens->ticket_from_references( array( $root, $latest ) ) );
		$this->assertNotSame( $latest, $tokens->message_id( 9, 'agenzia.test' ) );
		$this->assertSame( 0, $tokens->ticket_from_references( array( 'wp24hd.t7.root.0000000000000000@agenzia.test' ) ) );
	}
}
