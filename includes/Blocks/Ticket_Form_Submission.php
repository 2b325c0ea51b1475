<?php
/**
 * The ticket form sent without JavaScript: a plain POST to the page that shows the form.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * A browser without JavaScript posts the form to the page it came from. Before the page renders,
 * this hands the posted fields to the intake route itself (`POST /wp24-helpdesk/v1/tickets`,
 * dispatched inside the request), so schema, bot checks, rate limits, idempotency and the intake
 * rules are the very ones the script path meets. The outcome is kept for this request only; the
 * form's renderer reads it to show the confirmation, or the errors beside the fields with the
 * text kept. A reload resubmits the same idempotency key and shows the same ticket again.
 *
 * Every field is named with the `wp24hd_` prefix: WordPress reads its public query variables
 * (`name`, `type`…) from POST bodies too, and a field called `name` made it look for a post of
 * that slug and answer 404.
 */
final class Ticket_Form_Submission {

	/** Prefix of every field the form posts. */
	public const PREFIX = 'wp24hd_';

	/** Hidden field that marks a post as the ticket form's. */
	public const MARKER = 'wp24hd_form';

	/** Nonce field and action (checked for signed-in visitors, whose name the ticket carries). */
	public const NONCE_FIELD  = 'wp24hd_nonce';
	public const NONCE_ACTION = 'wp24hd_ticket_form';

	/** The intake fields the form posts, by their REST name. */
	private const TEXT_FIELDS = array( 'type', 'service', 'name', 'email', 'subject', 'message', 'site_url', 'website', 'started', 'idempotency_key' );

	/**
	 * What this request's post came to: null when nothing was posted.
	 *
	 * @var array{values: array<string, string>, status: int, data: array<string, mixed>}|null
	 */
	private static ?array $outcome = null;

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle' ), 5 );
	}

	/**
	 * The form's field name for an intake field.
	 *
	 * @param string $field REST name, e.g. `subject`.
	 */
	public static function field( string $field ): string {
		return self::PREFIX . $field;
	}

	/**
	 * This request's outcome, for the renderer.
	 *
	 * @return array{values: array<string, string>, status: int, data: array<string, mixed>}|null
	 */
	public static function outcome(): ?array {
		return self::$outcome;
	}

	/**
	 * Forgets the outcome (tests render more than once per PHP run).
	 */
	public static function reset(): void {
		self::$outcome = null;
	}

	/**
	 * Runs intake for a posted ticket form.
	 */
	public function handle(): void {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked below for signed-in visitors.
		if ( 'POST' !== ( $_SERVER['REQUEST_METHOD'] ?? '' ) || ! isset( $_POST[ self::MARKER ] ) ) {
			return;
		}
		// The answer carries the ticket's reference (and a guest's link): never cache it.
		nocache_headers();
		$values = array();
		foreach ( self::TEXT_FIELDS as $field ) {
			$raw              = $_POST[ self::field( $field ) ] ?? '';
			$values[ $field ] = is_string( $raw ) ? wp_unslash( $raw ) : '';
		}
		$values['priority'] = isset( $_POST[ self::field( 'priority' ) ] ) ? 'urgent' : 'normal';
		$values['consent']  = isset( $_POST[ self::field( 'consent' ) ] ) ? 'true' : 'false';
		$nonce              = isset( $_POST[ self::NONCE_FIELD ] ) ? sanitize_text_field( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ) : '';
		// phpcs:enable WordPress.Security.NonceVerification.Missing

		// A guest has no identity a forged post could borrow; a signed-in visitor's ticket is theirs.
		if ( is_user_logged_in() && ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) ) {
			self::$outcome = array(
				'values' => $values,
				'status' => 403,
				'data'   => array(
					'code'    => 'wp24hd_form_expired',
					'message' => __( 'This form has expired. Your text is still here: please send it again.', 'wp24-helpdesk' ),
				),
			);
			return;
		}

		$request = new WP_REST_Request( 'POST', '/wp24-helpdesk/v1/tickets' );
		$body    = $values;
		if ( '' === $body['idempotency_key'] ) {
			unset( $body['idempotency_key'] );
		}
		$request->set_body_params( $body );
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- as above.
		if ( isset( $_FILES[ self::field( 'files' ) ] ) && is_array( $_FILES[ self::field( 'files' ) ] ) ) {
			$request->set_file_params( array( 'files' => $_FILES[ self::field( 'files' ) ] ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- the attachment store checks every upload.
		}
		// rest_do_request() answers errors as responses too, with their status.
		$response      = rest_do_request( $request );
		self::$outcome = array(
			'values' => $values,
			'status' => $response->get_status(),
			'data'   => (array) $response->get_data(),
		);
	}

	/**
	 * Which field a server error belongs to, as the script path's `fieldErrors()` decides it:
	 * schema errors name their parameter, the rules' messages start with the field's name.
	 *
	 * @param array<string, mixed> $error  The REST error's data (`code`, `message`, `data`).
	 * @param string[]             $fields The fields that can show an error.
	 * @return array{fields: array<string, string>, form: string}
	 */
	public static function field_errors( array $error, array $fields ): array {
		$by_field = array();
		$params   = $error['data']['params'] ?? array();
		foreach ( is_array( $params ) ? $params : array() as $name => $text ) {
			$name = 'files[]' === $name ? 'files' : (string) $name;
			if ( in_array( $name, $fields, true ) && is_string( $text ) ) {
				$by_field[ $name ] = $text;
			}
		}
		$message = (string) ( $error['message'] ?? '' );
		if ( 1 === preg_match( '/^([a-z_]+): (.+)$/s', $message, $match ) && in_array( $match[1], $fields, true ) ) {
			$by_field[ $match[1] ] = $match[2];
			return array(
				'fields' => $by_field,
				'form'   => '',
			);
		}
		return array(
			'fields' => $by_field,
			'form'   => array() === $by_field ? $message : '',
		);
	}
}
