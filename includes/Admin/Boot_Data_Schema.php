<?php
/**
 * The shape of the admin page's start-up data, the one server shape no REST route answers.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Kept beside Admin_Page and checked against what it prints for administrators and technicians
 * (tests/integration/rest/schemas.test.ts); `AdminBootData` in src/shared/rest/types.generated.ts
 * is generated from it.
 */
final class Boot_Data_Schema {

	/**
	 * The JSON Schema (draft 4, as the REST schemas) of what Admin_Page::start_up_data() prints: the REST
	 * contract test copies it into src/shared/rest/schemas.json, and the app's `AdminBootData`
	 * type is generated from it, so the browser never re-declares it by hand. Its descriptions
	 * are left untranslated on purpose: no route answers this schema and nobody reads it but
	 * developers (they become the generated type's doc comments).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$options    = array(
			'type'  => 'array',
			'items' => self::object_schema(
				array(
					'value' => array( 'type' => 'string' ),
					'label' => array( 'type' => 'string' ),
				)
			),
		);
		$labels     = array(
			'type'                 => 'object',
			'additionalProperties' => array( 'type' => 'string' ),
		);
		$properties = array(
			'namespace'          => array(
				'description' => 'The REST namespace of the helpdesk.',
				'type'        => 'string',
			),
			'canSettings'        => array(
				'description' => 'Whether the user may change the settings.',
				'type'        => 'boolean',
			),
			'canPlans'           => array(
				'description' => 'Whether the user may grant, extend and revoke plans.',
				'type'        => 'boolean',
			),
			'userId'             => array(
				'description' => 'The user looking at the page.',
				'type'        => 'integer',
			),
			'restRoot'           => array(
				'description' => 'The REST API root URL.',
				'type'        => 'string',
			),
			'restNonce'          => array(
				'description' => 'The REST nonce of cookie-authenticated requests.',
				'type'        => 'string',
			),
			'technicians'        => array(
				'description' => 'The people a ticket can be assigned to.',
				'type'        => 'array',
				'items'       => self::object_schema(
					array(
						'id'   => array( 'type' => 'integer' ),
						'name' => array( 'type' => 'string' ),
					)
				),
			),
			'plans'              => array(
				'description' => 'The published plans, for the plan badges and filter.',
				'type'        => 'array',
				'items'       => self::object_schema(
					array(
						'id'            => array( 'type' => 'integer' ),
						'name'          => array( 'type' => 'string' ),
						'phone_support' => array( 'type' => 'boolean' ),
					)
				),
			),
			'savedReplies'       => array(
				'description' => 'Saved replies every technician can insert.',
				'type'        => 'array',
				'items'       => self::object_schema(
					array(
						'title' => array( 'type' => 'string' ),
						'body'  => array( 'type' => 'string' ),
					)
				),
			),
			'statuses'           => array( 'description' => 'Ticket statuses in the server\'s words, in lifecycle order.' ) + $options,
			'priorities'         => array( 'description' => 'Ticket priorities in the server\'s words.' ) + $options,
			'settingLabels'      => array( 'description' => 'Setting names by key (settings managers only).' ) + $labels,
			'notificationLabels' => array( 'description' => 'Email switch names by type (settings managers only).' ) + $labels,
			'dayFormat'          => array(
				'description' => 'The PHP date format of a day, as the thread\'s times use it.',
				'type'        => 'string',
			),
			'onCall'             => array(
				'description' => 'Whether the user gets the urgent-ticket emails.',
				'type'        => 'boolean',
			),
			'urgentAlerts'       => array(
				'description' => 'Whether the user wants browser notifications of urgent tickets.',
				'type'        => 'boolean',
			),
			'liveCursor'         => array(
				'description'          => 'The newest ticket and message IDs when the page was printed: where live updates start.',
				'type'                 => array( 'object', 'null' ),
				'properties'           => array(
					'tickets'  => array( 'type' => 'integer' ),
					'messages' => array( 'type' => 'integer' ),
				),
				'required'             => array( 'tickets', 'messages' ),
				'additionalProperties' => false,
			),
			'version'            => array(
				'description' => 'The plugin version.',
				'type'        => 'string',
			),
		);
		return array(
			'$schema' => 'http://json-schema.org/draft-04/schema#',
			'title'   => 'wp24hd-admin-boot-data',
		) + self::object_schema( $properties );
	}

	/**
	 * An object schema whose every property is always present, and nothing else.
	 *
	 * @param array<string, array<string, mixed>> $properties Property schemas.
	 * @return array<string, mixed>
	 */
	private static function object_schema( array $properties ): array {
		return array(
			'type'                 => 'object',
			'properties'           => $properties,
			'required'             => array_keys( $properties ),
			'additionalProperties' => false,
		);
	}
}
