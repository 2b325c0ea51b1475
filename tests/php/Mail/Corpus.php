<?php
/**
 * Reads the real-world message shapes in tests/fixtures/mail/.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Mail;

/**
 * One place that knows where the corpus lives.
 */
final class Corpus {

	/**
	 * A message's raw bytes.
	 *
	 * @param string $name File name without extension.
	 */
	public static function raw( string $name ): string {
		return (string) file_get_contents( dirname( __DIR__, 2 ) . '/fixtures/mail/' . $name . '.eml' );
	}

	/**
	 * The exact text the thread must show for a message.
	 *
	 * @param string $name File name without extension.
	 */
	public static function expected( string $name ): string {
		return (string) file_get_contents( dirname( __DIR__, 2 ) . '/fixtures/mail/' . $name . '.expected.txt' );
	}

	/**
	 * Names of the messages that have an expected text.
	 *
	 * @return array<string, array{0: string}>
	 */
	public static function with_expected_text(): array {
		$cases = array();
		foreach ( glob( dirname( __DIR__, 2 ) . '/fixtures/mail/*.expected.txt' ) as $file ) {
			$name           = basename( $file, '.expected.txt' );
			$cases[ $name ] = array( $name );
		}
		return $cases;
	}
}
