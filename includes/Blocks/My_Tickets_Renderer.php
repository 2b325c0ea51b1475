<?php
/**
 * Server render of the my-tickets block, driven by its Interactivity API store (view.ts).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

use WP24\Helpdesk\Commerce\Commerce_Integration;
use WP24\Helpdesk\Notifications\Links;

defined( 'ABSPATH' ) || exit;

/**
 * Prints every state (loading, list, one ticket, empty, expired link, error, sign-in) hidden
 * but one, with translated texts; the store switches between them. Guests arrive with
 * `?wp24hd_ticket=…&wp24hd_key=…` from their email; the key is read in the browser only.
 */
final class My_Tickets_Renderer {

	/**
	 * Constructor.
	 *
	 * @param Links $links The support page, where an empty list sends the customer.
	 */
	public function __construct( private Links $links ) {}

	public const NAMESPACE = 'wp24-helpdesk/my-tickets';

	/**
	 * The block's HTML.
	 */
	public function render(): string {
		$logged_in = is_user_logged_in();
		wp_interactivity_state(
			self::NAMESPACE,
			array(
				'restUrl'  => esc_url_raw( rest_url( 'wp24-helpdesk/v1/' ) ),
				'nonce'    => $logged_in ? wp_create_nonce( 'wp_rest' ) : '',
				'loggedIn' => $logged_in,
				'commerce' => Commerce_Integration::active(),
				'texts'    => array(
					'failed'    => __( 'That did not work. Please try again.', 'wp24-helpdesk' ),
					/* translators: %s: date and time. */
					'autoClose' => __( 'Without a reply from you, this ticket closes by itself on %s.', 'wp24-helpdesk' ),
					'you'       => __( 'You', 'wp24-helpdesk' ),
					'team'      => __( 'Support team', 'wp24-helpdesk' ),
					'system'    => _x( 'Update', 'who wrote a thread entry: a system notice (noun)', 'wp24-helpdesk' ),
					/* translators: %s: date and time. */
					'opened'    => __( 'Opened %s', 'wp24-helpdesk' ),
					/* translators: 1: who wrote (You, Support team), 2: date and time. */
					'lastReply' => __( 'Last reply: %1$s, %2$s', 'wp24-helpdesk' ),
					'noReply'   => __( 'No reply yet', 'wp24-helpdesk' ),
					/* translators: %s: date and time. */
					'answerBy'  => __( 'We will answer by %s.', 'wp24-helpdesk' ),
				),
			)
		);
		$context = array(
			'view'       => 'loading',
			'tickets'    => array(),
			'ticket'     => null,
			'messages'   => array(),
			'ticketId'   => 0,
			'key'        => '',
			'sending'    => false,
			'error'      => '',
			// Accepting a quote asks first, with its amount and conditions.
			'confirming' => false,
		);

		ob_start();
		$this->markup( $logged_in );
		return sprintf(
			'<div %1$s data-wp-interactive="%2$s" %3$s data-wp-init="callbacks.load">%4$s</div>',
			get_block_wrapper_attributes(),
			esc_attr( self::NAMESPACE ),
			wp_interactivity_data_wp_context( $context ),
			(string) ob_get_clean()
		);
	}

	/**
	 * Prints the states.
	 *
	 * @param bool $logged_in Whether the visitor is signed in.
	 */
	private function markup( bool $logged_in ): void {
		?>
		<h2 class="wp24hd-my-tickets__title"><?php esc_html_e( 'My support tickets', 'wp24-helpdesk' ); ?></h2>
		<p class="wp24hd-my-tickets__error" role="alert" data-wp-text="context.error"></p>

		<p data-wp-bind--hidden="!state.isLoading" aria-live="polite"><?php esc_html_e( 'Loading your tickets…', 'wp24-helpdesk' ); ?></p>

		<div data-wp-bind--hidden="!state.isLogin" hidden>
			<p><a href="<?php echo esc_url( wp_login_url( (string) get_permalink() ) ); ?>"><?php esc_html_e( 'Log in to see your support tickets.', 'wp24-helpdesk' ); ?></a></p>
			<p><?php esc_html_e( 'Opened a ticket without an account? Use the link in the email we sent you.', 'wp24-helpdesk' ); ?></p>
		</div>

		<p data-wp-bind--hidden="!state.isEmpty" hidden>
			<?php esc_html_e( 'You have no support tickets yet.', 'wp24-helpdesk' ); ?>
		</p>

		<div class="wp-block-buttons wp24hd-my-tickets__actions" data-wp-bind--hidden="!state.canStart" hidden>
			<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="<?php echo esc_url( $this->links->new_ticket() ); ?>"><?php esc_html_e( 'New ticket', 'wp24-helpdesk' ); ?></a></div>
		</div>

		<div data-wp-bind--hidden="!state.isExpired" hidden>
			<p><?php esc_html_e( 'This link does not open a ticket any more: it may be mistyped, or the ticket was removed.', 'wp24-helpdesk' ); ?></p>
			<p><?php esc_html_e( 'Write to us from the support page and we will help you.', 'wp24-helpdesk' ); ?></p>
		</div>

		<ul class="wp24hd-my-tickets__list" data-wp-bind--hidden="!state.isList" hidden>
			<template data-wp-each--item="context.tickets" data-wp-each-key="context.item.id">
				<li data-wp-class--is-unread="context.item.unread">
					<a class="wp24hd-my-tickets__open" data-wp-bind--href="state.itemUrl" data-wp-on--click="actions.open">
						<span class="wp24hd-my-tickets__line">
							<span class="wp24hd-my-tickets__subject" data-wp-text="context.item.subject"></span>
							<template data-wp-each--badge="context.item.badges" data-wp-each-key="context.badge.kind">
								<span class="wp24hd-my-tickets__badge" data-wp-bind--data-kind="context.badge.kind" data-wp-text="context.badge.label"></span>
							</template>
						</span>
						<span class="wp24hd-my-tickets__line">
							<span class="wp24hd-my-tickets__ref" data-wp-text="context.item.reference"></span>
							<span class="wp24hd-my-tickets__status" data-wp-text="context.item.status_label"></span>
						</span>
						<span class="wp24hd-my-tickets__line wp24hd-my-tickets__dates">
							<span data-wp-text="state.itemOpened"></span>
							<span data-wp-text="state.itemLastReply"></span>
						</span>
					</a>
				</li>
			</template>
		</ul>

		<article class="wp24hd-my-tickets__ticket" data-wp-bind--hidden="!state.isTicket" hidden aria-labelledby="wp24hd-mt-subject">
			<?php if ( $logged_in ) : ?>
				<div class="wp-block-buttons"><div class="wp-block-button is-style-outline"><button type="button" class="wp-block-button__link wp-element-button wp24hd-my-tickets__back" data-wp-on--click="actions.back"><?php esc_html_e( 'All my tickets', 'wp24-helpdesk' ); ?></button></div></div>
			<?php endif; ?>
			<h3 id="wp24hd-mt-subject" data-wp-text="context.ticket.subject"></h3>
			<p class="wp24hd-my-tickets__line">
				<span class="wp24hd-my-tickets__ref" data-wp-text="context.ticket.reference"></span>
				<span class="wp24hd-my-tickets__status" data-wp-text="context.ticket.status_label"></span>
				<template data-wp-each--badge="state.ticketBadges" data-wp-each-key="context.badge.kind">
					<span class="wp24hd-my-tickets__badge" data-wp-bind--data-kind="context.badge.kind" data-wp-text="context.badge.label"></span>
				</template>
			</p>
			<p class="wp24hd-my-tickets__dates">
				<span data-wp-text="state.ticketOpened"></span>
				<span data-wp-text="state.ticketLastReply"></span>
			</p>
			<p class="wp24hd-my-tickets__notice" data-wp-bind--hidden="!state.answerDueText" data-wp-text="state.answerDueText"></p>
			<p class="wp24hd-my-tickets__notice" data-wp-bind--hidden="!state.autoCloseText" data-wp-text="state.autoCloseText"></p>

			<section class="wp24hd-my-tickets__quote" data-wp-bind--hidden="!state.hasQuote" aria-labelledby="wp24hd-mt-quote">
				<h4 id="wp24hd-mt-quote"><?php esc_html_e( 'Quote', 'wp24-helpdesk' ); ?></h4>
				<p><strong data-wp-text="state.quoteAmount"></strong></p>
				<p class="wp24hd-my-tickets__conditions" data-wp-text="context.ticket.quote.conditions"></p>
				<div data-wp-bind--hidden="!state.quoteAsking">
					<p><?php esc_html_e( 'The work starts only after you accept the quote.', 'wp24-helpdesk' ); ?></p>
					<div class="wp-block-buttons">
						<div class="wp-block-button"><button type="button" class="wp-block-button__link wp-element-button" data-wp-on--click="actions.askAccept" data-wp-bind--disabled="context.sending"><?php esc_html_e( 'Accept the quote', 'wp24-helpdesk' ); ?></button></div>
						<div class="wp-block-button is-style-outline"><button type="button" class="wp-block-button__link wp-element-button" data-wp-on--click="actions.declineQuote" data-wp-bind--disabled="context.sending"><?php esc_html_e( 'Decline', 'wp24-helpdesk' ); ?></button></div>
					</div>
				</div>
				<div class="wp24hd-my-tickets__confirm" role="group" aria-labelledby="wp24hd-mt-confirm" tabindex="-1" data-wp-bind--hidden="!context.confirming" data-wp-watch="callbacks.focusConfirm" hidden>
					<p id="wp24hd-mt-confirm"><strong><?php esc_html_e( 'Accept this quote?', 'wp24-helpdesk' ); ?></strong></p>
					<p>
						<?php esc_html_e( 'Amount:', 'wp24-helpdesk' ); ?> <strong data-wp-text="state.quoteAmount"></strong>
					</p>
					<p><?php esc_html_e( 'Conditions:', 'wp24-helpdesk' ); ?></p>
					<p class="wp24hd-my-tickets__conditions" data-wp-text="context.ticket.quote.conditions"></p>
					<p><?php esc_html_e( 'By accepting you agree to pay this amount on these conditions; we start the work after that.', 'wp24-helpdesk' ); ?></p>
					<div class="wp-block-buttons">
						<div class="wp-block-button"><button type="button" class="wp-block-button__link wp-element-button" data-wp-on--click="actions.acceptQuote" data-wp-bind--disabled="context.sending"><?php esc_html_e( 'Yes, accept the quote', 'wp24-helpdesk' ); ?></button></div>
						<div class="wp-block-button is-style-outline"><button type="button" class="wp-block-button__link wp-element-button" data-wp-on--click="actions.cancelAccept"><?php esc_html_e( 'Not now', 'wp24-helpdesk' ); ?></button></div>
					</div>
				</div>
				<p data-wp-bind--hidden="!state.quoteAccepted"><?php esc_html_e( 'You accepted this quote.', 'wp24-helpdesk' ); ?></p>
				<p data-wp-bind--hidden="!state.quotePaid"><?php esc_html_e( 'Paid. Thank you!', 'wp24-helpdesk' ); ?></p>
				<div class="wp-block-buttons" data-wp-bind--hidden="!state.canPay">
					<div class="wp-block-button"><button type="button" class="wp-block-button__link wp-element-button" data-wp-on--click="actions.payQuote" data-wp-bind--disabled="context.sending"><?php esc_html_e( 'Pay online', 'wp24-helpdesk' ); ?></button></div>
				</div>
			</section>

			<ol class="wp24hd-my-tickets__thread">
				<template data-wp-each--message="context.messages" data-wp-each-key="context.message.id">
					<li data-wp-class--is-customer="state.isCustomerMessage" data-wp-class--is-system="state.isSystemMessage">
						<p class="wp24hd-my-tickets__meta"><strong data-wp-text="state.author"></strong> · <span data-wp-text="context.message.created_label"></span></p>
						<p class="wp24hd-my-tickets__text" data-wp-text="context.message.text"></p>
						<ul data-wp-bind--hidden="!context.message.attachments.length">
							<template data-wp-each--file="context.message.attachments" data-wp-each-key="context.file.id">
								<li><a data-wp-bind--href="state.fileUrl" data-wp-text="context.file.file_name"></a></li>
							</template>
						</ul>
					</li>
				</template>
			</ol>

			<form class="wp24hd-my-tickets__reply" data-wp-on--submit="actions.reply">
				<label for="wp24hd-mt-body"><?php esc_html_e( 'Your reply', 'wp24-helpdesk' ); ?></label>
				<textarea id="wp24hd-mt-body" name="body" rows="5" maxlength="20000" required></textarea>
				<label for="wp24hd-mt-files"><?php esc_html_e( 'Attachments (optional)', 'wp24-helpdesk' ); ?></label>
				<input type="file" id="wp24hd-mt-files" name="files[]" multiple accept=".png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.log,.zip">
				<div class="wp-block-buttons">
					<div class="wp-block-button"><button type="submit" class="wp-block-button__link wp-element-button" data-wp-bind--disabled="context.sending"><?php esc_html_e( 'Send reply', 'wp24-helpdesk' ); ?></button></div>
					<div class="wp-block-button is-style-outline" data-wp-bind--hidden="!state.canClose"><button type="button" class="wp-block-button__link wp-element-button" data-wp-on--click="actions.closeTicket" data-wp-bind--disabled="context.sending"><?php esc_html_e( 'My problem is solved: close the ticket', 'wp24-helpdesk' ); ?></button></div>
				</div>
			</form>
		</article>
		<?php
	}
}
