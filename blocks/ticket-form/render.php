<?php
/**
 * Server render of the ticket form.
 *
 * @package WP24\Helpdesk
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>>
	<h2 class="wp24hd-ticket-form__title"><?php esc_html_e( 'Open a support ticket', 'wp24-helpdesk' ); ?></h2>
	<p class="wp24hd-ticket-form__intro"><?php esc_html_e( 'Every request is analysed by one of our technicians. Urgent problems are answered within 24 hours, Sundays included.', 'wp24-helpdesk' ); ?></p>
</div>
