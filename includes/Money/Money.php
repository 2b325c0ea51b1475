<?php
/**
 * An amount of money in one currency, as quotes and plans hold it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Money;

defined( 'ABSPATH' ) || exit;

/**
 * Held in cents so sums never drift; written for people in one way everywhere (the thread, the
 * emails, the plan table, the privacy export): the number in the site's language and the ISO
 * code, "1.250,00 EUR" in Italian, "1,250.00 EUR" in English. The browser writes it the same
 * way (src/shared/money.ts).
 */
final class Money {

	/**
	 * Constructor.
	 *
	 * @param int    $cents    The amount in hundredths of the currency unit.
	 * @param string $currency ISO 4217 code.
	 */
	public function __construct( public readonly int $cents, public readonly string $currency ) {}

	/**
	 * An amount given in currency units (a plan's price), rounded to the cent.
	 *
	 * @param float  $amount   Amount, e.g. 250.5.
	 * @param string $currency ISO 4217 code.
	 */
	public static function of( float $amount, string $currency ): self {
		return new self( (int) round( $amount * 100 ), $currency );
	}

	/**
	 * The amount in currency units, two decimals (what the REST API answers).
	 */
	public function amount(): float {
		return round( $this->cents / 100, 2 );
	}

	/**
	 * The amount for people, in the site's language.
	 */
	public function format(): string {
		/* translators: 1: amount, 2: ISO currency code. */
		return sprintf( __( '%1$s %2$s', 'wp24-helpdesk' ), number_format_i18n( $this->cents / 100, 2 ), strtoupper( $this->currency ) );
	}
}
