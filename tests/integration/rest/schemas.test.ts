/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

/**
 * The committed copy of every resource schema the plugin's routes declare, and of the admin page's
 * start-up data (`wp24hd-admin-boot-data`, Boot_Data_Schema::schema()): the input of the generated
 * TypeScript types (bin/rest-types.mjs → src/shared/rest/types.generated.ts).
 * `WP24_UPDATE_REST_SCHEMAS=1` rewrites it from the live site (`npm run rest-types`).
 */
const SCHEMAS_FILE = path.resolve(
	__dirname,
	'../../../src/shared/rest/schemas.json'
);

/**
 * The committed copy of what every route takes (its arguments, by method and route), the input of
 * the generated request types.
 */
const REQUESTS_FILE = path.resolve(
	__dirname,
	'../../../src/shared/rest/requests.json'
);

/**
 * Every route of the namespace with a concrete path, its OPTIONS answer, and each distinct schema
 * (the route's and any handler's `response_schema`) by title.
 */
const ROUTES_PHP = `
	$server   = rest_get_server();
	$routes   = array();
	$schemas  = array();
	$requests = array();
	// What a client sends: the JSON Schema keywords of each argument, without WordPress's callbacks.
	$keywords = array_flip( array( 'type', 'enum', 'items', 'properties', 'description', 'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'default' ) );
	$argument = static function ( array $schema ) use ( &$argument, $keywords ): array {
		$schema = array_intersect_key( $schema, $keywords );
		if ( isset( $schema['items'] ) && is_array( $schema['items'] ) ) {
			$schema['items'] = $argument( $schema['items'] );
		}
		if ( isset( $schema['properties'] ) && is_array( $schema['properties'] ) ) {
			$schema['properties'] = array_map( $argument, $schema['properties'] );
		}
		return $schema;
	};
	// The timezone list is the PHP build's, not the plugin's: the committed copy keeps it a string.
	$zones   = timezone_identifiers_list();
	$portable = static function ( array $schema ) use ( &$portable, $zones ): array {
		if ( isset( $schema['enum'] ) && $schema['enum'] === $zones ) {
			unset( $schema['enum'] );
		}
		foreach ( $schema as $key => $value ) {
			if ( is_array( $value ) ) {
				$schema[ $key ] = $portable( $value );
			}
		}
		return $schema;
	};
	foreach ( $server->get_routes( 'wp24-helpdesk/v1' ) as $route => $handlers ) {
		if ( '/wp24-helpdesk/v1' === $route ) {
			continue; // WordPress's own index of the namespace.
		}
		$concrete = preg_replace( array( '/\\(\\?P<id>[^)]+\\)/', '/\\(\\?P<service>[^)]+\\)/', '/\\(\\?P<[a-z_]+>[^)]+\\)/' ), array( '1', 'postmark', '1' ), $route );
		$answer   = rest_do_request( new WP_REST_Request( 'OPTIONS', $concrete ) );
		$schema   = $answer->get_data()['schema'] ?? null;
		$routes[] = array(
			'route'  => $route,
			'status' => $answer->get_status(),
			'title'  => $schema['title'] ?? '',
			'fields' => isset( $schema['properties'] ) ? count( $schema['properties'] ) : 0,
		);
		$sources = array( $server->get_route_options( $route )['schema'] ?? null );
		$named   = preg_replace( '/\\(\\?P<([a-z_]+)>[^)]+\\)/', '{$1}', $route );
		foreach ( $handlers as $handler ) {
			$sources[] = $handler['response_schema'] ?? null;
			// One entry per handler, under the method a client uses for it (PATCH for an edit).
			$methods = array_keys( array_filter( $handler['methods'] ) );
			$method  = current( array_intersect( array( 'GET', 'PATCH', 'POST', 'DELETE', 'PUT' ), $methods ) );
			$args    = (array) ( $handler['args'] ?? array() );
			$requests[ $method . ' ' . $named ] = $portable(
				array(
					'type'       => 'object',
					'properties' => array_map( $argument, $args ),
					'required'   => array_keys( array_filter( $args, static fn( $arg ): bool => ! empty( $arg['required'] ) ) ),
				)
			);
		}
		foreach ( array_filter( $sources ) as $source ) {
			$one = $portable( call_user_func( $source ) );
			$schemas[ $one['title'] ] = $one;
		}
	}
	// Not a route's: what the admin page prints before the app (the generated AdminBootData).
	$boot = WP24\\Helpdesk\\Admin\\Boot_Data_Schema::schema();
	$schemas[ $boot['title'] ] = $boot;
	ksort( $schemas );
	ksort( $requests );
	echo wp_json_encode( array( 'routes' => $routes, 'schemas' => $schemas, 'requests' => $requests ) );
`;

describe( 'the REST contract', () => {
	const site = useSite();

	it( 'answers OPTIONS on every route with the schema of its resource, and the committed copy is current', async () => {
		const { routes, schemas, requests } = await site().phpJson< {
			routes: Array< {
				route: string;
				status: number;
				title: string;
				fields: number;
			} >;
			schemas: Record< string, unknown >;
			requests: Record< string, unknown >;
		} >( ROUTES_PHP );

		// Twenty-three routes at the time of writing (an empty walk would prove nothing).
		expect( routes.length ).toBeGreaterThanOrEqual( 23 );
		const without = routes.filter(
			( { status, title, fields } ) =>
				status !== 200 || ! title.startsWith( 'wp24hd-' ) || fields < 1
		);
		expect( without ).toEqual( [] );

		if ( process.env.WP24_UPDATE_REST_SCHEMAS ) {
			fs.writeFileSync(
				SCHEMAS_FILE,
				JSON.stringify( schemas, null, '\t' ) + '\n'
			);
			fs.writeFileSync(
				REQUESTS_FILE,
				JSON.stringify( requests, null, '\t' ) + '\n'
			);
		}
		// Stale when a schema or an argument changed and `npm run rest-types` was not run.
		expect( schemas ).toEqual(
			JSON.parse( fs.readFileSync( SCHEMAS_FILE, 'utf8' ) )
		);
		expect( requests ).toEqual(
			JSON.parse( fs.readFileSync( REQUESTS_FILE, 'utf8' ) )
		);
	} );

	it( 'narrows every list to the fields asked for with _fields', async () => {
		const made = await site().phpJson< {
			ticket: number;
			customer: number;
		} >( `
			${ SERVICES_PHP }
			$plan     = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
			$customer = $new_user( 'subscriber' );
			$purchases->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $customer, $plan, 9100, 9101, $ago( 'PT1H' ) ) );
			$ticket   = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $customer, 'Fields ticket', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::SUPPORT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) )['ticket'];
			echo wp_json_encode( array( 'ticket' => $ticket->id(), 'customer' => $customer ) );
		` );
		const admin = await site().createUser( 'administrator' );
		const session = await site().loginAs( admin.login, admin.password );
		const lists = [
			[ 'tickets', 'id,reference' ],
			[ `tickets/${ made.ticket }/messages`, 'id,author_role' ],
			[ 'customers?search=example.test', 'id,email' ],
			[ `entitlements?user_id=${ made.customer }`, 'id,status' ],
			[ 'plans', 'id,name' ],
		];
		for ( const [ route, fields ] of lists ) {
			const joiner = route.includes( '?' ) ? '&' : '?';
			const response = await session.rest(
				`/wp24-helpdesk/v1/${ route }${ joiner }_fields=${ fields }`
			);
			expect( { route, status: response.status } ).toEqual( {
				route,
				status: 200,
			} );
			const items = response.json() as Array< Record< string, unknown > >;
			expect( { route, count: items.length > 0 } ).toEqual( {
				route,
				count: true,
			} );
			for ( const item of items ) {
				expect( { route, keys: Object.keys( item ).sort() } ).toEqual( {
					route,
					keys: fields.split( ',' ).sort(),
				} );
			}
		}
	} );

	it( "prints the admin page's start-up data as its schema says, for an administrator and a technician", async () => {
		for ( const role of [ 'administrator', 'wp24hd_technician' ] ) {
			const user = await site().createUser( role );
			const session = await site().loginAs( user.login, user.password );
			const screen = await session.request(
				'/wp-admin/admin.php?page=wp24-helpdesk'
			);
			expect( screen.status ).toBe( 200 );
			const printed =
				/window\.wp24hdAdmin = (\{.*?\});/.exec( screen.text )?.[ 1 ] ??
				'';
			// Something was printed, with what the two roles differ in.
			expect( JSON.parse( printed ).canSettings ).toBe(
				role === 'administrator'
			);
			const problems = await site().phpJson< string[] >( `
				$printed = json_decode( base64_decode( '${ Buffer.from( printed ).toString(
					'base64'
				) }' ), true );
				$valid   = rest_validate_value_from_schema( $printed, WP24\\Helpdesk\\Admin\\Boot_Data_Schema::schema(), 'wp24hdAdmin' );
				echo wp_json_encode( is_wp_error( $valid ) ? $valid->get_error_messages() : array() );
			` );
			expect( { role, problems } ).toEqual( { role, problems: [] } );
		}
	} );
} );
