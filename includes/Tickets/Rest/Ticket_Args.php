<?php
/**
 * The arguments of the `/tickets` routes: intake, the queue's filters, staff and customer changes.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Customers\Email_Address;
use WP24\Helpdesk\Tickets\Ticket;
use WP24\Helpdesk\Tickets\Queue_Repository;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Status;
use WP24\Helpdesk\Tickets\Ticket_Type;

defined( 'ABSPATH' ) || exit;

/**
 * Plain lists of route arguments, kept apart so the ticket controllers read as their handlers.
 */
final class Ticket_Args {

	/**
	 * Arguments of intake (`POST /tickets`).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function intake(): array {
		return array(
			'subject'         => array(
				'type'      => 'string',
				'minLength' => 3,
				'maxLength' => 200,
				'required'  => true,
			),
			'message'         => array(
				'type'      => 'string',
				'minLength' => 10,
				'maxLength' => 20000,
				'required'  => true,
			),
			'type'            => array(
				'type'    => 'string',
				'enum'    => Ticket_Type::values(),
				'default' => Ticket_Type::SUPPORT->value,
			),
			'priority'        => array(
				'type'    => 'string',
				'enum'    => Ticket_Priority::values(),
				'default' => Ticket_Priority::NORMAL->value,
			),
			'service'         => array(
				'type'      => 'string',
				'maxLength' => 120,
				'default'   => '',
			),
			'site_url'        => array(
				'type'      => 'string',
				'maxLength' => 255,
				'default'   => '',
			),
			'consent'         => array(
				'description' => __( 'Consent to the processing of personal data; the server records when and which text.', 'wp24-helpdesk' ),
				'type'        => 'boolean',
				'required'    => true,
			),
			'name'            => array(
				'description' => __( 'Guest name (visitors without an account).', 'wp24-helpdesk' ),
				'type'        => 'string',
				'maxLength'   => 100,
				'default'     => '',
			),
			'email'           => array(
				'description'       => __( 'Guest email (visitors without an account).', 'wp24-helpdesk' ),
				'type'              => 'string',
				'maxLength'         => 100,
				'default'           => '',
				'validate_callback' => array( Email_Address::class, 'validate_arg' ),
			),
			'website'         => array(
				'description' => __( 'Leave empty.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'default'     => '',
			),
			'started'         => array(
				'description' => __( 'When the form was rendered, as the form carries it.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'maxLength'   => 100,
				'default'     => '',
			),
			'idempotency_key' => self::idempotency(),
		);
	}

	/**
	 * Arguments of a change (`PATCH /tickets/{id}`): Ticket_Policy says who may send which.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function update(): array {
		return array(
			'status'          => array(
				'type' => 'string',
				'enum' => Ticket_Status::values(),
			),
			'close_reason'    => array(
				'type' => 'string',
				'enum' => Ticket::CLOSE_REASONS,
			),
			'priority'        => array(
				'type' => 'string',
				'enum' => Ticket_Priority::values(),
			),
			'assignee_id'     => array(
				'type'    => 'integer',
				'minimum' => 0,
			),
			'coverage'        => array(
				'type' => 'string',
				'enum' => array( Ticket::NOT_COVERED ),
			),
			'coverage_reason' => array(
				'type'      => 'string',
				'maxLength' => 1000,
			),
		);
	}

	/**
	 * Filters and sort of the queue (`GET /tickets`), without the paging every list shares.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function collection(): array {
		return array(
			'status'        => array(
				'type'  => 'array',
				'items' => array(
					'type' => 'string',
					'enum' => Ticket_Status::values(),
				),
			),
			'priority'      => array(
				'type' => 'string',
				'enum' => Ticket_Priority::values(),
			),
			'type'          => array(
				'type' => 'string',
				'enum' => Ticket_Type::values(),
			),
			'coverage'      => array(
				'type' => 'string',
				'enum' => array( Ticket::COVERED, Ticket::NOT_COVERED ),
			),
			'assignee_id'   => array(
				'type'    => 'integer',
				'minimum' => 0,
			),
			'plan_id'       => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'customer_id'   => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'search'        => array(
				'type'      => 'string',
				'maxLength' => 100,
			),
			'sla_breached'  => array(
				'type'    => 'boolean',
				'default' => false,
			),
			'sla_due_today' => array(
				'type'    => 'boolean',
				'default' => false,
			),
			'orderby'       => array(
				'type'    => 'string',
				'enum'    => array_keys( Queue_Repository::SORTS ),
				'default' => 'last_activity',
			),
			'order'         => array(
				'type'    => 'string',
				'enum'    => array( 'asc', 'desc' ),
				'default' => 'desc',
			),
		);
	}

	/**
	 * The `idempotency_key` field (the `Idempotency-Key` header says the same), checked by Tickets_Controller::idempotency_key().
	 *
	 * @return array<string, mixed>
	 */
	public static function idempotency(): array {
		return array(
			'description' => __( 'A key the client makes once per submission (the Idempotency-Key header does the same): a retry with it answers with what the first request stored.', 'wp24-helpdesk' ),
			'type'        => 'string',
		);
	}
}
