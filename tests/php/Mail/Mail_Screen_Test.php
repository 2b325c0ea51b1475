<?php
/**
 * Which messages the desk ignores.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Mail;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Mail\Mail_Screen;
use WP24\Helpdesk\Mail\Mime_Reader;

require_once __DIR__ . '/Corpus.php';

/**
 * Auto-replies, bounces, lists and the plugin's own mail are screened out; people are not.
 */
final class Mail_Screen_Test extends TestCase {

	private const OWN = array( 'assistenza@agenzia.test', 'wordpress@agenzia.test' );

	public function test_an_out_of_office_reply_is_an_auto_reply(): void {
		$this->assertSame( Mail_Screen::AUTO_REPLY, Mail_Screen::reason( Mime_Reader::read( Corpus::raw( 'auto-reply' ) ), self::OWN ) );
	}

	public function test_a_delivery_report_is_a_bounce(): void {
		$this->assertSame( Mail_Screen::BOUNCE, Mail_Screen::reason( Mime_Reader::read( Corpus::raw( 'bounce' ) ), self::OWN ) );
	}

	public function test_the_desks_own_notification_is_a_loop(): void {
		$mine = Mime_Reader::read( "From: WP24 <wordpress@agenzia.test>\nTo: assistenza@agenzia.test\nSubject: x\n\nbody" );
		$this->assertSame( Mail_Screen::LOOP, Mail_Screen::reason( $mine, self::OWN ) );
		$marked = Mime_Reader::read( "From: someone@example.com\nX-WP24HD-Loop: 1\nSubject: x\n\nbody" );
		$this->assertSame( Mail_Screen::LOOP, Mail_Screen::reason( $marked, self::OWN ) );
	}

	public function test_list_and_bulk_mail_is_bulk(): void {
		$this->assertSame( Mail_Screen::BULK, Mail_Screen::reason( Mime_Reader::read( "From: news@example.com\nPrecedence: bulk\n\nbody" ), self::OWN ) );
		$this->assertSame( Mail_Screen::BULK, Mail_Screen::reason( Mime_Reader::read( "From: list@example.com\nList-Id: <wp.example.com>\n\nbody" ), self::OWN ) );
	}

	public function test_people_pass_also_with_auto_submitted_no(): void {
		foreach ( Corpus::with_expected_text() as $name => $unused ) {
			$this->assertNull( Mail_Screen::reason( Mime_Reader::read( Corpus::raw( $name ) ), self::OWN ), $name );
		}
		$this->assertNull( Mail_Screen::reason( Mime_Reader::read( "From: a@example.com\nAuto-Submitted: no\n\nhello" ), self::OWN ) );
	}
}
