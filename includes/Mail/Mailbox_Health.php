<?php
/**
 * Site Health: can the desk read its mailbox?
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Mail;

use WP24\Helpdesk\Mail\Jobs\Mailbox_Job;

defined( 'ABSPATH' ) || exit;

/**
 * Tools → Site Health reports a missing imap extension and the mail server's last refusal
 * (a changed password, a host that moved), for a configured mailbox; nothing when none is set.
 */
final class Mailbox_Health {

	public const TEST = 'wp24hd_mailbox';

	/**
	 * Constructor.
	 *
	 * @param Mailbox_Settings $settings The mailbox.
	 */
	public function __construct( private Mailbox_Settings $settings ) {}

	/**
	 * Adds the test.
	 */
	public function register(): void {
		add_filter( 'site_status_tests', array( $this, 'add_test' ) );
	}

	/**
	 * Registers the direct test.
	 *
	 * @param array<string, mixed> $tests Site Health tests.
	 * @return array<string, mixed>
	 */
	public function add_test( $tests ) {
		if ( $this->settings->is_configured() ) {
			$tests['direct'][ self::TEST ] = array(
				'label' => __( 'WP24 Helpdesk support mailbox', 'wp24-helpdesk' ),
				'test'  => array( $this, 'result' ),
			);
		}
		return $tests;
	}

	/**
	 * The test's result.
	 *
	 * @return array<string, mixed>
	 */
	public function result(): array {
		$base  = array(
			'test'    => self::TEST,
			'badge'   => array(
				'label' => __( 'Helpdesk', 'wp24-helpdesk' ),
				'color' => 'blue',
			),
			'actions' => '',
		);
		$error = (string) get_option( Mailbox_Job::ERROR_OPTION, '' );
		if ( ! Imap_Mailbox::available() ) {
			$error = Imap_Mailbox::missing_extension();
		}
		if ( '' === $error ) {
			return $base + array(
				'label'       => __( 'The helpdesk reads its support mailbox', 'wp24-helpdesk' ),
				'status'      => 'good',
				'description' => '<p>' . esc_html__( 'Emails to the support address become tickets and replies.', 'wp24-helpdesk' ) . '</p>',
			);
		}
		return $base + array(
			'label'       => __( 'The helpdesk cannot read its support mailbox', 'wp24-helpdesk' ),
			'status'      => 'critical',
			'description' => '<p>' . esc_html__( 'Customers’ emails are not reaching the tickets.', 'wp24-helpdesk' ) . '</p><p>' . esc_html( $error ) . '</p>',
		);
	}
}
