<?php
/**
 * The composition root: creates the services and registers their hooks.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk;

defined( 'ABSPATH' ) || exit;

use WP24\Helpdesk\Admin\Admin_Page;
use WP24\Helpdesk\Admin\Live_Updates;
use WP24\Helpdesk\Mail\Jobs\Mailbox_Job;
use WP24\Helpdesk\Mail\Inbound_Pipeline;
use WP24\Helpdesk\Mail\Mailbox_Health;
use WP24\Helpdesk\Mail\Mailbox_Settings;
use WP24\Helpdesk\Mail\Thread_Token;
use WP24\Helpdesk\Mail\Webhook_Secrets;
use WP24\Helpdesk\Notifications\Form_Pointer_Notification;
use WP24\Helpdesk\Mail\Rest\Inbound_Email_Controller;
use WP24\Helpdesk\Mail\Rest\Mailbox_Controller;
use WP24\Helpdesk\Attachments\Attachment_Store;
use WP24\Helpdesk\Blocks\Block_Registry;
use WP24\Helpdesk\Blocks\Private_Page_Headers;
use WP24\Helpdesk\Blocks\Ticket_Form_Submission;
use WP24\Helpdesk\Customers\Login_Redirect;
use WP24\Helpdesk\Commerce\Commerce_Integration;
use WP24\Helpdesk\Customers\Channel_Policy;
use WP24\Helpdesk\Entitlements\Entitlement_Repository;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;
use WP24\Helpdesk\Entitlements\Purchase_Service;
use WP24\Helpdesk\Entitlements\Renewal_Service;
use WP24\Helpdesk\Entitlements\Staff_Entitlement_Service;
use WP24\Helpdesk\Tickets\Jobs\Auto_Close_Job;
use WP24\Helpdesk\Jobs\Job_Health;
use WP24\Helpdesk\Jobs\Job_Scheduler;
use WP24\Helpdesk\Tickets\Jobs\Quote_Expiry_Job;
use WP24\Helpdesk\Entitlements\Jobs\Renewal_Job;
use WP24\Helpdesk\Tickets\Jobs\Retention_Job;
use WP24\Helpdesk\Notifications\Email_Renderer;
use WP24\Helpdesk\Notifications\Links;
use WP24\Helpdesk\Notifications\Mailer;
use WP24\Helpdesk\Notifications\Notifier;
use WP24\Helpdesk\Notifications\Renewal_Notifications;
use WP24\Helpdesk\Notifications\Ticket_Notifications;
use WP24\Helpdesk\Plans\Plan_Editor_Assets;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Plans\Response_Targets;
use WP24\Helpdesk\Privacy\Personal_Data;
use WP24\Helpdesk\Calendar\Rest\Availability_Controller;
use WP24\Helpdesk\Customers\Rest\Customers_Controller;
use WP24\Helpdesk\Tickets\Rest\Dashboard_Controller;
use WP24\Helpdesk\Entitlements\Rest\Entitlements_Controller;
use WP24\Helpdesk\Entitlements\Rest\Entitlements_Presenter;
use WP24\Helpdesk\Customers\Rest\Me_Controller;
use WP24\Helpdesk\Attachments\Rest\Ticket_Attachments_Controller;
use WP24\Helpdesk\Tickets\Rest\Ticket_Messages_Controller;
use WP24\Helpdesk\Tickets\Rest\Ticket_Presenter;
use WP24\Helpdesk\Tickets\Rest\Ticket_Quote_Controller;
use WP24\Helpdesk\Tickets\Rest\Ticket_Viewers_Controller;
use WP24\Helpdesk\Tickets\Rest\Ticket_Intake_Controller;
use WP24\Helpdesk\Tickets\Rest\Tickets_Controller;
use WP24\Helpdesk\Rest\Text_Input_Guard;
use WP24\Helpdesk\Rest\Unknown_Fields_Guard;
use WP24\Helpdesk\Plans\Rest\Plans_Controller;
use WP24\Helpdesk\Settings\Rest\Settings_Controller;
use WP24\Helpdesk\Schema\Schema_Manager;
use WP24\Helpdesk\Security\Rate_Limiter;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Calendar;
use WP24\Helpdesk\Settings\Settings_Registration;
use WP24\Helpdesk\Tickets\Follow_Up_Service;
use WP24\Helpdesk\Tickets\Intake_Service;
use WP24\Helpdesk\Tickets\Lifecycle_Service;
use WP24\Helpdesk\Tickets\Queue_Stats;
use WP24\Helpdesk\Tickets\Quote_Service;
use WP24\Helpdesk\Tickets\Replay_Service;
use WP24\Helpdesk\Tickets\Reply_Service;
use WP24\Helpdesk\Tickets\Ticket_Access;
use WP24\Helpdesk\Tickets\Ticket_Policy;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket_Viewers;
use WP24\Helpdesk\Tickets\Triage_Service;
use WP24\Helpdesk\Time\Clock;
use WP24\Helpdesk\Time\System_Clock;

/**
 * Boots the plugin once, on `plugins_loaded`. About 260 lines, most of them the `use` list: it is
 * the one place that builds every service and hands each the others it needs.
 */
final class Plugin {

	/**
	 * The one instance.
	 *
	 * @var Plugin|null
	 */
	private static ?Plugin $instance = null;

	/**
	 * Whether boot() ran.
	 *
	 * @var bool
	 */
	private bool $booted = false;

	/**
	 * The clock every service reads "now" from, made once.
	 *
	 * @var Clock|null
	 */
	private ?Clock $clock = null;

	/**
	 * The one instance, so `boot()` can be called safely more than once.
	 */
	public static function instance(): Plugin {
		return self::$instance ??= new self();
	}

	/**
	 * Creates the services and lets each add its hooks.
	 */
	public function boot(): void {
		if ( $this->booted ) {
			return;
		}
		$this->booted = true;

		add_action( 'init', array( $this, 'load_textdomain' ), 0 );

		$clock        = $this->clock();
		$plans        = new Plan_Post_Type();
		$settings     = new Settings();
		$calendar     = new Settings_Calendar( $settings, $clock );
		$repository   = new Entitlement_Repository( $clock );
		$entitlements = new Entitlement_Reader( $repository, $plans, $clock );
		$renewals     = new Renewal_Service( $entitlements, $repository );
		$presenter    = new Entitlements_Presenter( $entitlements, $repository );
		$channels     = new Channel_Policy( $settings, $entitlements, $plans );
		$limiter      = new Rate_Limiter( clock: $clock );
		$tickets_repo = new Ticket_Repository( $clock );
		$lifecycle    = new Lifecycle_Service( $tickets_repo, $settings );
		$intakes      = new Intake_Service( $tickets_repo, $entitlements, $plans, $settings, $calendar );
		$replies      = new Reply_Service( $tickets_repo, $lifecycle );
		$follow_ups   = new Follow_Up_Service( $tickets_repo, $intakes, $lifecycle, $entitlements );
		$replays      = new Replay_Service( $tickets_repo );
		$triage       = new Triage_Service( $tickets_repo, $lifecycle );
		$quotes       = new Quote_Service( $tickets_repo, $lifecycle );
		$policy       = new Ticket_Policy( $settings, $clock );
		$access       = new Ticket_Access( $tickets_repo, $limiter, $policy );
		$ticket_view  = new Ticket_Presenter( $quotes, $settings, $calendar, $clock );
		$attachments  = new Attachment_Store( $settings, $clock );
		$links        = new Links( $settings );
		$thread_token = new Thread_Token( Thread_Token::site_key() );
		$mailbox      = new Mailbox_Settings();
		$viewers      = new Ticket_Viewers( $clock );
		$webhooks     = new Webhook_Secrets();
		$notifier     = new Notifier( $settings, new Mailer( new Email_Renderer( WP24HD_DIR . 'templates/emails/' ), $settings, $thread_token ), $tickets_repo );
		$ticket_mail  = new Ticket_Notifications( $notifier, $links, $tickets_repo, $settings, $calendar, $plans );
		$inbound      = new Inbound_Pipeline( $intakes, $replies, $follow_ups, $replays, $tickets_repo, $entitlements, $attachments, $limiter, $settings, $thread_token );
		$renewal_mail = new Renewal_Notifications( $notifier, $links, $plans, $calendar );
		$scheduler    = new Job_Scheduler(
			array(
				new Auto_Close_Job( $tickets_repo, $lifecycle, $ticket_mail, $settings ),
				new Renewal_Job( $repository->renewals(), $entitlements, $renewals, $plans, $renewal_mail ),
				new Quote_Expiry_Job( $tickets_repo, $quotes, $ticket_mail ),
				new Retention_Job( $tickets_repo, $attachments, $settings ),
				new Mailbox_Job( $mailbox, $inbound ),
			),
			$clock
		);

		$services = array(
			new Schema_Manager(),
			$plans,
			new Response_Targets( $settings, $plans ),
			new Block_Registry( WP24HD_DIR . 'build' ),
			new Private_Page_Headers(),
			new Ticket_Form_Submission(),
			new Login_Redirect( $links ),
			new Unknown_Fields_Guard(),
			new Text_Input_Guard(),
			new Plans_Controller( $plans ),
			new Availability_Controller( $settings, $calendar, $clock ),
			new Settings_Registration(),
			new Settings_Controller( $settings ),
			new Dashboard_Controller( new Queue_Stats( $clock ), $calendar ),
			new Customers_Controller( $tickets_repo ),
			new Entitlements_Controller( $entitlements, new Staff_Entitlement_Service( $entitlements, $repository, $clock ), $renewals, $repository, $presenter, $clock ),
			new Me_Controller( $entitlements, $plans, $channels, $presenter ),
			new Tickets_Controller( $lifecycle, $triage, $tickets_repo, $access, $policy, $ticket_view, $calendar ),
			// After Tickets_Controller: it adds POST to the `/tickets` route that one registers with GET.
			new Ticket_Intake_Controller( $intakes, $replays, $access, $ticket_view, $limiter, $attachments ),
			new Ticket_Messages_Controller( $replies, $follow_ups, $replays, $tickets_repo, $access, $policy, $ticket_view, $limiter, $attachments ),
			new Ticket_Attachments_Controller( $attachments, $access, $tickets_repo ),
			new Ticket_Quote_Controller( $quotes, $access, $policy, $ticket_view ),
			new Ticket_Viewers_Controller( $viewers, $access ),
			new Live_Updates( $tickets_repo, $viewers ),
			new Inbound_Email_Controller( $inbound, $webhooks ),
			new Mailbox_Controller( $mailbox, $webhooks ),
			new Mailbox_Health( $mailbox ),
			new Form_Pointer_Notification( $notifier, $links ),
			new Personal_Data( $attachments, $tickets_repo, $clock ),
			$ticket_mail,
			$scheduler,
			new Commerce_Integration( $entitlements, new Purchase_Service( $entitlements, $repository, $clock ), $plans, $tickets_repo, $lifecycle, $intakes, $access, $links, $calendar ),
			new Job_Health( $scheduler, $clock ),
		);
		if ( is_admin() ) {
			$services[] = new Admin_Page( WP24HD_DIR . 'build', WP24HD_URL . 'build/', $plans, $settings, $tickets_repo );
			$services[] = new Plan_Editor_Assets( WP24HD_DIR . 'build', WP24HD_URL . 'build/' );
		}

		foreach ( $services as $service ) {
			$service->register();
		}

		/**
		 * Fires once WP24 Helpdesk has registered its services.
		 *
		 * @since 0.1.0
		 */
		do_action( 'wp24hd_loaded' );
	}

	/**
	 * The clock every service reads "now" from: the system clock.
	 *
	 * A test suite (and only one: `WP24HD_TESTING` is never defined on a real site) may hand in a
	 * clock of its own through `wp24hd_test_clock`, to set the time instead of moving rows. This is
	 * a test seam, not a published hook.
	 */
	public function clock(): Clock {
		if ( null === $this->clock ) {
			$clock = new System_Clock();
			if ( defined( 'WP24HD_TESTING' ) && WP24HD_TESTING ) {
				$test  = apply_filters( 'wp24hd_test_clock', $clock ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- prefixed; test-only.
				$clock = $test instanceof Clock ? $test : $clock;
			}
			$this->clock = $clock;
		}
		return $this->clock;
	}

	/**
	 * Loads translations shipped in the plugin's languages folder.
	 *
	 * WordPress loads translations from wp-content/languages on its own; this covers the copy in the plugin.
	 */
	public function load_textdomain(): void {
		// phpcs:ignore PluginCheck.CodeAnalysis.DiscouragedFunctions.load_plugin_textdomainFound -- the agency installs the plugin from its zip, not from WordPress.org, so its Italian catalogue ships in languages/ and WordPress would not find it on its own.
		load_plugin_textdomain( 'wp24-helpdesk', false, dirname( plugin_basename( WP24HD_FILE ) ) . '/languages' );
	}
}
