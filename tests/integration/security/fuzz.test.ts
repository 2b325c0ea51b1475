/**
 * External dependencies
 */
import fc from 'fast-check';

/**
 * Internal dependencies
 */
import { SERVICES_PHP } from '../harness/php-services';
import { useSite } from '../harness/use-site';

/**
 * Property-based fuzzing of every write route: whatever arguments arrive (types swapped, hostile
 * strings, unknown keys, nesting), the answer is never a 5xx, never names SQL, a file path or a
 * stack, and never carries another customer's data; and no PHP warning is raised (the harness
 * fails the file on any). The samples are drawn with a fixed seed (`WP24_FUZZ_SEED` to explore
 * others) and sent in one PHP batch through WordPress's REST server.
 */

const SEED = Number( process.env.WP24_FUZZ_SEED ?? 20261126 );
// Native PHP answers in milliseconds, Playground in tens of them: each lane draws what it affords.
const RUNS = Number(
	process.env.WP24_FUZZ_RUNS ??
		( process.env.WP24_BACKEND === 'mariadb' ? 60 : 12 )
);

/** Each write route, who calls it, and the argument names it knows. */
const ROUTES: Array< {
	method: string;
	path: string;
	as: string;
	args: string[];
} > = [
	{
		method: 'POST',
		path: '/tickets',
		as: 'anonymous',
		args: [
			'subject',
			'message',
			'type',
			'priority',
			'service',
			'site_url',
			'consent',
			'name',
			'email',
			'website',
			'started',
			'idempotency_key',
		],
	},
	{
		method: 'POST',
		path: '/tickets',
		as: 'customer',
		args: [
			'subject',
			'message',
			'type',
			'priority',
			'service',
			'site_url',
			'consent',
			'idempotency_key',
		],
	},
	{
		method: 'PATCH',
		path: '/tickets/{own}',
		as: 'customer',
		args: [ 'status', 'close_reason', 'priority', 'assignee_id' ],
	},
	{
		method: 'PATCH',
		path: '/tickets/{own}',
		as: 'technician',
		args: [
			'status',
			'close_reason',
			'priority',
			'assignee_id',
			'coverage',
			'coverage_reason',
		],
	},
	{
		method: 'POST',
		path: '/tickets/{own}/messages',
		as: 'customer',
		args: [ 'body', 'internal', 'idempotency_key' ],
	},
	{
		method: 'POST',
		path: '/tickets/{own}/messages',
		as: 'technician',
		args: [ 'body', 'internal', 'idempotency_key' ],
	},
	{
		method: 'POST',
		path: '/tickets/{own}/quote',
		as: 'technician',
		args: [ 'amount', 'currency', 'conditions', 'valid_until', 'send' ],
	},
	{
		method: 'POST',
		path: '/tickets/{own}/quote/accept',
		as: 'customer',
		args: [],
	},
	{
		method: 'POST',
		path: '/tickets/{own}/quote/decline',
		as: 'customer',
		args: [ 'reason' ],
	},
	{
		method: 'POST',
		path: '/tickets/{own}/viewers',
		as: 'technician',
		args: [],
	},
	{
		method: 'PATCH',
		path: '/settings',
		as: 'administrator',
		args: [
			'weekly_hours',
			'holidays',
			'closures',
			'timezone',
			'auto_close_days',
			'auto_close_reminder_hours',
			'max_upload_mb',
			'support_email',
			'staff_emails',
			'notifications',
			'saved_replies',
			'consent_version',
		],
	},
	{
		method: 'POST',
		path: '/entitlements',
		as: 'technician',
		args: [ 'user_id', 'plan_id', 'reason', 'duration_days' ],
	},
	{
		method: 'POST',
		path: '/entitlements/{entitlement}/extend',
		as: 'technician',
		args: [ 'days', 'reason' ],
	},
	{
		method: 'POST',
		path: '/entitlements/{entitlement}/revoke',
		as: 'technician',
		args: [ 'reason' ],
	},
	{
		method: 'POST',
		path: '/entitlements/{entitlement}/contacts',
		as: 'technician',
		args: [ 'channel', 'outcome', 'note' ],
	},
];

/** Strings attackers and broken clients send. */
const HOSTILE = fc.constantFrom(
	"' OR '1'='1' -- ",
	'1; DROP TABLE wp_users',
	'../../../../wp-config.php',
	'<script>alert(1)</script>',
	'\u0000',
	'%00',
	'${jndi:ldap://x}',
	'1e309',
	'-1',
	'NaN',
	'𝕏'.repeat( 300 ),
	'a'.repeat( 25000 ),
	'2026-02-30T25:61:00Z',
	'closed',
	'urgent',
	'{"$gt":""}'
);

const VALUE: fc.Arbitrary< unknown > = fc.letrec( ( tie ) => ( {
	value: fc.oneof(
		{ depthSize: 'small' },
		HOSTILE,
		fc.string(),
		fc.integer(),
		fc.double(),
		fc.boolean(),
		fc.constant( null ),
		fc.array( tie( 'value' ), { maxLength: 3 } ),
		fc.dictionary( fc.string( { maxLength: 8 } ), tie( 'value' ), {
			maxKeys: 3,
		} )
	),
} ) ).value;

/**
 * Random bodies for a route: its own argument names (and some unknown ones) with any values.
 *
 * @param args Argument names the route knows.
 */
function bodies( args: string[] ): Array< Record< string, unknown > > {
	const key = args.length
		? fc.oneof( fc.constantFrom( ...args ), fc.string( { maxLength: 12 } ) )
		: fc.string( { maxLength: 12 } );
	return fc.sample( fc.dictionary( key, VALUE, { maxKeys: 6 } ), {
		seed: SEED,
		numRuns: RUNS,
	} );
}

const FUZZ_PHP = `
	${ SERVICES_PHP }
	global $wpdb;
	$cases = json_decode( base64_decode( '%CASES%' ), true );
	$ids = array(
		'anonymous'     => 0,
		'customer'      => $new_user( 'subscriber' ),
		'technician'    => $new_user( 'wp24hd_technician' ),
		'administrator' => $new_user( 'administrator' ),
	);
	// Another customer's ticket whose words must never show up in an answer to someone else.
	$other = $new_user( 'subscriber' );
	$intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $other, 'OTHERSECRET subject', 'OTHERSECRET message about the site.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) );
	$plan  = wp_insert_post( array( 'post_type' => 'wp24hd_plan', 'post_title' => 'Piano Basic', 'post_status' => 'publish' ) );
	$order = 7000;
	$out   = array();
	foreach ( $cases as $case ) {
		$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '%wp24hd_rl_%'" );
		delete_option( 'wp24hd_test_mails' );
		wp_set_current_user( 0 );
		$own = $intakes->intake( new WP24\\Helpdesk\\Tickets\\Intake( $ids['customer'], 'Fuzz target', 'The contact form of the site does not send.', WP24\\Helpdesk\\Tickets\\Ticket_Type::ONE_SHOT, WP24\\Helpdesk\\Tickets\\Ticket_Priority::NORMAL, '', '', true ) )['ticket'];
		if ( str_contains( $case['path'], '/quote/' ) ) {
			$quotes->create( $own, 5000, 'EUR', 'Fuzz work', $ahead( 'P7D' ), true, $ids['technician'] );
		}
		$entitlement = $purchases->grant_for_purchase( new WP24\\Helpdesk\\Entitlements\\Purchase( $ids['customer'], $plan, ++$order, ++$order, $ago( 'PT1H' ) ) )->id;
		wp_set_current_user( $ids[ $case['as'] ] );
		$request = new WP_REST_Request( $case['method'], '/wp24-helpdesk/v1' . strtr( $case['path'], array( '{own}' => $own->id(), '{entitlement}' => $entitlement ) ) );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $case['body'] ) );
		$response = rest_do_request( $request );
		$out[]    = array( 'status' => $response->get_status(), 'body' => (string) wp_json_encode( $response->get_data() ) );
	}
	wp_set_current_user( 0 );
	echo wp_json_encode( $out );
`;

describe( 'fuzzing the write routes', () => {
	const site = useSite();

	it( `never answers 5xx, leaks SQL, paths or another customer's data (seed ${ SEED }, ${ RUNS } bodies per route)`, async () => {
		const cases = ROUTES.flatMap( ( route ) =>
			bodies( route.args ).map( ( body ) => ( { ...route, body } ) )
		);
		const encoded = Buffer.from( JSON.stringify( cases ) ).toString(
			'base64'
		);
		const answers = await site().phpJson<
			Array< { status: number; body: string } >
		>( FUZZ_PHP.replace( '%CASES%', encoded ) );
		expect( answers ).toHaveLength( cases.length );
		const bad = answers
			.map( ( answer, index ) => ( { ...answer, index } ) )
			.filter(
				( { status, body } ) =>
					status >= 500 ||
					/SQL syntax|database error|wpdb|Stack trace|Fatal error|\/wp-content\/|\/tmp\/|\.php:\d|ABSPATH/i.test(
						body
					) ||
					body.includes( 'OTHERSECRET' )
			)
			.map(
				( { status, body, index } ) =>
					`${ cases[ index ].method } ${ cases[ index ].path } as ${ cases[ index ].as } with ${ JSON.stringify( cases[ index ].body ).slice( 0, 200 ) } → ${ status } ${ body.slice( 0, 200 ) }`
			);
		expect( bad ).toEqual( [] );
		// The fuzzer reached the handlers, not only the argument checks.
		expect(
			answers.filter( ( a ) => a.status < 300 ).length
		).toBeGreaterThan( 0 );
	} );
} );
