<?php
/**
 * Benchmark data: tickets over three years, messages, quotes on one-shot work, customers and their plans.
 *
 * Loaded inside WordPress by `npm run bench` and `npm run bench:seed`; not part of the release zip.
 * The fast bulk path writes rows straight into the plugin's tables (prepared statements in one
 * transaction per batch): through PDO on the dev site's SQLite file, through $wpdb elsewhere.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Tickets\Search_Text;

defined( 'ABSPATH' ) || exit;

/**
 * Inserts rows into a table in batches.
 *
 * @param string                           $table Table.
 * @param array<int, array<string, mixed>> $rows  Rows with the same columns.
 */
function wp24hd_bench_insert( string $table, array $rows ): void {
	global $wpdb;
	if ( array() === $rows ) {
		return;
	}
	$columns = array_keys( $rows[0] );
	if ( defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE ) {
		static $pdo = null;
		$pdo      ??= new PDO( 'sqlite:' . ( defined( 'FQDB' ) ? FQDB : WP_CONTENT_DIR . '/database/.ht.sqlite' ) );
		$pdo->setAttribute( PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION );
		$pdo->exec( 'PRAGMA busy_timeout = 10000' );
		$statement = $pdo->prepare( sprintf( 'INSERT INTO "%s" ("%s") VALUES (%s)', $table, implode( '","', $columns ), implode( ',', array_fill( 0, count( $columns ), '?' ) ) ) );
		$pdo->beginTransaction();
		foreach ( $rows as $row ) {
			$statement->execute( array_values( $row ) );
		}
		$pdo->commit();
		return;
	}
	foreach ( array_chunk( $rows, 500 ) as $chunk ) {
		$values = array();
		$args   = array();
		foreach ( $chunk as $row ) {
			$values[] = '(' . implode( ',', array_fill( 0, count( $columns ), '%s' ) ) . ')';
			array_push( $args, ...array_values( $row ) );
		}
		// phpcs:ignore WordPress.DB -- bulk benchmark data, columns from this file.
		$wpdb->query( $wpdb->prepare( "INSERT INTO `{$table}` (`" . implode( '`,`', $columns ) . '`) VALUES ' . implode( ',', $values ), $args ) );
	}
}

/**
 * A stored UTC time, `$seconds` before now.
 *
 * @param int $seconds Seconds ago.
 */
function wp24hd_bench_ago( int $seconds ): string {
	return gmdate( 'Y-m-d H:i:s', time() - $seconds );
}

/**
 * Customers (bench_customer_N) and their plans, until there are `$count`.
 *
 * @param int $count Customers wanted.
 * @return int[] Customer IDs.
 */
function wp24hd_bench_customers( int $count ): array {
	global $wpdb;
	$have = array_map( 'intval', $wpdb->get_col( "SELECT ID FROM {$wpdb->users} WHERE user_login LIKE 'bench\\_customer\\_%' ORDER BY ID" ) );
	if ( count( $have ) >= $count ) {
		return array_slice( $have, 0, $count );
	}
	$hash  = wp_hash_password( 'bench' );
	$users = array();
	for ( $n = count( $have ) + 1; $n <= $count; $n++ ) {
		$users[] = array(
			'user_login'      => "bench_customer_{$n}",
			'user_pass'       => $hash,
			'user_nicename'   => "bench-customer-{$n}",
			'user_email'      => "bench{$n}@example.test",
			'user_registered' => wp24hd_bench_ago( wp_rand( 0, 3 * YEAR_IN_SECONDS ) ),
			'display_name'    => "Cliente {$n}",
		);
	}
	wp24hd_bench_insert( $wpdb->users, $users );
	$ids   = array_map( 'intval', $wpdb->get_col( "SELECT ID FROM {$wpdb->users} WHERE user_login LIKE 'bench\\_customer\\_%' ORDER BY ID" ) );
	$new   = array_slice( $ids, count( $have ) );
	$meta  = array();
	$plans = array_map( static fn( $plan ): int => $plan->id, ( new Plan_Post_Type() )->published() );
	$ents  = array();
	foreach ( $new as $id ) {
		$meta[] = array(
			'user_id'    => $id,
			'meta_key'   => $wpdb->prefix . 'capabilities', // phpcs:ignore WordPress.DB.SlowDBQuery
			'meta_value' => serialize( array( 'subscriber' => true ) ), // phpcs:ignore
		);
		// Most customers hold a plan; a fifth of those plans have run out.
		if ( $plans && wp_rand( 1, 100 ) <= 85 ) {
			$start  = time() - wp_rand( 0, 2 * YEAR_IN_SECONDS );
			$ents[] = array(
				'user_id'        => $id,
				'customer_email' => "bench{$id}@example.test",
				'plan_id'        => $plans[ array_rand( $plans ) ],
				'source'         => 'order',
				'status'         => $start + YEAR_IN_SECONDS > time() ? 'active' : 'expired',
				'starts_at'      => gmdate( 'Y-m-d H:i:s', $start ),
				'expires_at'     => gmdate( 'Y-m-d H:i:s', $start + YEAR_IN_SECONDS ),
				'paid_at'        => gmdate( 'Y-m-d H:i:s', $start ),
				'created_at'     => gmdate( 'Y-m-d H:i:s', $start ),
				'updated_at'     => gmdate( 'Y-m-d H:i:s', $start ),
			);
		}
	}
	wp24hd_bench_insert( $wpdb->usermeta, $meta );
	wp24hd_bench_insert( Tables::entitlements(), $ents );
	return $ids;
}

/**
 * Adds tickets (about five messages each) until there are `$target`.
 *
 * @param int $target       Tickets wanted in all.
 * @param int $customers    Customers to spread them over.
 * @param int $open_percent Share of tickets not closed yet (all from the last 30 days).
 * @return array<string, int> Counts after seeding.
 */
function wp24hd_bench_seed( int $target, int $customers = 2000, int $open_percent = 22 ): array {
	global $wpdb;
	$ids   = wp24hd_bench_customers( $customers );
	$plans = array_map( static fn( $plan ): int => $plan->id, ( new Plan_Post_Type() )->published() );
	$tech  = (int) ( get_users(
		array(
			'role'   => 'wp24hd_technician',
			'number' => 1,
			'fields' => 'ID',
		)
	)[0] ?? 1 );
	$have  = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Tables::tickets() ) );
	$words = array( 'sito', 'plugin', 'aggiornamento', 'backup', 'modulo', 'email', 'checkout', 'pagina', 'lento', 'errore', 'tema', 'SSL', 'dominio', 'immagini', 'cache' );
	$next  = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COALESCE(MAX(id), 0) FROM %i', Tables::tickets() ) ) + 1;
	$three = 3 * YEAR_IN_SECONDS;
	while ( $have < $target ) {
		$batch    = min( 1000, $target - $have );
		$tickets  = array();
		$messages = array();
		$quotes   = array();
		for ( $i = 0; $i < $batch; $i++, $next++ ) {
			// Of the unfinished tickets: 5 in 22 new, 7 open, 5 waiting for the customer, 5 with a quote out.
			$roll   = wp_rand( 1, 100 ) <= $open_percent ? wp_rand( 1, 22 ) : 0;
			$status = 0 === $roll ? 'closed' : ( $roll <= 5 ? 'new' : ( $roll <= 12 ? 'open' : ( $roll <= 17 ? 'waiting_customer' : 'quote_sent' ) ) );
			// Open work is recent; closed tickets spread over three years.
			$age      = 'closed' === $status ? wp_rand( 86400, $three ) : wp_rand( 3600, 30 * DAY_IN_SECONDS );
			$created  = time() - $age;
			$answered = 'new' === $status ? null : $created + wp_rand( 1800, 10 * HOUR_IN_SECONDS );
			$guest    = wp_rand( 1, 100 ) <= 10;
			$customer = $guest ? 0 : $ids[ array_rand( $ids ) ];
			$last     = min( time(), ( $answered ?? $created ) + wp_rand( 0, 2 * DAY_IN_SECONDS ) );
			$waiting  = 'waiting_customer' === $status ? gmdate( 'Y-m-d H:i:s', time() - wp_rand( 0, 10 * DAY_IN_SECONDS ) ) : null;
			$subject  = ucfirst( $words[ array_rand( $words ) ] ) . ' ' . $words[ array_rand( $words ) ] . ' ' . $next;
			$one_shot = 'quote_sent' === $status || wp_rand( 1, 100 ) <= 15;
			if ( $one_shot ) {
				$quoted   = $answered ?? $created;
				$quotes[] = array(
					'ticket_id'    => $next,
					'amount_cents' => wp_rand( 5, 60 ) * 1000,
					'currency'     => 'EUR',
					'conditions'   => 'Intervento one-shot: ' . $subject,
					// Some sent quotes are past their validity, for the quote-expiry job.
					'valid_until'  => gmdate( 'Y-m-d H:i:s', $quoted + 14 * DAY_IN_SECONDS ),
					'status'       => 'quote_sent' === $status ? 'sent' : ( 'closed' === $status ? ( wp_rand( 0, 1 ) ? 'accepted' : 'declined' ) : 'draft' ),
					'created_by'   => $tech,
					'sent_at'      => 'new' === $status ? null : gmdate( 'Y-m-d H:i:s', $quoted ),
					'created_at'   => gmdate( 'Y-m-d H:i:s', $quoted ),
					'updated_at'   => gmdate( 'Y-m-d H:i:s', $last ),
				);
			}
			$tickets[] = array(
				'id'                 => $next,
				'reference'          => 'B' . strtoupper( str_pad( base_convert( (string) $next, 10, 36 ), 7, '0', STR_PAD_LEFT ) ),
				'subject'            => $subject,
				'type'               => $one_shot ? 'one-shot' : 'support',
				'priority'           => wp_rand( 1, 100 ) <= 8 ? 'urgent' : 'normal',
				'status'             => $status,
				'coverage'           => 'covered',
				'coverage_reason'    => '',
				'customer_id'        => $customer,
				'guest_email'        => $guest ? "guest{$next}@example.test" : '',
				'guest_name'         => $guest ? "Ospite {$next}" : '',
				'plan_id'            => $guest || ! $plans ? 0 : $plans[ array_rand( $plans ) ],
				'assignee_id'        => 'new' === $status ? 0 : $tech,
				'consent_at'         => gmdate( 'Y-m-d H:i:s', $created ),
				'consent_version'    => '2026-1',
				'first_response_due' => gmdate( 'Y-m-d H:i:s', $created + 8 * HOUR_IN_SECONDS ),
				'first_response_at'  => null === $answered ? null : gmdate( 'Y-m-d H:i:s', $answered ),
				'last_activity_at'   => gmdate( 'Y-m-d H:i:s', $last ),
				'waiting_since'      => $waiting,
				'close_reason'       => 'closed' === $status ? ( wp_rand( 1, 100 ) <= 30 ? 'auto_closed' : 'resolved' ) : '',
				'closed_at'          => 'closed' === $status ? gmdate( 'Y-m-d H:i:s', $last ) : null,
				'created_at'         => gmdate( 'Y-m-d H:i:s', $created ),
				'updated_at'         => gmdate( 'Y-m-d H:i:s', $last ),
				// Each customer's site, as the form asks for it; a guest names their own.
				'site_url'           => $guest ? "https://www.ospite{$next}.it/" : "https://www.cliente{$customer}.it/",
			);
			$count     = wp_rand( 2, 8 );
			$thread    = array();
			for ( $m = 0; $m < $count; $m++ ) {
				$staff      = 1 === $m % 2;
				$body       = '<p>' . esc_html( "{$subject}: " . str_repeat( 'dettagli del problema e dei passi fatti. ', wp_rand( 1, 6 ) ) ) . '</p>';
				$messages[] = array(
					'ticket_id'   => $next,
					'author_id'   => $staff ? $tech : $customer,
					'author_role' => $staff ? 'technician' : 'customer',
					'body'        => $body,
					'internal'    => 0,
					'created_at'  => gmdate( 'Y-m-d H:i:s', min( time(), $created + $m * HOUR_IN_SECONDS ) ),
				);
				$thread[]   = end( $messages );
			}
			// The text the search reads, as the repository writes it.
			$tickets[ count( $tickets ) - 1 ] += Search_Text::document( $tickets[ count( $tickets ) - 1 ], $thread );
		}
		wp24hd_bench_insert( Tables::tickets(), $tickets );
		wp24hd_bench_insert( Tables::messages(), $messages );
		wp24hd_bench_insert( Tables::quotes(), $quotes );
		$have += $batch;
	}
	return array(
		'tickets'   => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Tables::tickets() ) ),
		'messages'  => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Tables::messages() ) ),
		'quotes'    => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Tables::quotes() ) ),
		'customers' => count( $ids ),
		'waiting'   => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE status = %s', Tables::tickets(), 'waiting_customer' ) ),
	);
}
