<?php
/**
 * The .eml rebuilt from a service's parsed fields.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Mail;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Mail\Eml_Writer;
use WP24\Helpdesk\Mail\Inbound_Attachment;
use WP24\Helpdesk\Mail\Mime_Reader;

/**
 * What the writer rebuilds reads back as the same message, and cannot grow extra headers.
 */
final class Eml_Writer_Test extends TestCase {

	public function test_a_rebuilt_message_reads_back_with_its_headers_bodies_and_files(): void {
		$headers = array(
			'from'         => array( 'Anna Bianchi <anna@example.it>' ),
			'to'           => array( 'help@agency.test' ),
			'subject'      => array( '=?UTF-8?Q?Perch=C3=A9_=C3=A8_lento?=' ),
			'message-id'   => array( '<parsed-1@example.it>' ),
			'content-type' => array( 'multipart/alternative; boundary="gone"' ),
		);
		$raw     = Eml_Writer::compose( $headers, "Il sito è lento.\n", '<p>Il sito è lento.</p>', array( new Inbound_Attachment( 'log n°1.txt', 'text/plain', "line\n", '' ) ) );
		$email   = Mime_Reader::read( $raw );
		$this->assertSame( array( 'anna@example.it', 'Perché è lento', 'parsed-1@example.it' ), array( $email->from, $email->subject, $email->message_id ) );
		$this->assertSame( "Il sito è lento.\n", $email->text );
		$this->assertSame( '<p>Il sito è lento.</p>', $email->html );
		$this->assertSame( array( 'log n°1.txt', 'text/plain', "line\n" ), array( $email->attachments[0]->name, $email->attachments[0]->mime, $email->attachments[0]->content ) );
		$this->assertSame( 'parsed fields posted by an inbound-mail service', $email->header( 'x-wp24hd-rebuilt' ) );
		$this->assertSame( $raw, Eml_Writer::compose( $headers, "Il sito è lento.\n", '<p>Il sito è lento.</p>', array( new Inbound_Attachment( 'log n°1.txt', 'text/plain', "line\n", '' ) ) ) );
	}

	public function test_a_header_value_with_a_line_break_stays_one_header(): void {
		$raw = Eml_Writer::compose( array( 'from' => array( 'a@example.com' ), 'subject' => array( "Hi\r\nBcc: victim@example.com" ) ), 'text', '', array() );
		$this->assertSame( '', Mime_Reader::read( $raw )->header( 'bcc' ) );
	}
}
