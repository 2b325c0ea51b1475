<?php
/**
 * HTML of the plan-table block.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

use WP24\Helpdesk\Commerce\Commerce_Integration;
use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Plans\Plan;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Money\Money;

defined( 'ABSPATH' ) || exit;

/**
 * Renders published plans as cards and a comparison table; every value is escaped here, at output.
 */
final class Plan_Table_Renderer {

	/**
	 * Constructor.
	 *
	 * @param Plan_Post_Type $plans    Plan source.
	 * @param Links          $links    The shop and ticket pages the table links to.
	 * @param Settings       $settings The VAT note.
	 */
	public function __construct( private Plan_Post_Type $plans, private Links $links, private Settings $settings ) {}

	/**
	 * The block's HTML: one card per plan (what it costs, how fast and how we answer, the button),
	 * then one comparison table of what each plan includes and what it does not.
	 *
	 * @param array<string, mixed> $attributes Block attributes.
	 */
	public function render( array $attributes ): string {
		$plans         = $this->chosen( $this->plans->published(), $attributes );
		$show_services = (bool) ( $attributes['showServices'] ?? true );
		$highlight_id  = (int) ( $attributes['highlightId'] ?? 0 );
		// The plan names continue the page's outline: h2 under the page title, deeper inside sections.
		$level        = min( 4, max( 2, (int) ( $attributes['headingLevel'] ?? 2 ) ) );
		$button_label = trim( (string) ( $attributes['buttonLabel'] ?? '' ) );
		$wrapper      = get_block_wrapper_attributes();

		if ( array() === $plans ) {
			return sprintf(
				'<div %1$s><p>%2$s</p></div>',
				$wrapper,
				esc_html__( 'No support plans are published yet.', 'wp24-helpdesk' )
			);
		}

		$cards = '';
		foreach ( $plans as $plan ) {
			$highlight = $highlight_id > 0 ? $plan->id === $highlight_id : $plan->highlight;
			$cards    .= $this->card( $plan, $button_label, $highlight, $level );
		}
		return sprintf(
			'<div %1$s><div class="wp24hd-plans__cards">%2$s</div>%3$s</div>',
			$wrapper,
			$cards,
			Plan_Comparison_Table::render( $plans, $show_services )
		);
	}

	/**
	 * The plans the editor chose (all when none), in the chosen order.
	 *
	 * @param Plan[]               $plans      Published plans, in menu order.
	 * @param array<string, mixed> $attributes Block attributes.
	 * @return Plan[]
	 */
	private function chosen( array $plans, array $attributes ): array {
		$ids = array_map( 'intval', (array) ( $attributes['planIds'] ?? array() ) );
		if ( array() !== $ids ) {
			$plans = array_values( array_filter( $plans, static fn( Plan $plan ): bool => in_array( $plan->id, $ids, true ) ) );
		}
		$order = (string) ( $attributes['order'] ?? 'menu' );
		if ( 'menu' !== $order ) {
			usort( $plans, static fn( Plan $a, Plan $b ): int => 'price_desc' === $order ? $b->price <=> $a->price : $a->price <=> $b->price );
		}
		return $plans;
	}

	/**
	 * One plan's card: the recommended mark, price per year with the VAT note, answer time, channels, button.
	 *
	 * @param Plan   $plan         Plan.
	 * @param string $button_label Label of the buy button; empty for the default.
	 * @param bool   $highlight    Whether this plan is the highlighted one.
	 * @param int    $level        Heading level of the plan name.
	 */
	private function card( Plan $plan, string $button_label, bool $highlight, int $level ): string {
		$badge = $highlight ? '<p class="wp24hd-plan__badge">' . esc_html__( 'Recommended', 'wp24-helpdesk' ) . '</p>' : '';
		$vat   = $this->vat_note();
		return sprintf(
			'<section class="%1$s" aria-labelledby="wp24hd-plan-%2$d">%3$s<h%4$d id="wp24hd-plan-%2$d" class="wp24hd-plan__name">%5$s</h%4$d>%6$s<p class="wp24hd-plan__price"><span class="wp24hd-plan__amount">%7$s</span> <span class="wp24hd-plan__period">%8$s</span></p>%9$s<ul class="wp24hd-plan__terms"><li>%10$s</li><li>%11$s</li><li>%12$s</li></ul>%13$s</section>',
			esc_attr( 'wp24hd-plan' . ( $highlight ? ' wp24hd-plan--highlight' : '' ) ),
			$plan->id,
			$badge,
			$level,
			esc_html( $plan->name ),
			'' === $plan->summary ? '' : '<p class="wp24hd-plan__summary">' . esc_html( $plan->summary ) . '</p>',
			esc_html( $this->price( $plan ) ),
			esc_html( $this->period( $plan ) ),
			'' === $vat ? '' : '<p class="wp24hd-plan__vat">' . esc_html( $vat ) . '</p>',
			esc_html( $this->response_time( $plan ) ),
			esc_html__( 'Urgent problems: within 24 hours, Sundays and holidays too', 'wp24-helpdesk' ),
			esc_html( $this->channels( $plan ) ),
			$this->button( $plan, $button_label )
		);
	}

	/**
	 * The price in the page's language with its currency code, as the rest of the plugin writes money.
	 *
	 * @param Plan $plan Plan.
	 */
	private function price( Plan $plan ): string {
		return Money::of( $plan->price, $plan->currency )->format();
	}

	/**
	 * "per year" for a one-year plan, otherwise its length in days.
	 *
	 * @param Plan $plan Plan.
	 */
	private function period( Plan $plan ): string {
		if ( in_array( $plan->duration_days, array( 365, 366 ), true ) ) {
			return __( 'per year', 'wp24-helpdesk' );
		}
		/* translators: %d: number of days. */
		return sprintf( _n( 'for %d day', 'for %d days', $plan->duration_days, 'wp24-helpdesk' ), $plan->duration_days );
	}

	/**
	 * The VAT note the settings define beside every price, or nothing.
	 */
	private function vat_note(): string {
		$notes = array(
			'included' => __( 'VAT included', 'wp24-helpdesk' ),
			'excluded' => __( 'plus VAT', 'wp24-helpdesk' ),
		);
		return $notes[ (string) $this->settings->all()['price_vat'] ] ?? '';
	}

	/**
	 * The plan's first-response promise.
	 *
	 * @param Plan $plan Plan.
	 */
	private function response_time( Plan $plan ): string {
		/* translators: %d: number of business hours. */
		return sprintf( _n( 'First answer within %d business hour', 'First answer within %d business hours', $plan->first_response_hours, 'wp24-helpdesk' ), $plan->first_response_hours );
	}

	/**
	 * How holders reach us (R1: the phone for those plans that include it).
	 *
	 * @param Plan $plan Plan.
	 */
	private function channels( Plan $plan ): string {
		return $plan->phone_support
			? __( 'Email, chat and phone', 'wp24-helpdesk' )
			: __( 'Email and chat', 'wp24-helpdesk' );
	}

	/**
	 * The buy button: adds the plan's product to the WooCommerce cart, or, without WooCommerce
	 * (or a linked product), leads to the contact page.
	 *
	 * @param Plan   $plan  Plan.
	 * @param string $label Custom label, or empty.
	 */
	private function button( Plan $plan, string $label ): string {
		$product_id = $plan->product_ids[0] ?? 0;
		if ( $product_id > 0 && Commerce_Integration::active() && function_exists( 'wc_get_cart_url' ) ) {
			$url   = add_query_arg( 'add-to-cart', $product_id, wc_get_cart_url() );
			$label = '' !== $label ? $label : __( 'Buy the plan', 'wp24-helpdesk' );
		} else {
			$url   = $this->links->new_ticket();
			$label = __( 'Contact us', 'wp24-helpdesk' );
		}
		return sprintf(
			'<p class="wp24hd-plan__action wp-block-button"><a class="wp-block-button__link wp-element-button" href="%1$s" rel="nofollow">%2$s</a></p>',
			esc_url( $url ),
			esc_html( $label )
		);
	}
}
