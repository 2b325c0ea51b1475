<?php
/**
 * The "Helpdesk" wp-admin page that mounts the technicians' React app.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Admin;

use WP24\Helpdesk\Notifications\Notification_Types;
use WP24\Helpdesk\Notifications\Notifier;
use WP24\Helpdesk\Plans\Plan;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Rest\Rest_Namespace;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Settings\Settings;
use WP24\Helpdesk\Settings\Settings_Validator;
use WP24\Helpdesk\Tickets\Ticket_Labels;
use WP24\Helpdesk\Tickets\Ticket_Priority;
use WP24\Helpdesk\Tickets\Ticket_Repository;
use WP24\Helpdesk\Tickets\Ticket_Status;

defined( 'ABSPATH' ) || exit;

/**
 * Prints one root element and enqueues the app only on its own screen.
 */
final class Admin_Page {

	public const SLUG = 'wp24-helpdesk';

	public const SCRIPT_HANDLE = 'wp24hd-admin';

	/**
	 * The page's hook suffix, for enqueueing on it only.
	 *
	 * @var string
	 */
	private string $hook_suffix = '';

	/**
	 * Constructor.
	 *
	 * @param string                 $build_dir Absolute path of the build directory.
	 * @param string                 $build_url URL of the build directory, with trailing slash.
	 * @param Plan_Post_Type         $plans     Published plans, printed for the plan badges and filter.
	 * @param Settings               $settings  Saved replies, for every technician (not only settings managers).
	 * @param Ticket_Repository|null $tickets   Where the live updates start (none: from the first heartbeat).
	 */
	public function __construct( private string $build_dir, private string $build_url, private Plan_Post_Type $plans, private Settings $settings, private ?Ticket_Repository $tickets = null ) {}

	/**
	 * Adds the menu and asset hooks.
	 */
	public function register(): void {
		add_action( 'admin_menu', array( $this, 'add_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Adds the top-level menu for users who work tickets.
	 */
	public function add_menu(): void {
		$this->hook_suffix = (string) add_menu_page(
			__( 'Helpdesk', 'wp24-helpdesk' ),
			__( 'Helpdesk', 'wp24-helpdesk' ),
			Capabilities::MANAGE_TICKETS,
			self::SLUG,
			array( $this, 'render' ),
			'dashicons-sos',
			26
		);
	}

	/**
	 * Prints the mount point; the app renders everything inside it.
	 */
	public function render(): void {
		printf(
			'<div class="wrap"><div id="wp24hd-admin-root" class="wp24hd-admin"><p>%s</p></div></div>',
			esc_html__( 'Loading the helpdesk…', 'wp24-helpdesk' )
		);
	}

	/**
	 * Enqueues the app with the dependencies the build recorded.
	 *
	 * @param string $hook_suffix Current admin screen.
	 */
	public function enqueue( string $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		$asset_file = $this->build_dir . '/admin/index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return;
		}
		$asset = require $asset_file;
		wp_enqueue_script(
			self::SCRIPT_HANDLE,
			$this->build_url . 'admin/index.js',
			// The Heartbeat API carries the live updates (Live_Updates); the build cannot see it.
			array_merge( $asset['dependencies'], array( 'heartbeat' ) ),
			$asset['version'],
			array( 'in_footer' => true )
		);
		wp_set_script_translations( self::SCRIPT_HANDLE, 'wp24-helpdesk', WP24HD_DIR . 'languages' );
		if ( is_readable( $this->build_dir . '/admin/style-index.css' ) ) {
			wp_enqueue_style( self::SCRIPT_HANDLE, $this->build_url . 'admin/style-index.css', array( 'wp-components' ), $asset['version'] );
		}
		wp_add_inline_script(
			self::SCRIPT_HANDLE,
			'window.wp24hdAdmin = ' . wp_json_encode( $this->start_up_data(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS ) . ';',
			'before'
		);
		$this->preload();
	}

	/**
	 * The queue's first page and its figures travel in the page itself (REST preloading, as the
	 * block editor does): the app's first two reads are answered without a round trip. Only 200
	 * answers are preloaded, so what the caller may not read is fetched (and refused) as before.
	 */
	private function preload(): void {
		if ( ! current_user_can( Capabilities::MANAGE_TICKETS ) ) {
			return;
		}
		$base = '/' . Rest_Namespace::NAME;
		// The query of the queue as it opens: src/admin/queue/view-state.ts, defaultView().
		$queue = add_query_arg(
			array(
				'page'     => 1,
				'per_page' => 25,
				'orderby'  => 'last_activity',
				'order'    => 'desc',
				'status'   => Ticket_Status::values( ...Ticket_Status::open() ),
			),
			$base . '/tickets'
		);
		$data  = array_reduce( array( $base . '/dashboard', $queue ), 'rest_preload_api_request', array() );
		wp_add_inline_script(
			'wp-api-fetch',
			'wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS ) . ' ) );',
			'after'
		);
	}

	/**
	 * What the app needs before its first request.
	 *
	 * @return array<string, mixed>
	 */
	private function start_up_data(): array {
		$can_settings = current_user_can( Capabilities::MANAGE_SETTINGS );
		return array(
			'namespace'          => Rest_Namespace::NAME,
			'canSettings'        => $can_settings,
			'canPlans'           => current_user_can( Capabilities::MANAGE_PLANS ),
			'userId'             => get_current_user_id(),
			// Attachment downloads are plain links; cookie-authenticated REST reads need this nonce.
			'restRoot'           => esc_url_raw( rest_url() ),
			'restNonce'          => wp_create_nonce( 'wp_rest' ),
			'technicians'        => $this->technicians(),
			// A handful of rows: printed here to spare the queue one request on every load.
			'plans'              => array_map(
				static fn( Plan $plan ): array => array(
					'id'            => $plan->id,
					'name'          => $plan->name,
					'phone_support' => $plan->phone_support,
				),
				$this->plans->published()
			),
			'savedReplies'       => $this->settings->all()['saved_replies'],
			// The server's words for codes, so the app never keeps a second copy (Ticket_Labels).
			'statuses'           => self::options( Ticket_Labels::staff_statuses() ),
			'priorities'         => self::options(
				array(
					Ticket_Priority::NORMAL->value => Ticket_Labels::priority( Ticket_Priority::NORMAL ),
					Ticket_Priority::URGENT->value => Ticket_Labels::priority( Ticket_Priority::URGENT ),
				)
			),
			// The settings screen names fields and email switches in the server's words (Settings_Validator::labels()).
			'settingLabels'      => $can_settings ? Settings_Validator::labels() : array(),
			'notificationLabels' => $can_settings ? Notification_Types::labels() : array(),
			// One date format on every screen: the day as the thread's times show it (Ticket_Presenter).
			'dayFormat'          => _x( 'l j F Y', 'day format', 'wp24-helpdesk' ),
			// Browser notifications of new urgent tickets are offered to whoever gets their emails.
			'onCall'             => in_array( strtolower( (string) wp_get_current_user()->user_email ), array_map( 'strtolower', Notifier::staff_emails( $this->settings->all(), true ) ), true ),
			'urgentAlerts'       => (bool) get_user_meta( get_current_user_id(), Live_Updates::ALERTS_META, true ),
			// Where the live updates start: a ticket opened before the first heartbeat still shows.
			'liveCursor'         => $this->tickets?->latest_ids(),
			'version'            => WP24HD_VERSION,
		);
	}

	/**
	 * The people a ticket can be assigned to: everyone who works tickets.
	 *
	 * @return array<int, array{id: int, name: string}>
	 */
	private function technicians(): array {
		$users = get_users(
			array(
				'capability' => Capabilities::MANAGE_TICKETS,
				'orderby'    => 'display_name',
				'fields'     => array( 'ID', 'display_name' ),
				'number'     => 200,
			)
		);
		return array_map(
			static fn( object $user ): array => array(
				'id'   => (int) $user->ID,
				'name' => (string) $user->display_name,
			),
			$users
		);
	}

	/**
	 * A label map as the `{ value, label }` options the app's controls take.
	 *
	 * @param array<string, string> $labels Label by code.
	 * @return array<int, array{value: string, label: string}>
	 */
	private static function options( array $labels ): array {
		$options = array();
		foreach ( $labels as $value => $label ) {
			$options[] = array(
				'value' => (string) $value,
				'label' => $label,
			);
		}
		return $options;
	}
}
