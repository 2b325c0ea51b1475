<?php
/**
 * First-response targets: a plan's own, and the one promised without a plan.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans;

use WP24\Helpdesk\Settings\Settings;
use WP_Error;
use WP_Post;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * The rule: no visitor is promised a faster answer than a paying customer. The target without a
 * plan (guests, customers whose plan ended) is never shorter than the slowest published plan's.
 *
 * It holds three times: where the target is computed (the larger of the setting and the slowest
 * published plan, so a site saved before the rule keeps it too), where the setting is saved
 * (Settings::update refuses a faster one) and where a plan is saved through REST (a published
 * plan slower than the setting is refused: raise the setting first).
 */
final class Response_Targets {

	/**
	 * Constructor.
	 *
	 * @param Settings       $settings The no-plan setting.
	 * @param Plan_Post_Type $plans    Published plans.
	 */
	public function __construct( private Settings $settings, private Plan_Post_Type $plans ) {}

	/**
	 * Checks plans saved through REST (the block editor).
	 */
	public function register(): void {
		add_filter( 'rest_pre_insert_' . Plan_Post_Type::POST_TYPE, array( $this, 'check_plan' ), 10, 2 );
	}

	/**
	 * The business-hours target for a plan holder, or for someone without a plan.
	 *
	 * @param Plan|null $plan The customer's active plan, or null.
	 */
	public function for_plan( ?Plan $plan ): int {
		return null !== $plan ? $plan->first_response_hours : $this->without_plan();
	}

	/**
	 * The target without a plan: the setting, raised to the slowest published plan's target.
	 */
	public function without_plan(): int {
		return max( (int) $this->settings->all()['default_first_response_hours'], self::slowest( $this->plans->published() ) );
	}

	/**
	 * The slowest target among plans, or 0 without plans.
	 *
	 * @param Plan[] $plans Plans.
	 */
	public static function slowest( array $plans ): int {
		return array() === $plans ? 0 : max( array_map( static fn( Plan $plan ): int => $plan->first_response_hours, $plans ) );
	}

	/**
	 * The slowest published plan, or null without plans.
	 *
	 * @param Plan[] $plans Plans.
	 */
	public static function slowest_plan( array $plans ): ?Plan {
		$slowest = null;
		foreach ( $plans as $plan ) {
			if ( null === $slowest || $plan->first_response_hours > $slowest->first_response_hours ) {
				$slowest = $plan;
			}
		}
		return $slowest;
	}

	/**
	 * Refuses to publish a plan whose target is slower than the one promised without a plan.
	 *
	 * @param \stdClass|WP_Error $prepared The post about to be saved.
	 * @param WP_REST_Request    $request  The editor's request.
	 * @return \stdClass|WP_Error
	 */
	public function check_plan( $prepared, $request ) {
		if ( is_wp_error( $prepared ) ) {
			return $prepared;
		}
		$existing = isset( $prepared->ID ) ? get_post( (int) $prepared->ID ) : null;
		$status   = (string) ( $prepared->post_status ?? ( $existing instanceof WP_Post ? $existing->post_status : 'draft' ) );
		if ( 'publish' !== $status ) {
			return $prepared;
		}
		$meta  = (array) $request->get_param( 'meta' );
		$hours = array_key_exists( Plan_Meta::FIRST_RESPONSE_HOURS, $meta )
			? (int) $meta[ Plan_Meta::FIRST_RESPONSE_HOURS ]
			: ( $existing instanceof WP_Post ? Plan::from_post( $existing )->first_response_hours : 8 );
		$limit = (int) $this->settings->all()['default_first_response_hours'];
		if ( $hours <= $limit ) {
			return $prepared;
		}
		return new WP_Error(
			'wp24hd_plan_slower_than_no_plan',
			sprintf(
				/* translators: 1: hours of the plan, 2: hours promised without a plan. */
				__( 'First answer within %1$d business hours is slower than the %2$d promised to visitors without a plan, and no visitor may be promised a faster answer than a paying customer. Raise "First-response target without a plan" in Helpdesk → Settings first, or choose %2$d hours or fewer.', 'wp24-helpdesk' ),
				$hours,
				$limit
			),
			array( 'status' => 400 )
		);
	}
}
