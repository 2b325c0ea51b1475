<?php
/**
 * Decoding of raw messages.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Mail;

use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Mail\Malformed_Email;
use WP24\Helpdesk\Mail\Mime_Reader;

require_once __DIR__ . '/Corpus.php';

/**
 * Headers, charsets, encodings and parts come out as UTF-8 text and files.
 */
final class Mime_Reader_Test extends TestCase {

	public function test_headers_are_decoded_and_threading_ids_collected(): void {
		$email = Mime_Reader::read( Corpus::raw( 'gmail-reply-it' ) );
		$this->assertSame( 'giulia.rossi@example.it', $email->from );
		$this->assertSame( 'Giulia Rossi', $email->from_name );
		$this->assertSame( 'Re: [WP24-000042] Il sito è lento', $email->subject );
		$this->assertSame( 'CAGmail-reply-1@mail.gmail.com', $email->message_id );
		$this->assertSame( array( 'assistenza+t42.0123456789abcdef@agenzia.test', 'assistenza@agenzia.test' ), $email->recipients );
		$this->assertSame(
			array( 'wp24hd.t42.root.cccccccccccccccc@agenzia.test', 'wp24hd.t42.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbb@agenzia.test' ),
			$email->references
		);
		$this->assertSame( 'multipart/alternative', $email->content_type );
		$this->assertStringStartsWith( '<div dir="ltr">Grazie, adesso la home si apre subito. Perché succedeva?<br><br>Giulia</div>', $email->html );
	}

	public function test_latin1_and_windows_1252_headers_and_bodies_become_utf8(): void {
		$email = Mime_Reader::read( Corpus::raw( 'windows-1252' ) );
		$this->assertSame( 'José García', $email->from_name );
		$this->assertSame( 'Problema con “checkout”', $email->subject );
		$this->assertSame( "Il pulsante “Paga ora” non funziona più – costa 20 €.\n", $email->text );
	}

	public function test_nested_parts_give_the_html_body_an_inline_image_and_an_rfc2231_named_file(): void {
		$email = Mime_Reader::read( Corpus::raw( 'inline-image' ) );
		$this->assertSame( '', $email->text );
		$this->assertSame( '<p>Ecco l&#39;errore:</p><img src="cid:img1@example.it">', $email->html );
		$this->assertCount( 2, $email->attachments );
		$this->assertSame( array( 'schermata.png', 'image/png', 'img1@example.it' ), array( $email->attachments[0]->name, $email->attachments[0]->mime, $email->attachments[0]->content_id ) );
		$this->assertSame( "\x89PNG\r\n\x1a\nfake", $email->attachments[0]->content );
		$this->assertSame( array( 'fattura n° 12.pdf', 'application/pdf', '%PDF-1.4 fake' ), array( $email->attachments[1]->name, $email->attachments[1]->mime, $email->attachments[1]->content ) );
	}

	public function test_a_delivery_report_is_read_without_its_status_part(): void {
		$email = Mime_Reader::read( Corpus::raw( 'bounce' ) );
		$this->assertSame( 'multipart/report', $email->content_type );
		$this->assertSame( 'mailer-daemon@mx.agenzia.test', $email->from );
		$this->assertSame( 'The mail system could not deliver your message.', trim( $email->text ) );
		$this->assertSame( array(), $email->attachments );
	}

	public function test_invalid_utf8_is_scrubbed_not_passed_on(): void {
		$email = Mime_Reader::read( "From: a@example.com\nSubject: bad \xC3\x28 bytes\n\nbody \xFF end" );
		$this->assertTrue( mb_check_encoding( $email->subject, 'UTF-8' ) );
		$this->assertTrue( mb_check_encoding( $email->text, 'UTF-8' ) );
		$this->assertSame( 'body ? end', $email->text );
	}

	public function test_a_message_without_headers_is_refused(): void {
		$this->expectException( Malformed_Email::class );
		Mime_Reader::read( "just some text\nwith lines" );
	}

	public function test_a_message_without_a_sender_is_refused(): void {
		$this->expectException( Malformed_Email::class );
		Mime_Reader::read( "To: a@example.com\nSubject: who?\n\nbody" );
	}

	public function test_nesting_beyond_the_limit_is_not_followed(): void {
		$raw = "From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n";
		for ( $i = 1; $i <= 12; $i++ ) {
			$raw .= '--b' . ( $i - 1 ) . "\nContent-Type: multipart/mixed; boundary=b{$i}\n\n";
		}
		$raw  .= "--b12\nContent-Type: text/plain\n\ndeep\n";
		$email = Mime_Reader::read( $raw );
		$this->assertSame( '', $email->text );
	}
}
