<?php
/**
 * Demo data for the dev site: staff, customers, the two plans of the terms and a support page.
 *
 * Run inside WordPress (wp-load.php already required). Idempotent: a second run finds
 * everything in place and changes nothing. Prints the demo logins as JSON.
 * Not part of the release zip.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

use WP24\Helpdesk\Plans\Plan_Meta;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Schema\Schema_Manager;

defined( 'ABSPATH' ) || exit;

/**
 * Creates a user unless the login exists; returns its ID.
 *
 * @param string $login    Login.
 * @param string $password Password.
 * @param string $role     Role.
 * @param string $name     Display name.
 */
function wp24hd_demo_user( string $login, string $password, string $role, string $name ): int {
	$existing = get_user_by( 'login', $login );
	if ( $existing ) {
		return $existing->ID;
	}
	$id = wp_insert_user(
		array(
			'user_login'   => $login,
			'user_pass'    => $password,
			'user_email'   => $login . '@example.test',
			'display_name' => $name,
			'first_name'   => strtok( $name, ' ' ),
			'role'         => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( $id->get_error_message() );
	}
	return (int) $id;
}

/**
 * Creates a published plan unless one with the title exists; returns its ID.
 *
 * @param string               $title Title.
 * @param array<string, mixed> $meta  Plan meta.
 * @param int                  $order Menu order.
 */
function wp24hd_demo_plan( string $title, array $meta, int $order ): int {
	$existing = get_posts(
		array(
			'post_type'   => Plan_Post_Type::POST_TYPE,
			'title'       => $title,
			'post_status' => 'any',
			'numberposts' => 1,
		)
	);
	$post     = array(
		'post_type'    => Plan_Post_Type::POST_TYPE,
		'post_title'   => $title,
		'post_status'  => 'publish',
		'post_excerpt' => $meta['excerpt'],
		'menu_order'   => $order,
		'meta_input'   => $meta['meta'],
	);
	if ( $existing ) {
		// The plugin creates the plans as drafts on activation; the demo publishes them once.
		if ( 'publish' === $existing[0]->post_status ) {
			return $existing[0]->ID;
		}
		$post['ID'] = $existing[0]->ID;
	}
	return (int) wp_insert_post( $post, true );
}

Capabilities::install();

// A dev site kept from an older checkout has the tables of its time; wp-admin would upgrade them on
// its first visit (admin_init), but the seed comes first.
( new Schema_Manager() )->maybe_upgrade();

$wp24hd_services = array(
	array( 'label' => 'WordPress core, theme and plugin updates', 'description' => '' ),
	array( 'label' => 'Daily backups', 'description' => '' ),
	array( 'label' => 'Security monitoring', 'description' => '' ),
	array( 'label' => 'Uptime monitoring', 'description' => '' ),
);

$wp24hd_plans = array(
	'basic'   => wp24hd_demo_plan(
		__( 'Basic plan', 'wp24-helpdesk' ),
		array(
			'excerpt' => __( 'Yearly maintenance with support by email and chat.', 'wp24-helpdesk' ),
			'meta'    => array(
				Plan_Meta::PRICE                => 199,
				Plan_Meta::CURRENCY             => 'EUR',
				Plan_Meta::PHONE_SUPPORT        => false,
				Plan_Meta::FIRST_RESPONSE_HOURS => 16,
				Plan_Meta::COVERED_SERVICES     => $wp24hd_services,
			),
		),
		1
	),
	'premium' => wp24hd_demo_plan(
		__( 'Premium plan', 'wp24-helpdesk' ),
		array(
			'excerpt' => __( 'Yearly maintenance with support by email, chat and phone.', 'wp24-helpdesk' ),
			'meta'    => array(
				Plan_Meta::PRICE                => 399,
				Plan_Meta::CURRENCY             => 'EUR',
				Plan_Meta::PHONE_SUPPORT        => true,
				Plan_Meta::FIRST_RESPONSE_HOURS => 8,
				Plan_Meta::HIGHLIGHT            => true,
				Plan_Meta::COVERED_SERVICES     => array_merge(
					$wp24hd_services,
					array(
						array( 'label' => 'Performance tuning', 'description' => '' ),
						array( 'label' => 'Malware removal', 'description' => '' ),
					)
				),
			),
		),
		2
	),
);

$wp24hd_logins = array(
	array( 'role' => 'technician', 'login' => 'tecnico', 'password' => 'tecnico', 'id' => wp24hd_demo_user( 'tecnico', 'tecnico', Capabilities::ROLE, 'Tecnico Demo' ) ),
	array( 'role' => 'Basic customer', 'login' => 'basic', 'password' => 'basic', 'id' => wp24hd_demo_user( 'basic', 'basic', 'subscriber', 'Bianca Basic' ) ),
	array( 'role' => 'Premium customer', 'login' => 'premium', 'password' => 'premium', 'id' => wp24hd_demo_user( 'premium', 'premium', 'subscriber', 'Paolo Premium' ) ),
);

// Plans held by the demo customers, granted by staff: a made-up order would hold order and line
// IDs that a real WooCommerce order on this site could later have.
$wp24hd_entitlements = new \WP24\Helpdesk\Entitlements\Entitlement_Reader( new \WP24\Helpdesk\Entitlements\Entitlement_Repository(), new Plan_Post_Type() );
$wp24hd_staff_grants = new \WP24\Helpdesk\Entitlements\Staff_Entitlement_Service( $wp24hd_entitlements, new \WP24\Helpdesk\Entitlements\Entitlement_Repository() );
foreach ( array( 1 => 'basic', 2 => 'premium' ) as $wp24hd_login => $wp24hd_plan ) {
	if ( null === $wp24hd_entitlements->active_for_user( $wp24hd_logins[ $wp24hd_login ]['id'] ) ) {
		$wp24hd_staff_grants->grant_by_staff( $wp24hd_logins[ $wp24hd_login ]['id'], $wp24hd_plans[ $wp24hd_plan ], 325, 1, 'Demo data' );
	}
}

$wp24hd_settings = new \WP24\Helpdesk\Settings\Settings();
if ( '' === $wp24hd_settings->all()['phone_number'] ) {
	$wp24hd_settings->update(
		array(
			'support_email'   => 'assistenza@example.test',
			'phone_number'    => '+39 06 0000 0000',
			'whatsapp_number' => '+39 333 000 0000',
		)
	);
}

// The pages' titles are in the site's language (npm start -- --locale=it_IT); their slugs stay.
$wp24hd_italian = str_starts_with( get_locale(), 'it' );
$wp24hd_pages   = array(
	'support' => array( $wp24hd_italian ? 'Assistenza' : 'Support', '<!-- wp:wp24-helpdesk/ticket-form /-->' ),
	'tickets' => array( $wp24hd_italian ? 'I miei ticket' : 'My tickets', '<!-- wp:wp24-helpdesk/my-tickets /-->' ),
	'plans'   => array( $wp24hd_italian ? 'Piani di assistenza' : 'Support plans', '<!-- wp:wp24-helpdesk/plan-table /-->' ),
);
$wp24hd_page_ids = array();
foreach ( $wp24hd_pages as $wp24hd_slug => list( $wp24hd_title, $wp24hd_content ) ) {
	$wp24hd_page = get_page_by_path( $wp24hd_slug );
	$wp24hd_page_ids[ $wp24hd_slug ] = $wp24hd_page ? $wp24hd_page->ID : (int) wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_name'    => $wp24hd_slug,
			'post_title'   => $wp24hd_title,
			'post_content' => $wp24hd_content,
			'post_status'  => 'publish',
		),
		true
	);
}

// Links in emails open these pages; staff emails go to the technician's address.
$wp24hd_settings->update(
	array(
		'support_page_id'              => $wp24hd_page_ids['support'],
		'tickets_page_id'              => $wp24hd_page_ids['tickets'],
		'plans_page_id'                => $wp24hd_page_ids['plans'],
		'staff_emails'                 => array( 'tecnico@example.test' ),
		// No visitor is promised a faster answer than a paying customer: Basic answers in 16 hours.
		'default_first_response_hours' => 16,
	)
);

// A few tickets so the technicians' queue has something to show; only on a desk without tickets.
$wp24hd_ticket_repo = new \WP24\Helpdesk\Tickets\Ticket_Repository();
if ( 0 === $wp24hd_ticket_repo->queue()->search( array(), 'created', 'desc', 1, 1 )['total'] ) {
	$wp24hd_tickets = new \WP24\Helpdesk\Tickets\Intake_Service( $wp24hd_ticket_repo, $wp24hd_entitlements, new Plan_Post_Type(), $wp24hd_settings, new \WP24\Helpdesk\Settings\Settings_Calendar( $wp24hd_settings ) );
	$wp24hd_replies = new \WP24\Helpdesk\Tickets\Reply_Service( $wp24hd_ticket_repo, new \WP24\Helpdesk\Tickets\Lifecycle_Service( $wp24hd_ticket_repo, $wp24hd_settings ) );
	$wp24hd_open    = static fn( int $user, string $subject, string $body, string $type, string $priority, string $name = '', string $email = '' ) => $wp24hd_tickets->intake( new \WP24\Helpdesk\Tickets\Intake( $user, $subject, $body, \WP24\Helpdesk\Tickets\Ticket_Type::from( $type ), \WP24\Helpdesk\Tickets\Ticket_Priority::from( $priority ), '', 'https://example.test', true, $name, $email ) )['ticket'];
	$wp24hd_tech    = $wp24hd_logins[0]['id'];
	$wp24hd_open( $wp24hd_logins[2]['id'], 'Il sito non si apre dopo l’aggiornamento', 'Da stamattina il sito mostra una pagina bianca. È il negozio online: urgente.', 'support', 'urgent' );
	$wp24hd_waiting = $wp24hd_open( $wp24hd_logins[1]['id'], 'Il modulo contatti non invia le email', 'I messaggi del modulo contatti non arrivano più da lunedì.', 'support', 'normal' );
	$wp24hd_replies->reply( $wp24hd_waiting, $wp24hd_tech, true, 'Buongiorno, può indicarci l’indirizzo che dovrebbe ricevere i messaggi?' );
	$wp24hd_open( $wp24hd_logins[1]['id'], 'Parere prima di cambiare tema', 'Vorremmo passare a un tema a blocchi: ci sono rischi per il sito?', 'opinion-before-change', 'normal' );
	$wp24hd_open( 0, 'Preventivo per la migrazione dell’hosting', 'Vorremmo spostare il sito su un nuovo hosting: quanto costerebbe?', 'one-shot', 'normal', 'Giulia Ospite', 'giulia@example.test' );
}

echo wp_json_encode(
	array(
		'plans'  => $wp24hd_plans,
		'users'  => $wp24hd_logins,
		'pages'  => $wp24hd_page_ids,
	)
);
