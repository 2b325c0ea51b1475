<?php
/**
 * Which contact channels a person may use (R1): email and chat for everyone, phone for Premium.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Customers;

use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * The single gate for the phone number: every output that could show it asks here.
 */
final class Channel_Policy {

	/**
	 * Constructor.
	 *
	 * @param Settings           $settings     Channel settings.
	 * @param Entitlement_Reader $entitlements Plan holdings.
	 * @param Plan_Post_Type     $plans        Plans.
	 */
	public function __construct(
		private Settings $settings,
		private Entitlement_Reader $entitlements,
		private Plan_Post_Type $plans,
	) {}

	/**
	 * Whether the user may see and use the phone line: staff, or an active plan with phone support.
	 *
	 * @param int $user_id User (0 for visitors).
	 */
	public function may_use_phone( int $user_id ): bool {
		if ( $user_id <= 0 ) {
			return false;
		}
		if ( user_can( $user_id, Capabilities::MANAGE_TICKETS ) ) {
			return true;
		}
		$entitlement = $this->entitlements->active_for_user( $user_id );
		if ( null === $entitlement ) {
			return false;
		}
		$plan = $this->plans->find( $entitlement->plan_id );
		return null !== $plan && $plan->phone_support;
	}

	/**
	 * The channels to show the user; `phone` is present only when allowed.
	 *
	 * @param int $user_id User (0 for visitors).
	 * @return array{email: string, whatsapp: string, phone?: string}
	 */
	public function channels_for( int $user_id ): array {
		$settings = $this->settings->all();
		$channels = array(
			'email'    => (string) $settings['support_email'],
			'whatsapp' => (string) $settings['whatsapp_number'],
		);
		if ( '' !== $settings['phone_number'] && $this->may_use_phone( $user_id ) ) {
			$channels['phone'] = (string) $settings['phone_number'];
		}
		return $channels;
	}
}
