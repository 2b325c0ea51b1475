<?php
/**
 * What the thread shows of an emailed reply.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Mail;

use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use WP24\Helpdesk\Mail\Mime_Reader;
use WP24\Helpdesk\Mail\Reply_Text;

require_once __DIR__ . '/Corpus.php';

/**
 * Each message of the corpus, read and trimmed, gives exactly its expected text.
 */
final class Reply_Text_Test extends TestCase {

	/**
	 * The corpus.
	 *
	 * @return array<string, array{0: string}>
	 */
	public static function corpus(): array {
		return Corpus::with_expected_text();
	}

	#[DataProvider( 'corpus' )]
	public function test_the_thread_shows_only_what_the_customer_wrote( string $name ): void {
		$email = Mime_Reader::read( Corpus::raw( $name ) );
		$this->assertSame( Corpus::expected( $name ), Reply_Text::visible( $email->text, $email->subject ) );
	}

	public function test_a_reply_that_is_only_quotes_keeps_the_whole_text(): void {
		$this->assertSame( "> only a quote\n> and more", Reply_Text::visible( "> only a quote\n> and more\n" ) );
	}

	public function test_an_outlook_forward_keeps_the_header_block(): void {
		$text = "See below.\n\n________________________________\nFrom: Host <h@example.com>\nSent: Monday\n\nYour site is down.";
		$this->assertSame( $text, Reply_Text::visible( $text, 'FW: site down' ) );
		$this->assertSame( 'See below.', Reply_Text::visible( $text, 'RE: site down' ) );
	}

	public function test_a_signature_after_the_standard_separator_is_removed(): void {
		$this->assertSame( "Thanks\n\nAnna", Reply_Text::visible( "Thanks\n\nAnna\n-- \nAnna Bianchi\nCEO" ) );
	}
}
