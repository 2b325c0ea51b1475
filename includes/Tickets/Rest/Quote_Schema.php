<?php
/**
 * The REST schema of a quote (R8), alone and inside its ticket.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Tickets\Quote_Status;
use WP24\Helpdesk\Rest\Schema_Fields;

defined( 'ABSPATH' ) || exit;

/**
 * What Ticket_Presenter::quote() answers; customers never see drafts nor who decided from where.
 */
final class Quote_Schema {

	/**
	 * The schema.
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$staff = Schema_Fields::STAFF;
		return Schema_Fields::resource(
			'wp24hd-quote',
			array(
				'id'          => Schema_Fields::field( 'integer', __( 'Unique identifier of the quote.', 'wp24-helpdesk' ) ),
				'amount'      => Schema_Fields::field( 'number', __( 'Amount, in the currency (two decimals).', 'wp24-helpdesk' ) ),
				'currency'    => Schema_Fields::field( 'string', __( 'ISO 4217 currency code.', 'wp24-helpdesk' ) ),
				'conditions'  => Schema_Fields::field( 'string', __( 'What the work includes and on what terms.', 'wp24-helpdesk' ) ),
				'valid_until' => Schema_Fields::date( __( 'Last moment the quote can be accepted, UTC.', 'wp24-helpdesk' ) ),
				'status'      => Schema_Fields::field( 'string', __( 'Quote status.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'enum' => Quote_Status::values() ) ),
				'decided_at'  => Schema_Fields::moment( __( 'When the customer accepted or declined, UTC.', 'wp24-helpdesk' ) ),
				'paid_at'     => Schema_Fields::moment( __( 'When the quote was paid through the shop, UTC.', 'wp24-helpdesk' ) ),
				'decided_by'  => Schema_Fields::field( 'integer', __( 'User who accepted or declined.', 'wp24-helpdesk' ), $staff ),
				'decided_ip'  => Schema_Fields::field( 'string', __( 'IP address the decision came from.', 'wp24-helpdesk' ), $staff ),
				'order_id'    => Schema_Fields::field( 'integer', __( 'Shop order that pays the quote, 0 without one.', 'wp24-helpdesk' ), $staff ),
			)
		);
	}
}
