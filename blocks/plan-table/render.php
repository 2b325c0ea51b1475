<?php
/**
 * Server render of the plan table: the published plans, no JavaScript.
 *
 * @package WP24\Helpdesk
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

$wp24hd_settings = new \WP24\Helpdesk\Settings\Settings();
echo ( new \WP24\Helpdesk\Blocks\Plan_Table_Renderer( new \WP24\Helpdesk\Plans\Plan_Post_Type(), new \WP24\Helpdesk\Notifications\Links( $wp24hd_settings ), $wp24hd_settings ) )->render( $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in the renderer.
