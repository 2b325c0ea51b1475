<?php
/**
 * A maintenance plan as the rules see it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans;

use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Immutable view of a `wp24hd_plan` post and its meta.
 */
final class Plan {

	/**
	 * Constructor.
	 *
	 * @param int                                                   $id                   Post ID.
	 * @param string                                                $name                 Title.
	 * @param string                                                $summary              Excerpt, plain text.
	 * @param float                                                 $price                Price shown.
	 * @param string                                                $currency             ISO 4217 code.
	 * @param int                                                   $duration_days        Length of one purchase.
	 * @param int                                                   $refund_window_hours  Refund window after purchase.
	 * @param int                                                   $renewal_notice_days  Renewal contact before expiry.
	 * @param bool                                                  $phone_support        Phone line allowed.
	 * @param int                                                   $first_response_hours Business-hours target.
	 * @param array<int, array{label: string, description: string}> $covered_services     Covered services.
	 * @param bool                                                  $highlight            Highlighted in the table.
	 * @param int[]                                                 $product_ids          Linked WooCommerce products.
	 * @param int                                                   $sort_order           Menu order.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly string $summary,
		public readonly float $price,
		public readonly string $currency,
		public readonly int $duration_days,
		public readonly int $refund_window_hours,
		public readonly int $renewal_notice_days,
		public readonly bool $phone_support,
		public readonly int $first_response_hours,
		public readonly array $covered_services,
		public readonly bool $highlight,
		public readonly array $product_ids,
		public readonly int $sort_order,
	) {}

	/**
	 * Reads a plan from its post; registered meta defaults fill the gaps.
	 *
	 * @param WP_Post $post The plan post.
	 */
	public static function from_post( WP_Post $post ): self {
		$meta = static fn( string $key ) => get_post_meta( $post->ID, $key, true );
		return new self(
			$post->ID,
			get_the_title( $post ),
			wp_strip_all_tags( (string) $post->post_excerpt ),
			(float) $meta( Plan_Meta::PRICE ),
			Plan_Meta::sanitize_currency( $meta( Plan_Meta::CURRENCY ) ),
			(int) $meta( Plan_Meta::DURATION_DAYS ),
			(int) $meta( Plan_Meta::REFUND_WINDOW_HOURS ),
			(int) $meta( Plan_Meta::RENEWAL_NOTICE_DAYS ),
			(bool) $meta( Plan_Meta::PHONE_SUPPORT ),
			(int) $meta( Plan_Meta::FIRST_RESPONSE_HOURS ),
			Plan_Meta::sanitize_services( $meta( Plan_Meta::COVERED_SERVICES ) ),
			(bool) $meta( Plan_Meta::HIGHLIGHT ),
			array_map( 'intval', (array) $meta( Plan_Meta::PRODUCT_IDS ) ),
			(int) $post->menu_order,
		);
	}
}
