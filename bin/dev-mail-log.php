<?php
/**
 * Dev site only (copied into the dev site's mu-plugins by bin/start.mjs, never shipped): the
 * dev site has no mail server, so every email is saved as JSON in wp-content/wp24hd-dev-mails/
 * instead of being sent. Open those files to read what customers and staff would receive;
 * the e2e tests read them too.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

add_filter(
	'pre_wp_mail',
	static function ( $short_circuit, array $atts ) {
		// The Message-ID is set on PHPMailer by phpmailer_init listeners: run them on a probe.
		require_once ABSPATH . WPINC . '/PHPMailer/PHPMailer.php';
		require_once ABSPATH . WPINC . '/PHPMailer/Exception.php';
		$probe = new PHPMailer\PHPMailer\PHPMailer( true );
		do_action_ref_array( 'phpmailer_init', array( &$probe ) );
		$dir = WP_CONTENT_DIR . '/wp24hd-dev-mails';
		wp_mkdir_p( $dir );
		$name = sprintf( '%s/%s-%s.json', $dir, gmdate( 'Ymd-His' ), wp_generate_password( 6, false ) );
		file_put_contents( // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- dev tool.
			$name,
			(string) wp_json_encode(
				array(
					'to'         => array_values( (array) $atts['to'] ),
					'subject'    => (string) $atts['subject'],
					'headers'    => array_values( (array) $atts['headers'] ),
					'html'       => (string) $atts['message'],
					'message_id' => (string) $probe->MessageID, // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- PHPMailer's name.
				),
				JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
			)
		);
		return true;
	},
	10,
	2
);
