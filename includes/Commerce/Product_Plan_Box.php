<?php
/**
 * A box on the product screen naming the helpdesk plan the product sells.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Commerce;

use WP24\Helpdesk\Plans\Plan_Post_Type;

defined( 'ABSPATH' ) || exit;

/**
 * The link is made in the plan's editor; this box shows it from the product's side.
 */
final class Product_Plan_Box {

	/**
	 * Constructor.
	 *
	 * @param Plan_Post_Type $plans Plans.
	 */
	public function __construct( private Plan_Post_Type $plans ) {}

	/**
	 * Adds the box hook.
	 */
	public function register(): void {
		add_action( 'add_meta_boxes_product', array( $this, 'add' ) );
	}

	/**
	 * Adds the box.
	 */
	public function add(): void {
		add_meta_box( 'wp24hd-product-plan', __( 'Helpdesk plan', 'wp24-helpdesk' ), array( $this, 'render' ), 'product', 'side' );
	}

	/**
	 * The box.
	 *
	 * @param \WP_Post $post Product post.
	 */
	public function render( $post ): void {
		echo wp_kses_post( $this->html( (int) $post->ID ) );
	}

	/**
	 * The box's HTML for a product.
	 *
	 * @param int $product_id Product.
	 */
	public function html( int $product_id ): string {
		$plan = $this->plans->linked_to_product( $product_id );
		if ( null === $plan ) {
			return '<p>' . esc_html__( 'This product sells no helpdesk plan. Link it from a plan\'s settings in Helpdesk → Plans.', 'wp24-helpdesk' ) . '</p>';
		}
		/* translators: 1: plan name, 2: number of days. */
		return '<p>' . esc_html( sprintf( __( 'Buying this product grants the %1$s for %2$d days.', 'wp24-helpdesk' ), $plan->name, $plan->duration_days ) ) . '</p>'
			. '<p>' . esc_html__( 'Sold one at a time: a cart holds one unit, and one order buys one period. Renewing is another order.', 'wp24-helpdesk' ) . '</p>'
			. '<p><a href="' . esc_url( (string) get_edit_post_link( $plan->id, 'raw' ) ) . '">' . esc_html__( 'Edit the plan', 'wp24-helpdesk' ) . '</a></p>';
	}
}
