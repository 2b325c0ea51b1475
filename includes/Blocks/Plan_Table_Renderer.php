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

defined( 'ABSPATH' ) || exit;

/**
 * Renders published plans as cards; every value is escaped here, at output.
 */
final class Plan_Table_Renderer {

	/**
	 * Constructor.
	 *
	 * @param Plan_Post_Type $plans Plan source.
	 * @param Links          $links The shop and ticket pages the table links to.
	 */
	public function __construct( private Plan_Post_Type $plans, private Links $links ) {}

	/**
	 * The block's HTML.
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
			$cards    .= $this->card( $plan, $show_services, $button_label, $highlight, $level );
		}
		return sprintf( '<div %1$s>%2$s</div>', $wrapper, $cards );
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
	 * One plan's card.
	 *
	 * @param Plan   $plan          Plan.
	 * @param bool   $show_services Whether to list covered services.
	 * @param string $button_label  Label of the buy button; empty for the default.
	 * @param bool   $highlight     Whether this plan is the highlighted one.
	 * @param int    $level         Heading level of the plan name.
	 */
	private function card( Plan $plan, bool $show_services, string $button_label, bool $highlight, int $level ): string {
		$channels = $plan->phone_support
			? __( 'Email, chat and phone', 'wp24-helpdesk' )
			: __( 'Email and chat', 'wp24-helpdesk' );

		$services = '';
		if ( $show_services && array() !== $plan->covered_services ) {
			$items = '';
			foreach ( $plan->covered_services as $service ) {
				$items .= '<li>' . esc_html( $service['label'] ) . '</li>';
			}
			$services = '<ul class="wp24hd-plan__services">' . $items . '</ul>';
		}

		return sprintf(
			'<section class="%1$s" aria-labelledby="wp24hd-plan-%2$d"><h%9$d id="wp24hd-plan-%2$d" class="wp24hd-plan__name">%3$s</h%9$d><p class="wp24hd-plan__price">%4$s</p><p class="wp24hd-plan__duration">%5$s</p><p class="wp24hd-plan__channels">%6$s</p>%7$s%8$s</section>',
			esc_attr( 'wp24hd-plan' . ( $highlight ? ' wp24hd-plan--highlight' : '' ) ),
			$plan->id,
			esc_html( $plan->name ),
			esc_html(
				sprintf(
					/* translators: 1: amount, 2: ISO currency code. */
					__( '%1$s %2$s', 'wp24-helpdesk' ),
					number_format_i18n( $plan->price, 2 ),
					$plan->currency
				)
			),
			esc_html(
				sprintf(
					/* translators: %d: number of days. */
					_n( '%d day of support', '%d days of support', $plan->duration_days, 'wp24-helpdesk' ),
					$plan->duration_days
				)
			),
			esc_html( $channels ),
			$services,
			$this->button( $plan, $button_label ),
			$level
		);
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
