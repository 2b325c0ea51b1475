/**
 * PHP that builds the plugin's services the way Plugin::boot() wires them, for tests that
 * drive the rules directly (faster than one HTTP request per step).
 *
 * Defines `$plans`, `$settings`, `$ent_repo`, `$ents`, `$repo`, `$svc` (tickets), `$quotes`,
 * `$utc`, `$ago( 'P7D' )` / `$ahead( 'P1D' )` (moments from now), `$set( $id, $fields )` (writes
 * ticket columns, to move a ticket's clock), `$mails()` (what the mail catcher caught, then
 * forgets it), `$guest( $subject )` (a guest's one-shot ticket) and `$new_user( $role )` (a user with
 * that role, returns the ID).
 */
export const SERVICES_PHP = `
	$plans    = new WP24\\Helpdesk\\Plans\\Plan_Post_Type();
	$settings = new WP24\\Helpdesk\\Settings\\Settings();
	$ent_repo = new WP24\\Helpdesk\\Entitlements\\Entitlement_Repository();
	$ents     = new WP24\\Helpdesk\\Entitlements\\Entitlement_Service( $ent_repo, $plans );
	$repo     = new WP24\\Helpdesk\\Tickets\\Ticket_Repository();
	$svc      = new WP24\\Helpdesk\\Tickets\\Ticket_Service( $repo, $ents, $plans, $settings );
	$quotes   = new WP24\\Helpdesk\\Tickets\\Quote_Service( $repo, $svc );
	$utc      = new DateTimeZone( 'UTC' );
	$ago      = static fn( string $spec ) => ( new DateTimeImmutable( 'now', $utc ) )->sub( new DateInterval( $spec ) );
	$ahead    = static fn( string $spec ) => ( new DateTimeImmutable( 'now', $utc ) )->add( new DateInterval( $spec ) );
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
	$guest    = static fn( string $subject, string $email = 'guest@example.test' ) => $svc->intake( new WP24\\Helpdesk\\Tickets\\Intake( 0, $subject, 'Please help with the site, it is broken.', 'one-shot', 'normal', '', '', true, 'Guest Person', $email ) )['ticket'];
`;
