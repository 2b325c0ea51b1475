<?php
/**
 * The meta keys of a plan: types, defaults and sanitisers in one place.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans;

defined( 'ABSPATH' ) || exit;

/**
 * Definitions shared by `register_post_meta()` and the Plan value object.
 */
final class Plan_Meta {

	public const PRICE                = 'wp24hd_price';
	public const CURRENCY             = 'wp24hd_currency';
	public const DURATION_DAYS        = 'wp24hd_duration_days';
	public const REFUND_WINDOW_HOURS  = 'wp24hd_refund_window_hours';
	public const RENEWAL_NOTICE_DAYS  = 'wp24hd_renewal_notice_days';
	public const PHONE_SUPPORT        = 'wp24hd_phone_support';
	public const FIRST_RESPONSE_HOURS = 'wp24hd_first_response_hours';
	public const COVERED_SERVICES     = 'wp24hd_covered_services';
	public const HIGHLIGHT            = 'wp24hd_highlight';
	public const PRODUCT_IDS          = 'wp24hd_product_ids';

	/**
	 * Arguments for `register_post_meta()`, keyed by meta key.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function definitions(): array {
		return array(
			self::PRICE                => array(
				'type'              => 'number',
				'description'       => __( 'Price shown to customers, per year.', 'wp24-helpdesk' ),
				'default'           => 0,
				'sanitize_callback' => static fn( $value ): float => max( 0.0, round( (float) $value, 2 ) ),
				'show_in_rest'      => array( 'schema' => array( 'minimum' => 0 ) ),
			),
			self::CURRENCY             => array(
				'type'              => 'string',
				'description'       => __( 'ISO 4217 currency code of the price.', 'wp24-helpdesk' ),
				'default'           => 'EUR',
				'sanitize_callback' => array( self::class, 'sanitize_currency' ),
				'show_in_rest'      => array( 'schema' => array( 'pattern' => '^[A-Z]{3}$' ) ),
			),
			self::DURATION_DAYS        => self::days_or_hours( __( 'How long a purchase lasts, in days.', 'wp24-helpdesk' ), 365, 1, 3650 ),
			self::REFUND_WINDOW_HOURS  => self::days_or_hours( __( 'Hours after purchase during which a refund may be requested.', 'wp24-helpdesk' ), 24, 0, 8760 ),
			self::RENEWAL_NOTICE_DAYS  => self::days_or_hours( __( 'Days before expiry when the renewal contact starts.', 'wp24-helpdesk' ), 30, 0, 365 ),
			self::FIRST_RESPONSE_HOURS => self::days_or_hours( __( 'First-response target for normal tickets, in business hours.', 'wp24-helpdesk' ), 8, 1, 240 ),
			self::PHONE_SUPPORT        => array(
				'type'         => 'boolean',
				'description'  => __( 'Whether holders may call the support phone line.', 'wp24-helpdesk' ),
				'default'      => false,
				'show_in_rest' => true,
			),
			self::HIGHLIGHT            => array(
				'type'         => 'boolean',
				'description'  => __( 'Whether the plan table highlights this plan.', 'wp24-helpdesk' ),
				'default'      => false,
				'show_in_rest' => true,
			),
			self::COVERED_SERVICES     => array(
				'type'              => 'array',
				'description'       => __( 'Services the plan covers, in display order.', 'wp24-helpdesk' ),
				'default'           => array(),
				'sanitize_callback' => array( self::class, 'sanitize_services' ),
				'show_in_rest'      => array(
					'schema' => array(
						'items' => array(
							'type'                 => 'object',
							'additionalProperties' => false,
							'properties'           => array(
								'label'       => array(
									'type'      => 'string',
									'minLength' => 1,
									'maxLength' => 120,
								),
								'description' => array(
									'type'      => 'string',
									'maxLength' => 500,
								),
							),
							'required'             => array( 'label' ),
						),
					),
				),
			),
			self::PRODUCT_IDS          => array(
				'type'              => 'array',
				'description'       => __( 'WooCommerce products that sell this plan.', 'wp24-helpdesk' ),
				'default'           => array(),
				'sanitize_callback' => static fn( $value ): array => array_values( array_unique( array_filter( array_map( 'absint', (array) $value ) ) ) ),
				'show_in_rest'      => array(
					'schema' => array(
						'items' => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
					),
				),
			),
		);
	}

	/**
	 * Upper-cases a currency code and falls back to EUR when it is not three letters.
	 *
	 * @param mixed $value Raw value.
	 */
	public static function sanitize_currency( $value ): string {
		$code = strtoupper( sanitize_text_field( (string) $value ) );
		return 1 === preg_match( '/^[A-Z]{3}$/', $code ) ? $code : 'EUR';
	}

	/**
	 * Keeps only services with a label, as plain text.
	 *
	 * @param mixed $value Raw value.
	 * @return array<int, array{label: string, description: string}>
	 */
	public static function sanitize_services( $value ): array {
		$services = array();
		foreach ( (array) $value as $item ) {
			if ( ! is_array( $item ) ) {
				continue;
			}
			$label = sanitize_text_field( (string) ( $item['label'] ?? '' ) );
			if ( '' === $label ) {
				continue;
			}
			$services[] = array(
				'label'       => mb_substr( $label, 0, 120 ),
				'description' => mb_substr( sanitize_textarea_field( (string) ( $item['description'] ?? '' ) ), 0, 500 ),
			);
		}
		return $services;
	}

	/**
	 * An integer meta with bounds.
	 *
	 * @param string $description What it holds.
	 * @param int    $default_value Default.
	 * @param int    $min         Minimum.
	 * @param int    $max         Maximum.
	 * @return array<string, mixed>
	 */
	private static function days_or_hours( string $description, int $default_value, int $min, int $max ): array {
		return array(
			'type'              => 'integer',
			'description'       => $description,
			'default'           => $default_value,
			'sanitize_callback' => static fn( $value ): int => min( $max, max( $min, (int) $value ) ),
			'show_in_rest'      => array(
				'schema' => array(
					'minimum' => $min,
					'maximum' => $max,
				),
			),
		);
	}
}
