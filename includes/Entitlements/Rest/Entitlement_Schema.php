<?php
/**
 * The REST schema of a plan holding (entitlement) and its audit log.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Rest;

use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Rest\Schema_Fields;

defined( 'ABSPATH' ) || exit;

/**
 * What Entitlements_Presenter::present() answers; the customer's contact and the log are staff's.
 */
final class Entitlement_Schema {

	/**
	 * The schema.
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$staff = Schema_Fields::STAFF;
		return Schema_Fields::resource(
			'wp24hd-entitlement',
			array(
				'id'                 => Schema_Fields::field( 'integer', __( 'Unique identifier of the plan holding.', 'wp24-helpdesk' ) ),
				'user_id'            => Schema_Fields::field( 'integer', __( 'Customer account.', 'wp24-helpdesk' ) ),
				'plan_id'            => Schema_Fields::field( 'integer', __( 'Plan held.', 'wp24-helpdesk' ) ),
				'source'             => Schema_Fields::field( 'string', __( 'How it was granted (an order or a technician).', 'wp24-helpdesk' ) ),
				'order_id'           => Schema_Fields::field( 'integer', __( 'Shop order that granted it, 0 without one.', 'wp24-helpdesk' ) ),
				'status'             => Schema_Fields::field( 'string', __( 'Status.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'enum' => Entitlement::statuses() ) ),
				'starts_at'          => Schema_Fields::date( __( 'Start of the period, UTC.', 'wp24-helpdesk' ) ),
				'expires_at'         => Schema_Fields::date( __( 'End of the period (exclusive), UTC.', 'wp24-helpdesk' ) ),
				'paid_at'            => Schema_Fields::moment( __( 'When the order was paid, UTC.', 'wp24-helpdesk' ) ),
				'refund_window_open' => Schema_Fields::field( 'boolean', __( 'Whether a refund can still be asked for (24 hours from payment).', 'wp24-helpdesk' ) ),
				'customer_name'      => Schema_Fields::field( 'string', __( 'Name of the customer.', 'wp24-helpdesk' ), $staff ),
				'customer_email'     => Schema_Fields::field( 'string', __( 'Email address of the customer.', 'wp24-helpdesk' ), $staff ),
				'log'                => Schema_Fields::list_of(
					__( 'What happened to the holding, oldest first.', 'wp24-helpdesk' ),
					array(
						'event'          => Schema_Fields::field( 'string', __( 'What happened.', 'wp24-helpdesk' ), $staff ),
						'actor_id'       => Schema_Fields::field( 'integer', __( 'User who did it, 0 for the system.', 'wp24-helpdesk' ), $staff ),
						'order_id'       => Schema_Fields::field( 'integer', __( 'Shop order concerned, 0 for none.', 'wp24-helpdesk' ), $staff ),
						'order_item_id'  => Schema_Fields::field( 'integer', __( 'Order line concerned, 0 for none.', 'wp24-helpdesk' ), $staff ),
						'expires_before' => Schema_Fields::moment( __( 'End of the period before, UTC.', 'wp24-helpdesk' ), $staff ),
						'expires_after'  => Schema_Fields::moment( __( 'End of the period after, UTC.', 'wp24-helpdesk' ), $staff ),
						'channel'        => Schema_Fields::field( array( 'string', 'null' ), __( 'How a renewal contact was made.', 'wp24-helpdesk' ), $staff ),
						'outcome'        => Schema_Fields::field( array( 'string', 'null' ), __( 'What a renewal contact came to.', 'wp24-helpdesk' ), $staff ),
						'note'           => Schema_Fields::field( array( 'string', 'null' ), __( 'Note.', 'wp24-helpdesk' ), $staff ),
						'created_at'     => Schema_Fields::date( __( 'When, UTC.', 'wp24-helpdesk' ), $staff ),
					),
					$staff
				),
			)
		);
	}
}
