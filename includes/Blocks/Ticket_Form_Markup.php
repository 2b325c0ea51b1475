<?php
/**
 * The ticket form's HTML: fields, the availability notice, the channels and the confirmation.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

use WP24\Helpdesk\Calendar\Opening_Hours_Text;
use WP24\Helpdesk\Customers\Channel_Policy;
use WP24\Helpdesk\Security\Form_Timer;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Tickets\Idempotency_Key;
use WP24\Helpdesk\Time\Clock;

defined( 'ABSPATH' ) || exit;

/**
 * Markup only: Ticket_Form_Renderer decides what the viewer may choose and passes it in; every
 * value is escaped here, at output. The same markup serves the script and a post without it.
 */
final class Ticket_Form_Markup {

	/**
	 * Constructor.
	 *
	 * @param Channel_Policy $channels Who sees which contact channel.
	 * @param Settings       $settings Opening hours.
	 * @param Clock          $clock    The form timer's start.
	 */
	public function __construct( private Channel_Policy $channels, private Settings $settings, private Clock $clock ) {}

	/**
	 * Prints the form. Every field is named `wp24hd_…` (Ticket_Form_Submission::field()), so a
	 * post without JavaScript never sets one of WordPress's public query variables.
	 *
	 * @param array<int, array{value: string, label: string, help: string}> $types    Request types.
	 * @param string[]                                                      $services Services of the plan.
	 * @param int                                                           $user_id  Viewer.
	 * @param int                                                           $max_mb   Attachment limit.
	 * @param array<string, string>                                         $values   What the visitor posted (kept after an error).
	 * @param array<string, mixed>                                          $context  The form's state: the chosen type, the invalid fields.
	 * @param string                                                        $availability The availability sentence at render time.
	 */
	public function render_form( array $types, array $services, int $user_id, int $max_mb, array $values, array $context, string $availability ): void {
		$channels = $this->channels->channels_for( $user_id );
		$value    = static fn( string $name ): string => (string) ( $values[ $name ] ?? '' );
		$first    = (string) array_search( true, (array) $context['invalid'], true );
		$field    = static function ( string $name, string $label, string $control, string $help = '' ): void {
			$id = 'wp24hd-tf-' . str_replace( '_', '-', $name );
			printf(
				'<div class="wp24hd-ticket-form__field"><label for="%1$s">%2$s</label>%3$s%4$s<p id="%1$s-error" class="wp24hd-ticket-form__error" data-wp-text="context.errors.%5$s" data-wp-bind--hidden="!context.errors.%5$s" hidden></p></div>',
				esc_attr( $id ),
				esc_html( $label ),
				$control, // phpcs:ignore WordPress.Security.EscapeOutput -- built below from escaped parts.
				'' === $help ? '' : '<p id="' . esc_attr( $id ) . '-help" class="wp24hd-ticket-form__help">' . esc_html( $help ) . '</p>',
				esc_attr( $name )
			);
		};
		$describe = static function ( string $name, bool $help = false ) use ( $first ): string {
			$id = 'wp24hd-tf-' . str_replace( '_', '-', $name );
			return sprintf(
				'id="%1$s" name="%2$s" aria-describedby="%1$s-error%3$s" data-wp-bind--aria-invalid="context.invalid.%4$s"%5$s',
				esc_attr( $id ),
				esc_attr( Ticket_Form_Submission::field( $name ) ),
				$help ? ' ' . esc_attr( $id ) . '-help' : '',
				esc_attr( $name ),
				// Without JavaScript, the first field the server refused takes the focus.
				$first === $name ? ' autofocus' : ''
			);
		};
		$action   = is_singular() ? get_permalink() : false;
		?>
		<h2 class="wp24hd-ticket-form__title"><?php esc_html_e( 'Open a support ticket', 'wp24-helpdesk' ); ?></h2>
		<div class="wp24hd-ticket-form__availability">
			<p data-wp-text="state.availabilityText"><?php echo esc_html( $availability ); ?></p>
			<?php $settings = $this->settings->all(); ?>
			<p class="wp24hd-ticket-form__hours"><?php echo esc_html( Opening_Hours_Text::sentence( (array) $settings['weekly_hours'], (bool) $settings['national_holidays'] ) ); ?></p>
			<p><?php esc_html_e( 'Urgent requests (serious problems only, such as a site that is down) are answered within 24 hours, on Sundays and holidays too.', 'wp24-helpdesk' ); ?></p>
		</div>
		<?php $this->channels_markup( $channels ); ?>
		<?php // Scrolled into view and focused when it appears (callbacks.showDone; autofocus after a post without JavaScript), so it is seen and read out. ?>
		<div class="wp24hd-ticket-form__done" role="status" tabindex="-1" data-wp-bind--hidden="!context.done" data-wp-watch="callbacks.showDone"<?php echo empty( $context['done'] ) ? ' hidden' : ' autofocus'; ?>>
			<p class="wp24hd-ticket-form__done-title"><strong><?php esc_html_e( 'Thank you: your request is with our technicians.', 'wp24-helpdesk' ); ?></strong></p>
			<div data-wp-bind--hidden="!context.reference">
				<p><?php esc_html_e( 'Ticket reference:', 'wp24-helpdesk' ); ?> <strong data-wp-text="context.reference"></strong></p>
				<p data-wp-text="context.answer"></p>
				<p data-wp-bind--hidden="!context.guest"><?php esc_html_e( 'We emailed you a link to follow the ticket without an account: keep that email.', 'wp24-helpdesk' ); ?></p>
				<p><a data-wp-bind--href="context.link" href="#"><?php esc_html_e( 'Open your ticket', 'wp24-helpdesk' ); ?></a></p>
			</div>
		</div>
		<form class="wp24hd-ticket-form__form"<?php echo is_string( $action ) ? ' action="' . esc_url( $action ) . '"' : ''; ?> method="post" enctype="multipart/form-data" data-wp-on--submit="actions.submit" data-wp-bind--hidden="context.done">
			<p class="wp24hd-ticket-form__form-error" role="alert" data-wp-text="context.formError"></p>
			<?php if ( count( $types ) > 1 ) : ?>
				<fieldset class="wp24hd-ticket-form__types" aria-describedby="wp24hd-tf-type-error">
					<legend><?php esc_html_e( 'What do you need?', 'wp24-helpdesk' ); ?></legend>
					<?php foreach ( $types as $type ) : ?>
						<div class="wp24hd-ticket-form__type">
							<input type="radio" id="wp24hd-tf-type-<?php echo esc_attr( $type['value'] ); ?>" name="<?php echo esc_attr( Ticket_Form_Submission::field( 'type' ) ); ?>" value="<?php echo esc_attr( $type['value'] ); ?>" aria-describedby="wp24hd-tf-type-<?php echo esc_attr( $type['value'] ); ?>-help" data-wp-on--change="actions.setType" <?php checked( $context['type'], $type['value'] ); ?>>
							<label for="wp24hd-tf-type-<?php echo esc_attr( $type['value'] ); ?>"><?php echo esc_html( $type['label'] ); ?></label>
							<p id="wp24hd-tf-type-<?php echo esc_attr( $type['value'] ); ?>-help" class="wp24hd-ticket-form__help"><?php echo esc_html( $type['help'] ); ?></p>
						</div>
					<?php endforeach; ?>
					<p id="wp24hd-tf-type-error" class="wp24hd-ticket-form__error" data-wp-text="context.errors.type" data-wp-bind--hidden="!context.errors.type" hidden></p>
				</fieldset>
			<?php else : ?>
				<input type="hidden" name="<?php echo esc_attr( Ticket_Form_Submission::field( 'type' ) ); ?>" value="<?php echo esc_attr( $types[0]['value'] ); ?>">
				<p class="wp24hd-ticket-form__help"><?php esc_html_e( 'Without an active maintenance plan we can help you with a one-shot intervention: we send you a quote, and start only after you accept it.', 'wp24-helpdesk' ); ?></p>
			<?php endif; ?>

			<?php
			if ( array() !== $services ) {
				$options = '<option value="">' . esc_html__( 'Not sure / other', 'wp24-helpdesk' ) . '</option>';
				foreach ( $services as $service ) {
					$options .= '<option value="' . esc_attr( $service ) . '"' . selected( $value( 'service' ), $service, false ) . '>' . esc_html( $service ) . '</option>';
				}
				$field( 'service', __( 'Service concerned', 'wp24-helpdesk' ), '<select ' . $describe( 'service' ) . '>' . $options . '</select>' );
			}
			if ( 0 === $user_id ) {
				$field( 'name', __( 'Your name', 'wp24-helpdesk' ), '<input type="text" ' . $describe( 'name' ) . ' value="' . esc_attr( $value( 'name' ) ) . '" autocomplete="name" maxlength="100" required>' );
				$field( 'email', __( 'Your email', 'wp24-helpdesk' ), '<input type="email" ' . $describe( 'email', true ) . ' value="' . esc_attr( $value( 'email' ) ) . '" autocomplete="email" maxlength="100" required>', __( 'We send the answer and a link to follow the ticket here.', 'wp24-helpdesk' ) );
			}
			$field( 'subject', __( 'Subject', 'wp24-helpdesk' ), '<input type="text" ' . $describe( 'subject' ) . ' value="' . esc_attr( $value( 'subject' ) ) . '" minlength="3" maxlength="200" required>' );
			$field( 'message', __( 'Describe the problem', 'wp24-helpdesk' ), '<textarea ' . $describe( 'message', true ) . ' rows="6" minlength="10" maxlength="20000" required>' . esc_textarea( $value( 'message' ) ) . '</textarea>', __( 'What happened, since when, and what you already tried.', 'wp24-helpdesk' ) );
			$field( 'site_url', __( 'Address of the site', 'wp24-helpdesk' ), '<input type="url" ' . $describe( 'site_url' ) . ' value="' . esc_attr( $value( 'site_url' ) ) . '" placeholder="https://" maxlength="255">' );
			$field(
				'files',
				__( 'Attachments (optional)', 'wp24-helpdesk' ),
				'<input type="file" id="wp24hd-tf-files" name="' . esc_attr( Ticket_Form_Submission::field( 'files' ) ) . '[]" aria-describedby="wp24hd-tf-files-error wp24hd-tf-files-help" data-wp-bind--aria-invalid="context.invalid.files" multiple accept=".png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.log,.zip">',
				/* translators: %d: size in megabytes. */
				sprintf( __( 'Screenshots, PDF, text or zip files, up to %d MB each.', 'wp24-helpdesk' ), $max_mb )
			);
			?>
			<div class="wp24hd-ticket-form__field wp24hd-ticket-form__check">
				<input type="checkbox" id="wp24hd-tf-priority" name="<?php echo esc_attr( Ticket_Form_Submission::field( 'priority' ) ); ?>" value="urgent" aria-describedby="wp24hd-tf-priority-help" <?php checked( $value( 'priority' ), 'urgent' ); ?>>
				<label for="wp24hd-tf-priority"><?php esc_html_e( 'Urgent', 'wp24-helpdesk' ); ?></label>
				<p id="wp24hd-tf-priority-help" class="wp24hd-ticket-form__help"><?php esc_html_e( 'Only for serious problems, such as a site that is down or hacked: we answer within 24 hours, any day.', 'wp24-helpdesk' ); ?></p>
			</div>
			<div class="wp24hd-ticket-form__field wp24hd-ticket-form__check">
				<input type="checkbox" <?php echo $describe( 'consent' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $describe. ?> value="true" required <?php checked( $value( 'consent' ), 'true' ); ?>>
				<label for="wp24hd-tf-consent">
					<?php esc_html_e( 'I have read the privacy policy and agree to the processing of my personal data to handle this request, under EU Regulation 2016/679 (GDPR) and Italian Legislative Decree 196/2003.', 'wp24-helpdesk' ); ?>
				</label>
				<?php if ( '' !== get_privacy_policy_url() ) : ?>
					<a href="<?php echo esc_url( get_privacy_policy_url() ); ?>"><?php esc_html_e( 'Read the privacy policy', 'wp24-helpdesk' ); ?></a>
				<?php endif; ?>
				<p id="wp24hd-tf-consent-error" class="wp24hd-ticket-form__error" data-wp-text="context.errors.consent" data-wp-bind--hidden="!context.errors.consent" hidden></p>
			</div>
			<div class="wp24hd-ticket-form__trap" aria-hidden="true">
				<label for="wp24hd-tf-website"><?php esc_html_e( 'Leave this field empty', 'wp24-helpdesk' ); ?></label>
				<input type="text" id="wp24hd-tf-website" name="<?php echo esc_attr( Ticket_Form_Submission::field( 'website' ) ); ?>" tabindex="-1" autocomplete="off">
			</div>
			<?php // A form shown again after an error keeps its render time, so fixing a field quickly is no bot's pace. ?>
			<input type="hidden" name="<?php echo esc_attr( Ticket_Form_Submission::field( 'started' ) ); ?>" value="<?php echo esc_attr( 1 === preg_match( '/^\d{9,11}\.[0-9a-f]{32}$/', $value( 'started' ) ) ? $value( 'started' ) : Form_Timer::token( $this->clock->now()->getTimestamp() ) ); ?>">
			<?php // One key per render: a retried submission (a lost answer, a second click, a reload) answers with the first ticket. ?>
			<input type="hidden" name="<?php echo esc_attr( Ticket_Form_Submission::field( 'idempotency_key' ) ); ?>" value="<?php echo esc_attr( Idempotency_Key::is_valid( $value( 'idempotency_key' ) ) ? $value( 'idempotency_key' ) : wp_generate_uuid4() ); ?>">
			<input type="hidden" name="<?php echo esc_attr( Ticket_Form_Submission::MARKER ); ?>" value="1">
			<?php if ( $user_id > 0 ) : ?>
				<input type="hidden" name="<?php echo esc_attr( Ticket_Form_Submission::NONCE_FIELD ); ?>" value="<?php echo esc_attr( wp_create_nonce( Ticket_Form_Submission::NONCE_ACTION ) ); ?>">
			<?php endif; ?>
			<p><button type="submit" class="wp-element-button" data-wp-bind--disabled="context.sending" data-wp-bind--aria-busy="context.sending"><?php esc_html_e( 'Send the request', 'wp24-helpdesk' ); ?></button></p>
		</form>
		<?php
	}

	/**
	 * The contact channels the viewer may use; the phone only when Channel_Policy allows it.
	 *
	 * @param array{email: string, whatsapp: string, phone?: string} $channels Channels.
	 */
	private function channels_markup( array $channels ): void {
		$items = array();
		if ( '' !== $channels['whatsapp'] ) {
			$items[] = '<li><a href="' . esc_url( 'https://wa.me/' . preg_replace( '/\D/', '', $channels['whatsapp'] ) ) . '" rel="noopener">' . esc_html__( 'Chat on WhatsApp', 'wp24-helpdesk' ) . '</a></li>';
		}
		if ( is_email( $channels['email'] ) ) {
			$items[] = '<li><a href="' . esc_url( 'mailto:' . $channels['email'] ) . '">' . esc_html( $channels['email'] ) . '</a></li>';
		}
		if ( isset( $channels['phone'] ) ) {
			/* translators: %s: phone number. */
			$items[] = '<li><a href="' . esc_url( 'tel:' . preg_replace( '/[^\d+]/', '', $channels['phone'] ) ) . '">' . esc_html( sprintf( __( 'Premium line: %s', 'wp24-helpdesk' ), $channels['phone'] ) ) . '</a></li>';
		}
		if ( array() === $items ) {
			return;
		}
		echo '<nav class="wp24hd-ticket-form__channels" aria-label="' . esc_attr__( 'Other ways to reach us', 'wp24-helpdesk' ) . '"><ul>' . implode( '', $items ) . '</ul></nav>'; // phpcs:ignore WordPress.Security.EscapeOutput -- items escaped above.
	}
}
