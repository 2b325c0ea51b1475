/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';
import { ACTORS, MATRIX } from './permission-matrix';

/**
 * Walks the whole matrix inside WordPress: for each route, method and caller, fresh targets are
 * made through the plugin's services, the caller becomes the current user (or sends a guest key),
 * and the request goes through WordPress's REST server (`rest_do_request`: routing, argument
 * validation, permission callbacks, handlers). One PHP run, so the matrix costs seconds, not a
 * request per cell; the HTTP layer (cookies, nonces) is covered by the HTTP tests.
 */
const WALK_PHP = `
	${ SERVICES_PHP }
	global $wpdb;
	$rows   = json_decode( base64_decode( '%ROWS%' ), true );
	$actors = json_decode( base64_decode( '%ACTORS%' ), true );
	$plan   = static fn( string $title, bool $phone ) => wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => $title, 'post_status' => 'publish', 'meta_input' => array( 'wp24hd_phone_support' => $phone ) ) );
	$basic_plan   = $plan( 'Piano Basic', false );
	$premium_plan = $plan( 'Piano Premium', true );
	$order        = 5000;
	$grant        = static function ( int $user_id, int $plan_id, string $paid_ago = 'PT1H' ) use ( $purchases, $ago, &$order ) {
		return $purchases->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $user_id, $plan_id, ++$order, ++$order, $ago( $paid_ago ) ) );
	};
	$ids = array(
		'subscriber, no plan' => $new_user( 'subscriber' ),
		'Basic customer'      => $new_user( 'subscriber' ),
		'Premium customer'    => $new_user( 'subscriber' ),
		'expired customer'    => $new_user( 'subscriber' ),
		'technician'          => $new_user( 'wp24hd_technician' ),
		'administrator'       => $new_user( 'administrator' ),
	);
	$other_user        = $new_user( 'subscriber' );
	$basic_entitlement = $grant( $ids['Basic customer'], $basic_plan )->id;
	$grant( $ids['Premium customer'], $premium_plan );
	$grant( $other_user, $basic_plan );
	$renewals->expire( $grant( $ids['expired customer'], $basic_plan, 'P400D' ) );
	$tech = $ids['technician'];

	$ticket_of = static function ( int $user_id ) use ( $intakes ): array {
		$made = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $user_id, 'Matrix ticket', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true, $user_id ? '' : 'Matrix Guest', $user_id ? '' : 'matrix-guest@example.test' ) );
		return array( 'ticket' => $made['ticket'], 'key' => (string) $made['guest_key'] );
	};
	// A file on a technician's public reply, or on an internal note customers never see.
	$attach = static function ( $ticket, bool $internal = false ) use ( $replies, $repo, $settings, $tech, $wpdb ): int {
		$replies->reply( $repo->find( $ticket->id() ), $tech, true, '<p>Here is the log.</p>', $internal );
		$message = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT MAX(id) FROM %i WHERE ticket_id = %d AND author_id = %d AND internal = %d', WP24\\Helpdesk\\Schema\\Tables::messages(), $ticket->id(), $tech, (int) $internal ) );
		$file    = tempnam( get_temp_dir(), 'matrix' );
		file_put_contents( $file, 'log line' );
		$stored = ( new WP24\\Helpdesk\\Attachments\\Attachment_Store( $settings ) )->store( $ticket->id(), $message, $tech, array( array( 'tmp_name' => $file, 'name' => 'log.txt', 'size' => 8 ) ) );
		return $stored[0];
	};

	/*
	 * The contract: a 2xx answer matches the schema its route declares (types, formats, enums, no
	 * undeclared field, every required field), and a caller who is not staff receives no field the
	 * schema keeps for the \`edit\` context. Returns what is wrong, '' when nothing is.
	 */
	$leaks    = static function ( $data, array $properties, string $at ) use ( &$leaks ): array {
		$found = array();
		foreach ( is_array( $data ) ? $data : array() as $name => $value ) {
			$property = $properties[ $name ] ?? array();
			if ( ! in_array( 'view', (array) ( $property['context'] ?? array( 'view' ) ), true ) ) {
				$found[] = $at . $name;
			} elseif ( is_array( $value ) && isset( $property['properties'] ) ) {
				$found = array_merge( $found, $leaks( $value, $property['properties'], $at . $name . '.' ) );
			}
		}
		return $found;
	};
	$contract = static function ( WP_REST_Response $response, bool $staff ) use ( $leaks ): string {
		if ( '/wp24-helpdesk/v1' === $response->get_matched_route() ) {
			return ''; // WordPress's own index of the namespace.
		}
		$options = rest_get_server()->get_route_options( $response->get_matched_route() );
		// A method that answers another resource than its route's names that schema (its response_schema).
		$handler = $response->get_matched_handler();
		$source  = $handler['response_schema'] ?? $options['schema'] ?? null;
		if ( ! $source ) {
			return 'no schema';
		}
		if ( $response instanceof WP24\\Helpdesk\\Rest\\File_Response ) {
			return ''; // The file itself: the schema describes it as messages list it.
		}
		$schema = call_user_func( $source );
		$data   = json_decode( wp_json_encode( $response->get_data() ), true );
		$list   = is_array( $data ) && array_is_list( $data );
		$valid  = rest_validate_value_from_schema( $data, $list ? array( 'type' => 'array', 'items' => $schema ) : $schema, 'response' );
		if ( is_wp_error( $valid ) ) {
			return $valid->get_error_message();
		}
		$leaked = array();
		foreach ( ( $list ? $data : array( $data ) ) as $item ) {
			$leaked = array_merge( $leaked, $staff ? array() : $leaks( $item, $schema['properties'], '' ) );
		}
		return $leaked ? 'staff-only fields: ' . implode( ', ', array_unique( $leaked ) ) : '';
	};

	$results = array();
	$matched = array();
	foreach ( $rows as $index => $row ) {
		foreach ( $actors as $actor ) {
			// Intake and key checks are rate-limited per client: every cell starts from zero.
			$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '%wp24hd_rl_%'" );
			// The mail catcher keeps every email in one option: start each cell with it empty.
			delete_option( 'wp24hd_test_mails' );
			wp_cache_flush();
			wp_set_current_user( 0 );
			$is_guest = in_array( $actor, array( 'anonymous', 'guest', 'guest, wrong key' ), true );
			$user_id  = $ids[ $actor ] ?? 0;
			$values   = array(
				'{plan}'              => $basic_plan,
				'{entitlement}'       => $basic_entitlement,
				'{other-user}'        => $other_user,
				'{in-a-week}'         => $ahead( 'P7D' )->format( DATE_ATOM ),
			);
			$key = '';
			if ( str_contains( $row['path'], '{fresh-entitlement}' ) ) {
				$values['{fresh-entitlement}'] = $grant( $other_user, $basic_plan )->id;
			}
			foreach ( array( 'own', 'other' ) as $which ) {
				if ( ! str_contains( $row['path'], '{' . $which . '}' ) ) {
					continue;
				}
				$owner  = 'own' === $which && ! $is_guest && ! in_array( $actor, array( 'technician', 'administrator' ), true ) ? $user_id : ( 'own' === $which ? 0 : $other_user );
				$target = $ticket_of( $owner );
				if ( 'own' === $which && 'guest' === $actor ) {
					$key = $target['key'];
				}
				if ( ! empty( $row['quote'] ) ) {
					$quotes->create( $target['ticket'], 12000, 'EUR', 'Matrix work', $ahead( 'P7D' ), true, $tech );
				}
				if ( str_contains( $row['path'], '{attachment}' ) ) {
					$values['{attachment}'] = $attach( $target['ticket'] );
				}
				if ( str_contains( $row['path'], '{note-attachment}' ) ) {
					$values['{note-attachment}'] = $attach( $target['ticket'], true );
				}
				$values[ '{' . $which . '}' ] = $target['ticket']->id();
			}
			if ( 'guest, wrong key' === $actor ) {
				$key = bin2hex( random_bytes( 32 ) );
			}
			wp_set_current_user( $user_id );
			$path    = strtr( $row['path'], $values );
			$parts   = explode( '?', $path, 2 );
			$request = new WP_REST_Request( $row['method'], $parts[0] );
			if ( isset( $parts[1] ) ) {
				parse_str( $parts[1], $query );
				$request->set_query_params( $query );
			}
			if ( isset( $row['body'] ) ) {
				$body = json_decode( strtr( wp_json_encode( $row['body'] ), array_map( 'strval', $values ) ), true );
				foreach ( $body as $name => $value ) {
					// Numbers written as placeholders go back to numbers.
					$body[ $name ] = is_string( $value ) && ctype_digit( $value ) ? (int) $value : $value;
				}
				$request->set_header( 'Content-Type', 'application/json' );
				$request->set_body( wp_json_encode( $body ) );
			}
			if ( '' !== $key ) {
				$request->set_header( 'X-WP24-Ticket-Key', $key );
			}
			$response = rest_do_request( $request );
			$status   = $response->get_status();
			$results[ $index ][ $actor ] = array(
				'status'   => $status,
				'code'     => $status >= 400 ? ( $response->get_data()['code'] ?? '' ) : '',
				'contract' => $status < 300 ? $contract( $response, in_array( $actor, array( 'technician', 'administrator' ), true ) ) : '',
			);
			$matched[ $row['method'] . ' ' . $response->get_matched_route() ] = true;
		}
	}
	wp_set_current_user( 0 );
	$registered = array();
	foreach ( rest_get_server()->get_routes( 'wp24-helpdesk/v1' ) as $route => $handlers ) {
		foreach ( $handlers as $handler ) {
			$methods      = array_keys( $handler['methods'] );
			$registered[] = array( 'route' => $route, 'methods' => $methods );
		}
	}
	echo wp_json_encode( array( 'results' => $results, 'matched' => array_keys( $matched ), 'registered' => $registered ) );
`;

describe( 'the permission matrix', () => {
	const site = useSite();

	it( 'answers every route, method and caller as written in the matrix', async () => {
		const encode = ( value: unknown ) =>
			Buffer.from( JSON.stringify( value ) ).toString( 'base64' );
		const walk = await site().phpJson< {
			results: Array<
				Record<
					string,
					{ status: number; code: string; contract: string }
				>
			>;
			matched: string[];
			registered: Array< { route: string; methods: string[] } >;
		} >(
			WALK_PHP.replace( '%ROWS%', encode( MATRIX ) ).replace(
				'%ACTORS%',
				encode( ACTORS )
			)
		);

		const wrong: string[] = [];
		const broken: string[] = [];
		MATRIX.forEach( ( row, index ) => {
			for ( const actor of ACTORS ) {
				const { status, code, contract } =
					walk.results[ index ][ actor ];
				if ( contract ) {
					broken.push(
						`${ row.method } ${ row.path } as ${ actor }: ${ contract }`
					);
				}
				const expected = row.expect[ actor ];
				const fits =
					expected === 'ok'
						? status >= 200 && status < 300
						: status === expected;
				if ( ! fits ) {
					wrong.push(
						`${ row.method } ${ row.path } as ${ actor }: ${ status } ${ code } (expected ${ expected })`
					);
				}
			}
		} );
		expect( wrong ).toEqual( [] );
		// Every answer keeps its route's schema, and only staff read staff-only fields.
		expect( broken ).toEqual( [] );

		// Every registered route and method is in the matrix: a new route cannot skip it.
		const uncovered = walk.registered
			.filter(
				( { route, methods } ) =>
					! methods.some( ( method ) =>
						walk.matched.includes( `${ method } ${ route }` )
					)
			)
			.map(
				( { route, methods } ) => `${ methods.join( ',' ) } ${ route }`
			);
		expect( uncovered ).toEqual( [] );
	} );
} );
