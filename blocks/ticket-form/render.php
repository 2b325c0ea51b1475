<?php
/**
 * Server render of the ticket form; Ticket_Form_Renderer decides what the viewer may do.
 *
 * @package WP24\Helpdesk
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

$wp24hd_clock        = \WP24\Helpdesk\Plugin::instance()->clock();
$wp24hd_settings     = new \WP24\Helpdesk\Settings\Settings();
$wp24hd_plans        = new \WP24\Helpdesk\Plans\Plan_Post_Type();
$wp24hd_entitlements = new \WP24\Helpdesk\Entitlements\Entitlement_Reader( new \WP24\Helpdesk\Entitlements\Entitlement_Repository( $wp24hd_clock ), $wp24hd_plans, $wp24hd_clock );

$wp24hd_form = ( new \WP24\Helpdesk\Blocks\Ticket_Form_Renderer(
	$wp24hd_settings,
	new \WP24\Helpdesk\Settings\Settings_Calendar( $wp24hd_settings, $wp24hd_clock ),
	$wp24hd_entitlements,
	$wp24hd_plans,
	new \WP24\Helpdesk\Customers\Channel_Policy( $wp24hd_settings, $wp24hd_entitlements, $wp24hd_plans ),
	new \WP24\Helpdesk\Notifications\Links( $wp24hd_settings ),
	$wp24hd_clock
) )->render();

echo $wp24hd_form; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Ticket_Form_Renderer escapes every value it prints.
