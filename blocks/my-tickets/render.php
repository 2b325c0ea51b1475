<?php
/**
 * Server render of the customer's ticket list.
 *
 * @package WP24\Helpdesk
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>>
	<h2 class="wp24hd-my-tickets__title"><?php esc_html_e( 'My support tickets', 'wp24-helpdesk' ); ?></h2>
	<?php if ( is_user_logged_in() ) : ?>
		<p><?php esc_html_e( 'You have no support tickets yet.', 'wp24-helpdesk' ); ?></p>
	<?php else : ?>
		<p>
			<a href="<?php echo esc_url( wp_login_url( (string) get_permalink() ) ); ?>"><?php esc_html_e( 'Log in to see your support tickets.', 'wp24-helpdesk' ); ?></a>
		</p>
	<?php endif; ?>
</div>
