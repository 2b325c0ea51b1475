<?php
/**
 * Creates the two plans of the agency's terms on first activation, as drafts to complete.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans;

defined( 'ABSPATH' ) || exit;

/**
 * Basic (email and chat) and Premium (phone too), created once and never overwritten.
 */
final class Default_Plans {

	public const DONE_OPTION = 'wp24hd_default_plans_created';

	/**
	 * Creates the drafts unless this site already got them once (even if the owner deleted them since).
	 *
	 * @return int[] IDs of the plans created now.
	 */
	public static function install(): array {
		if ( get_option( self::DONE_OPTION ) ) {
			return array();
		}
		$created = array();
		foreach ( self::definitions() as $order => $plan ) {
			$id = wp_insert_post(
				array(
					'post_type'    => Plan_Post_Type::POST_TYPE,
					'post_status'  => 'draft',
					'post_title'   => $plan['title'],
					'post_excerpt' => $plan['excerpt'],
					'menu_order'   => $order + 1,
					'meta_input'   => array(
						Plan_Meta::PHONE_SUPPORT => $plan['phone'],
						Plan_Meta::HIGHLIGHT     => $plan['phone'],
					),
				),
				true
			);
			if ( ! is_wp_error( $id ) ) {
				$created[] = (int) $id;
			}
		}
		update_option( self::DONE_OPTION, gmdate( 'c' ), false );
		return $created;
	}

	/**
	 * The plans named in the terms.
	 *
	 * @return array<int, array{title: string, excerpt: string, phone: bool}>
	 */
	private static function definitions(): array {
		return array(
			array(
				'title'   => __( 'Basic plan', 'wp24-helpdesk' ),
				'excerpt' => __( 'Yearly maintenance with support by email and chat.', 'wp24-helpdesk' ),
				'phone'   => false,
			),
			array(
				'title'   => __( 'Premium plan', 'wp24-helpdesk' ),
				'excerpt' => __( 'Yearly maintenance with support by email, chat and phone.', 'wp24-helpdesk' ),
				'phone'   => true,
			),
		);
	}
}
