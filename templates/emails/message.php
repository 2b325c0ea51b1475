<?php
/**
 * Default email template: a heading, paragraphs and one button, with inline styles for mail clients.
 *
 * Override it in a theme as `wp24-helpdesk/emails/message.php` (all emails) or
 * `wp24-helpdesk/emails/{type}.php` (one email, e.g. `ticket_received.php`).
 *
 * @package WP24\Helpdesk
 *
 * @var \WP24\Helpdesk\Notifications\Email $email     The email.
 * @var string                             $site_name The site's name.
 */

defined( 'ABSPATH' ) || exit;
?>
<!DOCTYPE html>
<html lang="<?php echo esc_attr( str_replace( '_', '-', get_locale() ) ); ?>">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?php echo esc_html( $email->subject ); ?></title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1e1e1e;">
	<div style="background:#ffffff;border-radius:8px;padding:32px;">
		<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;"><?php echo esc_html( $email->heading ); ?></h1>
		<?php foreach ( $email->paragraphs as $wp24hd_paragraph ) : ?>
			<p style="margin:0 0 16px;"><?php echo nl2br( esc_html( $wp24hd_paragraph ) ); ?></p>
		<?php endforeach; ?>
		<?php if ( '' !== $email->action_url ) : ?>
			<p style="margin:24px 0 0;">
				<a href="<?php echo esc_url( $email->action_url ); ?>" style="display:inline-block;background:#2271b1;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:4px;font-weight:600;"><?php echo esc_html( $email->action_label ); ?></a>
			</p>
		<?php endif; ?>
	</div>
	<p style="margin:16px 0 0;font-size:13px;color:#50575e;text-align:center;"><?php echo esc_html( $site_name ); ?></p>
</div>
</body>
</html>
