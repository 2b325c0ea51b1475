/**
 * Internal dependencies
 */
import { useSite } from '../harness/use-site';

const onMariaDB = process.env.WP24_BACKEND === 'mariadb';

/**
 * PHP that runs what the queue and the scheduled jobs run, records the SQL they send
 * (SAVEQUERIES), and prints the EXPLAIN of every read of the plugin's tables.
 */
const EXPLAIN_PHP = `
	require_once WP_PLUGIN_DIR . '/wp24-helpdesk/bin/bench-seed.php';
	global $wpdb;
	// A desk a few years old: 3% of its tickets still open, the rest closed over three years.
	wp24hd_bench_seed( 4000, 400, 3 );
	$tickets = WP24\\Helpdesk\\Schema\\Tables::tickets();
	// 1% waits for the customer past the auto-close days, so the job has work.
	$wpdb->query( $wpdb->prepare( 'UPDATE %i SET status = %s, waiting_since = %s, reminder_sent_at = NULL, closed_at = NULL, close_reason = %s WHERE id %% 100 = 0', $tickets, 'waiting_customer', gmdate( 'Y-m-d H:i:s', time() - 8 * DAY_IN_SECONDS ), '' ) );
	foreach ( WP24\\Helpdesk\\Schema\\Tables::all() as $table ) {
		$wpdb->query( "ANALYZE TABLE {$table}" ); // phpcs:ignore
	}
	$technician = get_users( array( 'role' => 'wp24hd_technician', 'number' => 1, 'fields' => 'ID' ) )[0] ?? 0;
	$customer   = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT customer_id FROM %i WHERE customer_id > 0 LIMIT 1', $tickets ) );

	define( 'SAVEQUERIES', true );
	$wpdb->queries = array();
	$labels        = array();
	$label         = static function ( string $name ) use ( &$labels, $wpdb ) {
		$labels[ count( $wpdb->queries ) ] = $name;
	};
	$get = static function ( string $route, array $params ) {
		$request = new WP_REST_Request( 'GET', $route );
		$request->set_query_params( $params );
		return rest_do_request( $request )->get_status();
	};
	wp_set_current_user( 1 );
	$lists = array(
		'queue: open statuses'         => array( 'status' => array( 'new', 'open' ) ),
		'queue: quotes pending'        => array( 'status' => array( 'quote_sent' ), 'orderby' => 'created', 'order' => 'asc' ),
		'queue: urgent by SLA'         => array( 'status' => array( 'open' ), 'priority' => 'urgent', 'orderby' => 'first_response_due', 'order' => 'asc' ),
		'queue: SLA breached'          => array( 'sla_breached' => true ),
		'queue: SLA due today'         => array( 'sla_due_today' => true ),
		'queue: waiting, closing soon' => array( 'status' => array( 'waiting_customer' ), 'orderby' => 'waiting_since', 'order' => 'asc' ),
		'queue: one customer'          => array( 'customer_id' => $customer ),
		'queue: assignee'              => array( 'assignee_id' => 1, 'status' => array( 'open' ) ),
		// Words of the thread and the site address, through the FULLTEXT indexes.
		'queue: search'                => array( 'search' => 'backup dettagli' ),
		'queue: search site address'   => array( 'search' => "www.cliente{$customer}.it", 'status' => array( 'closed' ) ),
	);
	$statuses = array();
	foreach ( $lists as $name => $params ) {
		$label( $name );
		$statuses[ $name ] = $get( '/wp24-helpdesk/v1/tickets', $params + array( 'per_page' => 50 ) );
	}
	$label( 'dashboard' );
	$statuses['dashboard'] = $get( '/wp24-helpdesk/v1/dashboard', array() );
	$label( 'renewal queue' );
	$statuses['renewal queue'] = $get( '/wp24-helpdesk/v1/entitlements', array( 'expiring_within_days' => 30 ) );
	wp_set_current_user( $customer );
	$label( 'my tickets' );
	$statuses['my tickets'] = $get( '/wp24-helpdesk/v1/tickets', array() );
	wp_set_current_user( 0 );
	// Retention on, and a loose file in the private folder, so the retention job reads both tables.
	( new WP24\\Helpdesk\\Settings\\Settings() )->update( array( 'retention_months' => 24 ) );
	$loose = ( new WP24\\Helpdesk\\Attachments\\Attachment_Store( new WP24\\Helpdesk\\Settings\\Settings() ) )->directory() . '/' . str_repeat( 'c', 40 );
	file_put_contents( $loose, 'left behind' );
	touch( $loose, time() - 2 * DAY_IN_SECONDS );
	foreach ( array( 'wp24hd_auto_close', 'wp24hd_renewals', WP24\\Helpdesk\\Jobs\\Job_Hooks::QUOTE_EXPIRY, WP24\\Helpdesk\\Jobs\\Job_Hooks::RETENTION ) as $hook ) {
		$label( $hook );
		do_action( $hook );
	}

	$ours  = array_map( static fn( $t ) => preg_quote( $t, '/' ), WP24\\Helpdesk\\Schema\\Tables::all() );
	$plans = array();
	$where = 'start';
	foreach ( $wpdb->queries as $i => $logged ) {
		$where = $labels[ $i ] ?? $where;
		$sql   = trim( $logged[0] );
		// One plan per query shape: the jobs read many tickets by id.
		$shape = $where . preg_replace( '/\\d+/', 'N', $sql );
		if ( isset( $plans[ $shape ] ) || ! preg_match( '/^SELECT/i', $sql ) || ! preg_match( '/\\b(' . implode( '|', $ours ) . ')\\b/', $sql ) ) {
			continue;
		}
		$plans[ $shape ] = array(
			'from'    => $where,
			'sql'     => $sql,
			'explain' => $wpdb->get_results( 'EXPLAIN ' . $sql, ARRAY_A ), // phpcs:ignore
		);
	}
	echo wp_json_encode( array( 'statuses' => $statuses, 'plans' => array_values( $plans ) ) );
`;

type Plan = {
	from: string;
	sql: string;
	explain: Array< {
		table: string | null;
		type: string | null;
		key: string | null;
	} >;
};

/**
 * On MySQL and MariaDB only: SQLite plans are another language, and a plan is only worth reading
 * on the database production runs. Seeded with 4,000 tickets, nearly all closed as on a desk a few
 * years old: with the proportions of a real desk the optimizer has every reason to prefer an index.
 */
( onMariaDB ? describe : describe.skip )(
	'query plans on MariaDB with a seeded desk',
	() => {
		const site = useSite();

		it( 'reads the queue, the dashboard, the renewal queue and the jobs through indexes, never a full scan', async () => {
			const { statuses, plans } = await site().phpJson< {
				statuses: Record< string, number >;
				plans: Plan[];
			} >( EXPLAIN_PHP );

			expect( Object.values( statuses ) ).toEqual(
				Object.values( statuses ).map( () => 200 )
			);
			// Every request and job really read the plugin's tables (the check is not vacuous).
			expect( new Set( plans.map( ( plan ) => plan.from ) ) ).toEqual(
				new Set( [
					...Object.keys( statuses ),
					'wp24hd_auto_close',
					'wp24hd_renewals',
					'wp24hd_quote_expiry',
					'wp24hd_retention',
				] )
			);
			const scans = plans
				.flatMap( ( plan ) =>
					plan.explain
						.filter(
							( row ) =>
								row.table?.includes( 'wp24hd_' ) &&
								( row.type === 'ALL' ||
									row.type === 'index' ||
									! row.key )
						)
						.map(
							( row ) =>
								`${ plan.from }: ${ row.type } on ${ row.table }: ${ plan.sql }`
						)
				)
				.sort();
			expect( scans ).toEqual( [] );
			// The search reads the FULLTEXT index (not a LIKE over every ticket): staff's, with the notes.
			for ( const from of [
				'queue: search',
				'queue: search site address',
			] ) {
				const used = plans
					.filter( ( plan ) => plan.from === from )
					.flatMap( ( plan ) => plan.explain )
					.filter( ( row ) => row.type === 'fulltext' )
					.map( ( row ) => `${ row.table }:${ row.key }` );
				expect( [ from, ...new Set( used ) ] ).toEqual( [
					from,
					expect.stringMatching( /wp24hd_tickets:search_staff$/ ),
				] );
			}
		} );
	}
);
