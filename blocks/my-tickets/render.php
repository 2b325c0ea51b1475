<?php
/**
 * Server render of My tickets: the shell and its texts. The tickets themselves come from the
 * REST API in the browser, so no customer data or guest key is ever in a cacheable page.
 *
 * @package WP24\Helpdesk
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

echo ( new \WP24\Helpdesk\Blocks\My_Tickets_Renderer( new \WP24\Helpdesk\Notifications\Links( new \WP24\Helpdesk\Settings\Settings() ) ) )->render(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in the renderer.
