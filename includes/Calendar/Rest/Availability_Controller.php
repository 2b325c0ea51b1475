<?php
/**
 * `GET /wp24-helpdesk/v1/availability`: whether the desk is open and when an answer can be expected.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Calendar\Rest;

use DateTimeImmutable;
use DateTimeInterface;
use DateTimeZone;
use WP24\Helpdesk\Calendar\Business_Calendar;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP_REST_Request;
use WP_REST_Response;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;
use WP24\Helpdesk\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Public: the ticket form shows it to every visitor (R2, R3). Computed in PHP only.
 */
final class Availability_Controller extends Controller {

	/**
	 * Constructor.
	 *
	 * @param Settings          $settings Response targets.
	 * @param Settings_Calendar $calendar The business hours.
	 * @param Clock             $clock    Where "now" comes from (the system clock outside tests).
	 */
	public function __construct( private Settings $settings, private Settings_Calendar $calendar, private Clock $clock = new System_Clock() ) {
		parent::__construct( 'availability' );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		// Public on purpose: opening hours are published information.
		$this->register_read_route( '', 'get_item', '__return_true' );
	}

	/**
	 * The availability right now.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		$now      = $this->clock->now();
		$calendar = $this->calendar->calendar();
		$target   = ( new Response_Targets( $this->settings, new Plan_Post_Type() ) )->without_plan();
		$data     = $this->describe( $calendar, $now, $target );
		$response = rest_ensure_response( $this->filter_response_by_context( $data, 'view' ) );
		// Changes every minute; a cached copy would tell visitors the desk is open after closing.
		$response->header( 'Cache-Control', 'no-cache, must-revalidate, max-age=0' );
		return $response;
	}

	/**
	 * The availability at a moment (public so the ticket form's server render can reuse it).
	 *
	 * @param Business_Calendar $calendar Calendar.
	 * @param DateTimeImmutable $now      Moment.
	 * @param int               $target   Business-hours first-response target for normal tickets.
	 * @return array<string, mixed>
	 */
	public function describe( Business_Calendar $calendar, DateTimeImmutable $now, int $target ): array {
		$timezone     = $calendar->hours()->timezone;
		$next_opening = $calendar->next_opening( $now );
		$normal_due   = $calendar->first_response_due( $now, false, $target );
		$urgent_due   = $calendar->first_response_due( $now, true, $target );
		return array(
			'now'                => $this->iso( $now ),
			'timezone'           => $timezone->getName(),
			'open'               => $calendar->is_open_at( $now ),
			'next_opening'       => $next_opening ? $this->iso( $next_opening ) : null,
			'next_opening_label' => $next_opening ? wp_date( _x( 'l j F, H:i', 'next opening date format', 'wp24-helpdesk' ), $next_opening->getTimestamp(), $timezone ) : null,
			'expected_response'  => array(
				'normal'       => $normal_due ? $this->iso( $normal_due ) : null,
				'normal_label' => $normal_due ? wp_date( _x( 'l j F, H:i', 'response due date format', 'wp24-helpdesk' ), $normal_due->getTimestamp(), $timezone ) : null,
				'urgent'       => $urgent_due ? $this->iso( $urgent_due ) : null,
				'urgent_hours' => Business_Calendar::URGENT_RESPONSE_HOURS,
			),
		);
	}

	/**
	 * The response schema.
	 *
	 * @return array<string, mixed>
	 */
	protected function resource_schema(): array {
		$moment = static fn( string $description ): array => array(
			'description' => $description,
			'type'        => array( 'string', 'null' ),
			'format'      => 'date-time',
			'context'     => array( 'view' ),
			'readonly'    => true,
		);
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'wp24hd-availability',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'now'                => $moment( __( 'The moment the answer was computed, UTC.', 'wp24-helpdesk' ) ),
				'timezone'           => array(
					'description' => __( 'Timezone of the business hours.', 'wp24-helpdesk' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'open'               => array(
					'description' => __( 'Whether live support is open now.', 'wp24-helpdesk' ),
					'type'        => 'boolean',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'next_opening'       => $moment( __( 'When live support opens next (now when open), UTC.', 'wp24-helpdesk' ) ),
				'next_opening_label' => array(
					'description' => __( 'The next opening in the site language and the business timezone.', 'wp24-helpdesk' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'expected_response'  => array(
					'description' => __( 'When a ticket sent now can expect its first answer.', 'wp24-helpdesk' ),
					'type'        => 'object',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'properties'  => array(
						'normal'       => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date-time',
						),
						'normal_label' => array( 'type' => array( 'string', 'null' ) ),
						'urgent'       => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date-time',
						),
						'urgent_hours' => array( 'type' => 'integer' ),
					),
				),
			),
		);
	}

	/**
	 * The moment in ISO 8601 (UTC), for REST.
	 *
	 * @param DateTimeImmutable $moment Moment.
	 */
	private function iso( DateTimeImmutable $moment ): string {
		return $moment->setTimezone( new DateTimeZone( 'UTC' ) )->format( DateTimeInterface::ATOM );
	}
}
