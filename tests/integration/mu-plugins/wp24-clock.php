<?php
/**
 * Test-only must-use plugin: the time, set by a test. While the autoloaded option
 * `wp24hd_test_clock` holds `array( 'at' => <unix time> )` the plugin's clock stands still at that
 * moment; `array( 'offset' => <seconds> )` moves it from the real time (so moments still advance
 * between statements). Without the option the clock is the real one.
 *
 * Defines `WP24HD_TESTING`, the constant that makes the plugin's composition root accept a clock
 * through `wp24hd_test_clock` (see Plugin::clock()). Reads the option from the loaded autoloaded
 * options, so it adds no query to a request.
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

define( 'WP24HD_TESTING', true );

add_filter(
	'wp24hd_test_clock',
	static fn( $system ) => new class( $system ) implements WP24\Helpdesk\Time\Clock {

		/**
		 * @param WP24\Helpdesk\Time\Clock $system The real clock.
		 */
		public function __construct( private WP24\Helpdesk\Time\Clock $system ) {}

		/**
		 * The set moment, the real one moved by the set offset, or the real one.
		 */
		public function now(): DateTimeImmutable {
			$options = wp_cache_get( 'alloptions', 'options' );
			$set     = is_array( $options ) && isset( $options['wp24hd_test_clock'] ) ? maybe_unserialize( $options['wp24hd_test_clock'] ) : null;
			if ( is_array( $set ) && isset( $set['at'] ) ) {
				return ( new DateTimeImmutable( '@' . (int) $set['at'] ) )->setTimezone( new DateTimeZone( 'UTC' ) );
			}
			$now = $this->system->now();
			return is_array( $set ) && isset( $set['offset'] ) ? $now->modify( sprintf( '%+d seconds', (int) $set['offset'] ) ) : $now;
		}
	}
);
