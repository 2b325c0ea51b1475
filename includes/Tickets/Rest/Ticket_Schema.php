<?php
/**
 * The REST schema of a ticket: what customers and staff read of it.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets\Rest;

use WP24\Helpdesk\Rest\Schema_Fields;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Status;
use WP24\Helpdesk\Tickets\Ticket_Type;

defined( 'ABSPATH' ) || exit;

/**
 * What Ticket_Presenter::ticket() answers: the `view` context is the customer's, `edit` the staff's.
 */
final class Ticket_Schema {

	/**
	 * The schema.
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$staff    = Schema_Fields::STAFF;
		$customer = array( 'view', 'embed' );
		$status   = array( 'enum' => Ticket_Status::values() );
		$quote    = Quote_Schema::get();
		return Schema_Fields::resource(
			'wp24hd-ticket',
			array(
				'id'                       => Schema_Fields::field( 'integer', __( 'Unique identifier of the ticket.', 'wp24-helpdesk' ) ),
				'reference'                => Schema_Fields::field( 'string', __( 'Reference the customer quotes, e.g. WP24-2026-00042.', 'wp24-helpdesk' ) ),
				'subject'                  => Schema_Fields::field( 'string', __( 'Subject.', 'wp24-helpdesk' ) ),
				'type'                     => Schema_Fields::field( 'string', __( 'Kind of request.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'enum' => Ticket_Type::values() ) ),
				'priority'                 => Schema_Fields::field( 'string', __( 'Priority.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, array( 'enum' => Ticket_Priority::values() ) ),
				'status'                   => Schema_Fields::field( 'string', __( 'Status.', 'wp24-helpdesk' ), Schema_Fields::EVERYONE, $status ),
				'status_label'             => Schema_Fields::field( 'string', __( 'Status in the words of the site language.', 'wp24-helpdesk' ) ),
				'coverage'                 => Schema_Fields::field( 'string', __( 'Whether the plan covers the request; empty until a technician decides.', 'wp24-helpdesk' ) ),
				'coverage_reason'          => Schema_Fields::field( 'string', __( 'Why the request is not covered.', 'wp24-helpdesk' ) ),
				'service'                  => Schema_Fields::field( 'string', __( 'Covered service the request is about.', 'wp24-helpdesk' ) ),
				'site_url'                 => Schema_Fields::field( 'string', __( 'Address of the website concerned.', 'wp24-helpdesk' ) ),
				'plan_id'                  => Schema_Fields::field( 'integer', __( 'Plan the ticket was opened under, 0 without one.', 'wp24-helpdesk' ) ),
				'parent_id'                => Schema_Fields::field( 'integer', __( 'Closed ticket this one follows up, 0 for none.', 'wp24-helpdesk' ) ),
				'first_response_due'       => Schema_Fields::moment( __( 'When the first answer is due, UTC.', 'wp24-helpdesk' ) ),
				'first_response_due_label' => Schema_Fields::field( array( 'string', 'null' ), __( 'When the first answer is due, in the site language and the business timezone.', 'wp24-helpdesk' ) ),
				'first_response_at'        => Schema_Fields::moment( __( 'When the first answer was sent, UTC.', 'wp24-helpdesk' ) ),
				'close_reason'             => Schema_Fields::field( 'string', __( 'Why the ticket was closed.', 'wp24-helpdesk' ) ),
				'closed_at'                => Schema_Fields::moment( __( 'When the ticket was closed, UTC.', 'wp24-helpdesk' ) ),
				'created_at'               => Schema_Fields::date( __( 'When the ticket was opened, UTC.', 'wp24-helpdesk' ) ),
				'created_label'            => Schema_Fields::field( array( 'string', 'null' ), __( 'When the ticket was opened, in the site language.', 'wp24-helpdesk' ) ),
				'last_activity_at'         => Schema_Fields::date( __( 'Last message or change, UTC.', 'wp24-helpdesk' ) ),
				'auto_close_label'         => Schema_Fields::field( array( 'string', 'null' ), __( 'When a ticket waiting for the customer closes by itself, in the site language.', 'wp24-helpdesk' ) ),
				// My tickets' words for the customer (customers' answers only: the `view` context).
				'last_activity_label'      => Schema_Fields::field( array( 'string', 'null' ), __( 'Last message or change, in the site language.', 'wp24-helpdesk' ), $customer ),
				'last_reply_by'            => Schema_Fields::field( array( 'string', 'null' ), __( 'Who wrote last: the customer or the team; null before any reply.', 'wp24-helpdesk' ), $customer, array( 'enum' => array( 'customer', 'team', null ) ) ),
				'last_reply_label'         => Schema_Fields::field( array( 'string', 'null' ), __( 'When the last reply was written, in the site language.', 'wp24-helpdesk' ), $customer ),
				'unread'                   => Schema_Fields::field( 'boolean', __( 'Whether the team wrote after the customer last opened the ticket.', 'wp24-helpdesk' ), $customer ),
				'badges'                   => Schema_Fields::field(
					'array',
					__( 'Marks beside the ticket (urgent, a quote to decide, a new reply), in the site language.', 'wp24-helpdesk' ),
					$customer,
					array(
						'items' => array(
							'type'                 => 'object',
							'additionalProperties' => false,
							'required'             => array( 'kind', 'label' ),
							'properties'           => array(
								'kind'  => array(
									'type' => 'string',
									'enum' => array( 'urgent', 'quote', 'unread' ),
								),
								'label' => array( 'type' => 'string' ),
							),
						),
					)
				),
				'answer_due_label'         => Schema_Fields::field( array( 'string', 'null' ), __( 'While the first answer is awaited, when it is due, in the site language; otherwise null.', 'wp24-helpdesk' ), $customer ),
				'quote'                    => Schema_Fields::nested( __( 'The latest quote, if any.', 'wp24-helpdesk' ), Schema_Fields::properties_of( $quote ), Schema_Fields::EVERYONE, true ),
				'guest_key'                => Schema_Fields::field( 'string', __( 'Key of a guest ticket, answered only when the guest opens it.', 'wp24-helpdesk' ) ),
				'customer_id'              => Schema_Fields::field( 'integer', __( 'Customer account, 0 for a guest.', 'wp24-helpdesk' ), $staff ),
				'customer_name'            => Schema_Fields::field( 'string', __( 'Name of the account, or the name a guest gave.', 'wp24-helpdesk' ), $staff ),
				'guest_email'              => Schema_Fields::field( 'string', __( 'Email address of a guest.', 'wp24-helpdesk' ), $staff ),
				'guest_name'               => Schema_Fields::field( 'string', __( 'Name a guest gave.', 'wp24-helpdesk' ), $staff ),
				'entitlement_id'           => Schema_Fields::field( 'integer', __( 'Plan holding that covers the ticket, 0 for none.', 'wp24-helpdesk' ), $staff ),
				'assignee_id'              => Schema_Fields::field( 'integer', __( 'Technician the ticket is assigned to, 0 for none.', 'wp24-helpdesk' ), $staff ),
				'consent_at'               => Schema_Fields::moment( __( 'When the customer consented to the processing of personal data, UTC.', 'wp24-helpdesk' ), $staff ),
				'consent_version'          => Schema_Fields::field( 'string', __( 'Version of the consent text the customer accepted.', 'wp24-helpdesk' ), $staff ),
				'last_customer_reply_at'   => Schema_Fields::moment( __( 'Last customer message, UTC.', 'wp24-helpdesk' ), $staff ),
				'last_staff_reply_at'      => Schema_Fields::moment( __( 'Last technician answer, UTC.', 'wp24-helpdesk' ), $staff ),
				'sla_breached'             => Schema_Fields::field( 'boolean', __( 'Whether the first answer is overdue.', 'wp24-helpdesk' ), $staff ),
				'sla_minutes_left'         => Schema_Fields::field( array( 'integer', 'null' ), __( 'Minutes left to the first answer, negative when overdue; null once answered or closed.', 'wp24-helpdesk' ), $staff ),
				'next_statuses'            => Schema_Fields::field( 'array', __( 'Statuses the ticket may move to.', 'wp24-helpdesk' ), $staff, array( 'items' => array( 'type' => 'string' ) + $status ) ),
			),
			// Only some answers carry these: the guest's key once, My tickets' words to customers only.
			array( 'guest_key', 'last_activity_label', 'last_reply_by', 'last_reply_label', 'unread', 'badges', 'answer_due_label' )
		);
	}
}
