<?php
/**
 * Server render of the ticket-form block, made interactive by its Interactivity API store (view.ts).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

use WP24\Helpdesk\Customers\Channel_Policy;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP24\Helpdesk\Calendar\Rest\Availability_Controller;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Type;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Every rule is decided here or by the REST API: which request types the viewer may choose
 * (plan, refund window), which channels they see (the phone only for Premium holders), the
 * availability notice. The browser only sends the form and shows the answers.
 */
final class Ticket_Form_Renderer {

	public const NAMESPACE = 'wp24-helpdesk/ticket-form';

	/** Fields that can show an error message. */
	private const FIELDS = array( 'type', 'service', 'name', 'email', 'subject', 'message', 'site_url', 'files', 'consent' );

	/**
	 * Constructor.
	 *
	 * @param Settings           $settings     Channels, limits, response targets.
	 * @param Settings_Calendar  $calendar     The business hours.
	 * @param Entitlement_Reader $entitlements The viewer's plan.
	 * @param Plan_Post_Type     $plans        Plan services.
	 * @param Channel_Policy     $channels     Who sees which contact channel.
	 * @param Links              $links        Ticket page.
	 * @param Clock              $clock        Where "now" is read.
	 */
	public function __construct(
		private Settings $settings,
		private Settings_Calendar $calendar,
		private Entitlement_Reader $entitlements,
		private Plan_Post_Type $plans,
		private Channel_Policy $channels,
		private Links $links,
		private Clock $clock = new System_Clock(),
	) {}

	/**
	 * The block's HTML.
	 */
	public function render(): string {
		$user_id     = get_current_user_id();
		$entitlement = $this->entitlements->active_for_user( $user_id );
		$plan        = $entitlement ? $this->plans->find( $entitlement->plan_id ) : null;
		$types       = $this->types( null !== $plan, $entitlement ? $this->entitlements->refund_window_open( $entitlement ) : false );
		$settings    = $this->settings->all();
		$now         = $this->clock->now();
		$target      = ( new Response_Targets( $this->settings, $this->plans ) )->for_plan( $plan );
		$available   = ( new Availability_Controller( $this->settings, $this->calendar, $this->clock ) )->describe( $this->calendar->calendar(), $now, $target );

		wp_interactivity_state(
			self::NAMESPACE,
			array(
				'restUrl'          => esc_url_raw( rest_url( 'wp24-helpdesk/v1/' ) ),
				'nonce'            => $user_id > 0 ? wp_create_nonce( 'wp_rest' ) : '',
				'ticketsUrl'       => esc_url_raw( $this->links->tickets_page() ),
				'availabilityText' => $this->availability_text( (bool) $available['open'], $available['next_opening_label'] ),
				'texts'            => array(
					'openNow'   => __( 'We are open now.', 'wp24-helpdesk' ),
					/* translators: %s: date and time of the next opening. */
					'opensAt'   => __( 'We are closed now: we answer from %s.', 'wp24-helpdesk' ),
					/* translators: %s: date and time. */
					'answerBy'  => __( 'We will answer by %s.', 'wp24-helpdesk' ),
					'answer24h' => __( 'We will answer within 24 hours.', 'wp24-helpdesk' ),
					'failed'    => __( 'The request could not be sent. Please check the highlighted fields.', 'wp24-helpdesk' ),
					'offline'   => __( 'The request could not be sent: check your connection and try again.', 'wp24-helpdesk' ),
					'tooMany'   => __( 'Too many requests from this connection. Please wait a little and try again.', 'wp24-helpdesk' ),
				),
			)
		);
		$outcome = Ticket_Form_Submission::outcome();
		$values  = $outcome['values'] ?? array();
		$context = array_merge(
			array(
				'type'      => $types[0]['value'],
				'sending'   => false,
				'done'      => false,
				'formError' => '',
				'errors'    => array_fill_keys( self::FIELDS, '' ),
				'invalid'   => array_fill_keys( self::FIELDS, false ),
				'reference' => '',
				'answer'    => '',
				'link'      => '',
				'guest'     => 0 === $user_id,
			),
			null === $outcome ? array() : $this->outcome_context( $outcome )
		);
		if ( in_array( $values['type'] ?? '', array_column( $types, 'value' ), true ) ) {
			$context['type'] = $values['type'];
		}

		ob_start();
		( new Ticket_Form_Markup( $this->channels, $this->settings, $this->clock ) )->render_form( $types, $plan ? array_column( $plan->covered_services, 'label' ) : array(), $user_id, (int) $settings['attachment_max_mb'], $values, $context, $this->availability_text( true, null ) );
		$form = (string) ob_get_clean();

		return sprintf(
			'<div %1$s data-wp-interactive="%2$s" %3$s data-wp-init="callbacks.refreshAvailability">%4$s</div>',
			get_block_wrapper_attributes(),
			esc_attr( self::NAMESPACE ),
			wp_interactivity_data_wp_context( $context ),
			$form
		);
	}

	/**
	 * The form's state after a post without JavaScript (Ticket_Form_Submission): the same
	 * confirmation, or the same messages beside the fields, that the script shows.
	 *
	 * @param array{values: array<string, string>, status: int, data: array<string, mixed>} $outcome What intake answered.
	 * @return array<string, mixed> Context values to use instead of the fresh form's.
	 */
	private function outcome_context( array $outcome ): array {
		$data = $outcome['data'];
		if ( 202 === $outcome['status'] ) {
			// Taken for a bot's post: thanked, with nothing to follow (as the script shows it).
			return array( 'done' => true );
		}
		if ( 201 === $outcome['status'] ) {
			$label = (string) ( $data['first_response_due_label'] ?? '' );
			$args  = array( 'wp24hd_ticket' => (int) ( $data['id'] ?? 0 ) );
			if ( isset( $data['guest_key'] ) ) {
				$args['wp24hd_key'] = (string) $data['guest_key'];
			}
			return array(
				'done'      => true,
				'reference' => (string) ( $data['reference'] ?? '' ),
				/* translators: %s: date and time. */
				'answer'    => Ticket_Priority::URGENT->value === ( $data['priority'] ?? '' ) || '' === $label ? __( 'We will answer within 24 hours.', 'wp24-helpdesk' ) : sprintf( __( 'We will answer by %s.', 'wp24-helpdesk' ), $label ),
				'link'      => add_query_arg( $args, $this->links->tickets_page() ),
			);
		}
		if ( 429 === $outcome['status'] ) {
			return array( 'formError' => __( 'Too many requests from this connection. Please wait a little and try again.', 'wp24-helpdesk' ) );
		}
		$found   = Ticket_Form_Submission::field_errors( $data, self::FIELDS );
		$errors  = array_fill_keys( self::FIELDS, '' );
		$invalid = array_fill_keys( self::FIELDS, false );
		foreach ( $found['fields'] as $field => $text ) {
			$errors[ $field ]  = $text;
			$invalid[ $field ] = true;
		}
		return array(
			'errors'    => $errors,
			'invalid'   => $invalid,
			'formError' => '' !== $found['form'] ? $found['form'] : __( 'The request could not be sent. Please check the highlighted fields.', 'wp24-helpdesk' ),
		);
	}

	/**
	 * The request types the viewer may choose, first is the default (R4, R6, R7, R11).
	 *
	 * @param bool $has_plan     Whether the viewer holds an active plan.
	 * @param bool $refund_open  Whether their refund window is open.
	 * @return array<int, array{value: string, label: string, help: string}>
	 */
	private function types( bool $has_plan, bool $refund_open ): array {
		$one_shot = array(
			'value' => Ticket_Type::ONE_SHOT->value,
			'label' => __( 'One-shot intervention (priced by a quote)', 'wp24-helpdesk' ),
			'help'  => __( 'Work outside a plan: we send you a quote, and start only after you accept it.', 'wp24-helpdesk' ),
		);
		if ( ! $has_plan ) {
			return array( $one_shot );
		}
		$types = array(
			array(
				'value' => Ticket_Type::SUPPORT->value,
				'label' => __( 'Support under my plan', 'wp24-helpdesk' ),
				'help'  => __( 'A problem with a service your plan covers.', 'wp24-helpdesk' ),
			),
			array(
				'value' => Ticket_Type::OPINION->value,
				'label' => __( 'Technical opinion before a change', 'wp24-helpdesk' ),
				'help'  => __( 'Ask us before risky changes (new plugins, theme or PHP updates): we tell you whether it is safe and how to do it.', 'wp24-helpdesk' ),
			),
			$one_shot,
		);
		if ( $refund_open ) {
			$types[] = array(
				'value' => Ticket_Type::REFUND->value,
				'label' => __( 'Refund of my plan (within 24 hours of purchase)', 'wp24-helpdesk' ),
				'help'  => __( 'Plans can be refunded only within 24 hours of purchase.', 'wp24-helpdesk' ),
			);
		}
		return $types;
	}

	/**
	 * The availability sentence at render time (the store refreshes it from /availability).
	 *
	 * @param bool        $open         Open now.
	 * @param string|null $next_opening Next opening, formatted.
	 */
	private function availability_text( bool $open, ?string $next_opening ): string {
		if ( $open || null === $next_opening ) {
			return __( 'We are open now.', 'wp24-helpdesk' );
		}
		/* translators: %s: date and time of the next opening. */
		return sprintf( __( 'We are closed now: we answer from %s.', 'wp24-helpdesk' ), $next_opening );
	}
}
