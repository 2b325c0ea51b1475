<?php
/**
 * The arguments of the entitlement routes: the list's filters and what each staff action takes.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Rest;

use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Renewal_Service;

defined( 'ABSPATH' ) || exit;

/**
 * JSON Schema of each argument; WordPress validates and sanitizes requests against it before the
 * controller runs.
 */
final class Entitlement_Args {

	/**
	 * The ID in an item's path.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function id(): array {
		return array(
			'id' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
	}

	/**
	 * The reason every staff action keeps in the log.
	 *
	 * @return array<string, mixed>
	 */
	public static function reason(): array {
		return array(
			'description' => __( 'Why: kept in the log.', 'wp24-helpdesk' ),
			'type'        => 'string',
			'minLength'   => 1,
			'maxLength'   => 500,
			'required'    => true,
		);
	}

	/**
	 * A manual grant.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function grant(): array {
		return array(
			'user_id'       => self::id()['id'] + array( 'required' => true ),
			'plan_id'       => self::id()['id'] + array( 'required' => true ),
			'duration_days' => array( 'description' => __( 'Length in days; the plan duration when left out.', 'wp24-helpdesk' ) ) + self::days(),
			'reason'        => self::reason(),
		);
	}

	/**
	 * An extension.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function extend(): array {
		return array(
			'days'   => self::days() + array( 'required' => true ),
			'reason' => self::reason(),
		);
	}

	/**
	 * A renewal contact (R12).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function contact(): array {
		return array(
			'channel' => array(
				'description' => __( 'How the customer was contacted about the renewal.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'enum'        => Renewal_Service::CONTACT_CHANNELS,
				'required'    => true,
			),
			'outcome' => array(
				'description' => __( 'What came of the contact.', 'wp24-helpdesk' ),
				'type'        => 'string',
				'enum'        => Renewal_Service::CONTACT_OUTCOMES,
				'required'    => true,
			),
			'note'    => array(
				'type'      => 'string',
				'maxLength' => 1000,
				'default'   => '',
			),
		);
	}

	/**
	 * The list's filters (paging is the controller's).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function filters(): array {
		return array(
			'user_id'              => array( 'description' => __( 'Only this customer (staff only).', 'wp24-helpdesk' ) ) + self::id()['id'],
			'plan_id'              => self::id()['id'],
			'status'               => array(
				'type' => 'string',
				'enum' => Entitlement::statuses(),
			),
			'expiring_within_days' => array(
				'description' => __( 'Only active holdings that expire within this many days.', 'wp24-helpdesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 365,
			),
		);
	}

	/**
	 * A number of days a plan lasts or is extended by.
	 *
	 * @return array<string, mixed>
	 */
	private static function days(): array {
		return array(
			'type'    => 'integer',
			'minimum' => 1,
			'maximum' => 3650,
		);
	}
}
