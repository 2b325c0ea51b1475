<?php
/**
 * The `wp24hd_plan` post type and its typed meta.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans;

use WP24\Helpdesk\Roles\Capabilities;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Plans are posts edited in the block editor; their terms are registered meta shown in REST.
 */
final class Plan_Post_Type {

	public const POST_TYPE = 'wp24hd_plan';

	/**
	 * Adds the registration hook.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_post_type' ) );
		add_action( 'init', array( $this, 'register_meta' ) );
	}

	/**
	 * Registers the post type: no public archive, editable in the block editor by plan managers.
	 */
	public function register_post_type(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'Plans', 'wp24-helpdesk' ),
					'singular_name' => __( 'Plan', 'wp24-helpdesk' ),
					'add_new_item'  => __( 'Add new plan', 'wp24-helpdesk' ),
					'edit_item'     => __( 'Edit plan', 'wp24-helpdesk' ),
					'all_items'     => __( 'Plans', 'wp24-helpdesk' ),
					'not_found'     => __( 'No plans found.', 'wp24-helpdesk' ),
				),
				'public'          => false,
				'show_ui'         => true,
				'show_in_menu'    => 'wp24-helpdesk',
				'show_in_rest'    => true,
				'rest_base'       => 'wp24hd-plans',
				'has_archive'     => false,
				'rewrite'         => false,
				'hierarchical'    => false,
				'supports'        => array( 'title', 'editor', 'excerpt', 'custom-fields', 'page-attributes', 'revisions' ),
				'capability_type' => 'post',
				'map_meta_cap'    => true,
				'capabilities'    => array(
					'edit_posts'             => Capabilities::MANAGE_PLANS,
					'edit_others_posts'      => Capabilities::MANAGE_PLANS,
					'publish_posts'          => Capabilities::MANAGE_PLANS,
					'read_private_posts'     => Capabilities::MANAGE_PLANS,
					'delete_posts'           => Capabilities::MANAGE_PLANS,
					'delete_others_posts'    => Capabilities::MANAGE_PLANS,
					'delete_published_posts' => Capabilities::MANAGE_PLANS,
					'edit_published_posts'   => Capabilities::MANAGE_PLANS,
					'create_posts'           => Capabilities::MANAGE_PLANS,
				),
			)
		);
	}

	/**
	 * Registers every plan term as typed, sanitised meta visible in REST.
	 */
	public function register_meta(): void {
		foreach ( Plan_Meta::definitions() as $key => $definition ) {
			register_post_meta(
				self::POST_TYPE,
				$key,
				array_merge(
					$definition,
					array(
						'single'        => true,
						'auth_callback' => static fn(): bool => current_user_can( Capabilities::MANAGE_PLANS ),
					)
				)
			);
		}
	}

	/**
	 * Published plans, in the owner's order.
	 *
	 * @return Plan[]
	 */
	public function published(): array {
		$posts = get_posts(
			array(
				'post_type'        => self::POST_TYPE,
				'post_status'      => 'publish',
				'numberposts'      => 50,
				'orderby'          => array(
					'menu_order' => 'ASC',
					'ID'         => 'ASC',
				),
				'suppress_filters' => false,
			)
		);
		return array_map( static fn( WP_Post $post ): Plan => Plan::from_post( $post ), $posts );
	}

	/**
	 * One plan in any status but trash, or null (entitlements keep pointing at unpublished plans).
	 *
	 * @param int $id Post ID.
	 */
	public function find( int $id ): ?Plan {
		$post = get_post( $id );
		if ( ! $post instanceof WP_Post || self::POST_TYPE !== $post->post_type || 'trash' === $post->post_status ) {
			return null;
		}
		return Plan::from_post( $post );
	}

	/**
	 * The plan a WooCommerce product sells, in any status but trash (a plan taken off the table
	 * still grants to those who bought it), or null. With several IDs (a variation, then its
	 * product) the first one linked wins, from one query.
	 *
	 * @param int ...$product_ids Product or variation IDs, in order of preference.
	 */
	public function linked_to_product( int ...$product_ids ): ?Plan {
		$product_ids = array_values( array_filter( $product_ids, static fn( int $id ): bool => $id > 0 ) );
		if ( array() === $product_ids ) {
			return null;
		}
		$posts = get_posts(
			array(
				'post_type'        => self::POST_TYPE,
				'post_status'      => array( 'publish', 'private', 'draft', 'pending', 'future' ),
				'numberposts'      => 100,
				'orderby'          => 'ID',
				'order'            => 'ASC',
				'suppress_filters' => false,
			)
		);
		$plans = array_map( static fn( WP_Post $post ): Plan => Plan::from_post( $post ), $posts );
		foreach ( $product_ids as $product_id ) {
			foreach ( $plans as $plan ) {
				if ( in_array( $product_id, $plan->product_ids, true ) ) {
					return $plan;
				}
			}
		}
		return null;
	}

	/**
	 * One published plan, or null.
	 *
	 * @param int $id Post ID.
	 */
	public function find_published( int $id ): ?Plan {
		$post = get_post( $id );
		if ( ! $post instanceof WP_Post || self::POST_TYPE !== $post->post_type || 'publish' !== $post->post_status ) {
			return null;
		}
		return Plan::from_post( $post );
	}
}
