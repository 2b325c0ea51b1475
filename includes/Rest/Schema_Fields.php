<?php
/**
 * Builders for the JSON Schema the plugin's REST resources declare, so every schema reads the same.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress's REST conventions: draft-04, read-only response fields, `view`/`edit`/`embed` contexts.
 *
 * A field in every context is what a customer may read; a field only in `edit` is staff's.
 */
final class Schema_Fields {

	/**
	 * Contexts of a field anyone who may read the resource sees.
	 */
	public const EVERYONE = array( 'view', 'edit', 'embed' );

	/**
	 * Contexts of a field only staff see.
	 */
	public const STAFF = array( 'edit' );

	/**
	 * A resource: a closed object with a title clients can name it by.
	 *
	 * `required` lists the fields every reader always receives: those in the `view` context, except the
	 * optional ones named. Staff-only fields are always there for staff; the generated TypeScript types
	 * (bin/rest-types.mjs) read it so.
	 *
	 * @param string                              $title      Resource name, `wp24hd-…`.
	 * @param array<string, array<string, mixed>> $properties Its fields.
	 * @param string[]                            $optional   Fields only some answers carry.
	 * @return array<string, mixed>
	 */
	public static function resource( string $title, array $properties, array $optional = array() ): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => $title,
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => $properties,
			'required'             => self::required( $properties, $optional ),
		);
	}

	/**
	 * The fields every reader receives: in the `view` context and not optional.
	 *
	 * @param array<string, array<string, mixed>> $properties Fields.
	 * @param string[]                            $optional   Fields only some answers carry.
	 * @return string[]
	 */
	private static function required( array $properties, array $optional ): array {
		$required = array();
		foreach ( $properties as $name => $property ) {
			if ( in_array( 'view', (array) ( $property['context'] ?? self::EVERYONE ), true ) && ! in_array( $name, $optional, true ) ) {
				$required[] = $name;
			}
		}
		return $required;
	}

	/**
	 * A read-only field.
	 *
	 * @param string|string[]      $type        JSON type(s).
	 * @param string               $description What it holds, translated.
	 * @param string[]             $context     Who sees it (EVERYONE or STAFF).
	 * @param array<string, mixed> $extra       More keywords (enum, format, items, properties).
	 * @return array<string, mixed>
	 */
	public static function field( $type, string $description, array $context = self::EVERYONE, array $extra = array() ): array {
		return array(
			'description' => $description,
			'type'        => $type,
			'context'     => $context,
			'readonly'    => true,
		) + $extra;
	}

	/**
	 * A moment in ISO 8601 (UTC) that every record has.
	 *
	 * @param string   $description What happened then, translated.
	 * @param string[] $context     Who sees it.
	 * @return array<string, mixed>
	 */
	public static function date( string $description, array $context = self::EVERYONE ): array {
		return self::field( 'string', $description, $context, array( 'format' => 'date-time' ) );
	}

	/**
	 * A moment in ISO 8601 (UTC), or null.
	 *
	 * @param string   $description What happened then, translated.
	 * @param string[] $context     Who sees it.
	 * @return array<string, mixed>
	 */
	public static function moment( string $description, array $context = self::EVERYONE ): array {
		return self::field( array( 'string', 'null' ), $description, $context, array( 'format' => 'date-time' ) );
	}

	/**
	 * A closed object nested in a resource (its fields are described in place).
	 *
	 * @param string                              $description What it holds, translated.
	 * @param array<string, array<string, mixed>> $properties  Its fields.
	 * @param string[]                            $context     Who sees it.
	 * @param bool                                $nullable    Whether it may be null.
	 * @param string[]                            $optional    Fields only some answers carry.
	 * @return array<string, mixed>
	 */
	public static function nested( string $description, array $properties, array $context = self::EVERYONE, bool $nullable = false, array $optional = array() ): array {
		return self::field(
			$nullable ? array( 'object', 'null' ) : 'object',
			$description,
			$context,
			array(
				'additionalProperties' => false,
				'properties'           => $properties,
				'required'             => self::required( $properties, $optional ),
			)
		);
	}

	/**
	 * A list of closed objects.
	 *
	 * @param string                              $description What it lists, translated.
	 * @param array<string, array<string, mixed>> $properties  Fields of each item.
	 * @param string[]                            $context     Who sees it.
	 * @return array<string, mixed>
	 */
	public static function list_of( string $description, array $properties, array $context = self::EVERYONE ): array {
		return self::field(
			'array',
			$description,
			$context,
			array(
				'items' => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => $properties,
					'required'             => array_keys( $properties ),
				),
			)
		);
	}

	/**
	 * The properties of a resource schema as nested fields (to embed one resource in another).
	 *
	 * @param array<string, mixed> $schema A resource schema.
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties_of( array $schema ): array {
		return (array) $schema['properties'];
	}

	/**
	 * The fields of a resource schema a customer reads (the `view` context), to embed where only
	 * the customer's view is answered.
	 *
	 * @param array<string, mixed> $schema A resource schema.
	 * @return array<string, array<string, mixed>>
	 */
	public static function customer_properties_of( array $schema ): array {
		return array_filter(
			self::properties_of( $schema ),
			static fn( array $property ): bool => in_array( 'view', (array) ( $property['context'] ?? self::EVERYONE ), true )
		);
	}
}
