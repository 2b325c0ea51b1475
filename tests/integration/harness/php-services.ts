/**
 * PHP that builds the plugin's services the way Plugin::boot() wires them, for tests that
 * drive the rules directly (faster than one HTTP request per step).
 *
 * Defines `$clock` (the plugin's clock), `$plans`, `$settings`, `$calendar` (Settings_Calendar), `$ent_repo`, `$ents` (Entitlement_Reader),
 * `$purchases`, `$staff_ents`, `$renewals` (the entitlement services), `$repo`,
 * `$lifecycle`, `$intakes`, `$replies`, `$follow_ups`, `$replays`, `$quotes` (the ticket services), `$utc`, `$ago( 'P7D' )` / `$ahead( 'P1D' )` (moments from the
 * clock's now), `$travel( 'P8D' )` (moves the clock forward by an interval, from the real time;
 * the test mu-plugin wp24-clock.php), `$travel_to( $moment )` (the clock runs from that moment),
 * `$travel_back()` (the real time again), `$set( $id, $fields )`
 * (writes ticket columns, for states no request makes), `$mails()` (what the mail catcher caught, then
 * forgets it), `$guest( $subject )` (a guest's one-shot ticket) and `$new_user( $role )` (a user with
 * that role, returns the ID).
 */
export const SERVICES_PHP = `
	$clock    = WP24\\Helpdesk\\Plugin::instance()->clock();
	$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
	$settings = new WP24\\Helpdesk\\Settings\\Settings();
	$calendar = new WP24\\Helpdesk\\Settings\\Settings_Calendar( $settings, $clock );
	$ent_repo = new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository( $clock );
	$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Reader( $ent_repo, $plans, $clock );
	$purchases = new WP24\\Helpdesk\\Entitlements\\Purchase_Service( $ents, $ent_repo, $clock );
	$staff_ents = new WP24\\Helpdesk\\Entitlements\\Staff_Entitlement_Service( $ents, $ent_repo, $clock );
	$renewals = new WP24\\Helpdesk\\Entitlements\\Renewal_Service( $ents, $ent_repo );
	$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository( $clock );
	$lifecycle = new WP24\\Helpdesk\\Tickets\\Lifecycle_Service( $repo, $settings );
	$intakes  = new WP24\\Helpdesk\\Tickets\\Intake_Service( $repo, $ents, $plans, $settings, $calendar );
	$replies  = new WP24\\Helpdesk\\Tickets\\Reply_Service( $repo, $lifecycle );
	$follow_ups = new WP24\\Helpdesk\\Tickets\\Follow_Up_Service( $repo, $intakes, $lifecycle, $ents );
	$replays  = new WP24\\Helpdesk\\Tickets\\Replay_Service( $repo );
	$quotes   = new WP24\\Helpdesk\\Tickets\\Quote_Service( $repo, $lifecycle );
	$utc      = new DateTimeZone( 'UTC' );
	$ago      = static fn( string $spec ) => $clock->now()->sub( new DateInterval( $spec ) );
	$ahead    = static fn( string $spec ) => $clock->now()->add( new DateInterval( $spec ) );
	$travel_to = static function ( DateTimeImmutable $at ): void {
		update_option( 'wp24hd_test_clock', array( 'offset' => $at->getTimestamp() - time() ), true );
	};
	$travel   = static fn( string $spec ) => $travel_to( ( new DateTimeImmutable( 'now', $utc ) )->add( new DateInterval( $spec ) ) );
	$travel_back = static function (): void {
		delete_option( 'wp24hd_test_clock' );
	};
	$set      = static function ( int $id, array $fields ) {
		$GLOBALS['wpdb']->update( WP24\\Helpdesk\\Schema\\Tables::tickets(), $fields, array( 'id' => $id ) );
	};
	$mails    = static function (): array {
		$caught = get_option( 'wp24hd_test_mails', array() );
		delete_option( 'wp24hd_test_mails' );
		return $caught;
	};
	$new_user = static function ( string $role ): int {
		$login = 'u_' . preg_replace( '/[^a-z0-9]/', '', $role ) . '_' . wp_generate_password( 8, false, false );
		return (int) wp_insert_user( array( 'user_login' => $login, 'user_pass' => wp_generate_password(), 'user_email' => strtolower( $login ) . '@example.test', 'role' => $role ) );
	};
	$guest    = static fn( string $subject, string $email = 'guest@example.test' ) => $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( 0, $subject, 'Please help with the site, it is broken.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true, 'Guest Person', $email ) )['ticket'];
`;
