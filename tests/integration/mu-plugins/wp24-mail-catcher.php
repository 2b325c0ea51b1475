<?php
/**
 * Test-only must-use plugin: catches every wp_mail call instead of sending it, and keeps it in
 * the option `wp24hd_test_mails` (recipients, subject, HTML, headers and the plain-text
 * alternative and Message-ID that `phpmailer_init` listeners set), so tests can read what would have gone out.
 *
 * Mounted by tests/integration/harness, never shipped.
 *
 * @package WP24\Helpdesk\Tests
 */

declare(strict_types=1);

add_filter(
	'pre_wp_mail',
	static function ( $short_circuit, array $atts ) {
		// The plain-text part is set on PHPMailer by phpmailer_init listeners: run them on a probe.
		require_once ABSPATH . WPINC . '/PHPMailer/PHPMailer.php';
		require_once ABSPATH . WPINC . '/PHPMailer/Exception.php';
		$probe = new PHPMailer\PHPMailer\PHPMailer( true );
		do_action_ref_array( 'phpmailer_init', array( &$probe ) );

		$mails   = get_option( 'wp24hd_test_mails', array() );
		$mails[] = array(
			'to'      => array_values( (array) $atts['to'] ),
			'subject' => (string) $atts['subject'],
			'html'    => (string) $atts['message'],
			'text'    => (string) $probe->AltBody, // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
			'headers' => array_values( (array) $atts['headers'] ),
			// Set by a phpmailer_init listener too (the plugin signs the Message-ID of ticket mail).
			'message_id' => (string) $probe->MessageID, // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
			'locale'  => get_locale(),
		);
		// Only the latest ones: tests clear the list before they act, and a big option slows every write.
		update_option( 'wp24hd_test_mails', array_slice( $mails, -30 ), false );
		return true;
	},
	10,
	2
);
