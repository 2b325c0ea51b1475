/**
 * The permission matrix: every REST route and method of `wp24-helpdesk/v1` × every kind of caller
 * → the answer the plugin must give. `ok` is any 2xx; a number is that exact status. README's
 * Security section prints this table (`npm run` nothing: it is read from here by the test).
 *
 * Targets in paths: `{own}` a ticket of the caller (a guest's own ticket for the guest columns, a
 * customer's ticket for staff and the anonymous visitor); `{other}` a ticket of another customer;
 * `{attachment}` a file on that ticket (on a technician's reply), `{note-attachment}` one on an
 * internal note; `{plan}` a published plan; `{entitlement}` the Basic
 * customer's plan holding; `{fresh-entitlement}` a new active holding of another customer.
 * Every check gets fresh targets, so writes never depend on each other.
 */

export const ACTORS = [
	'anonymous',
	'guest',
	'guest, wrong key',
	'subscriber, no plan',
	'Basic customer',
	'Premium customer',
	'expired customer',
	'technician',
	'administrator',
] as const;

export type Actor = ( typeof ACTORS )[ number ];
export type Expected = 'ok' | 401 | 403 | 404;

export type Row = {
	method: 'GET' | 'POST' | 'PATCH';
	path: string;
	/** JSON body of a valid request: authorization is what varies, never validity. */
	body?: Record< string, unknown >;
	/** Give the target ticket a sent quote first. */
	quote?: boolean;
	expect: Record< Actor, Expected >;
};

/**
 * Expectations in ACTORS order.
 *
 * @param statuses One per actor.
 */
function by( ...statuses: Expected[] ): Record< Actor, Expected > {
	return Object.fromEntries(
		ACTORS.map( ( actor, index ) => [ actor, statuses[ index ] ] )
	) as Record< Actor, Expected >;
}

/** Anyone, signed in or not. */
const PUBLIC = by( 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok' );
/** Signed-in users; a guest key is no login. */
const SIGNED_IN = by( 401, 401, 401, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok' );
/** Technicians and administrators (wp24hd_manage_tickets or wp24hd_manage_plans). */
const STAFF = by( 401, 401, 401, 403, 403, 403, 403, 'ok', 'ok' );
/** Settings managers (wp24hd_manage_settings): administrators. */
const SETTINGS = by( 401, 401, 401, 403, 403, 403, 403, 403, 'ok' );
/** The caller's own ticket: its customer, its guest with the right key, staff. */
const OWN_TICKET = by( 404, 'ok', 404, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok' );
/** Someone else's ticket: the same 404 as a ticket that does not exist. */
const OTHER_TICKET = by( 404, 404, 404, 404, 404, 404, 404, 'ok', 'ok' );
/** A quote decision: the customer's alone; staff are refused, strangers see nothing. */
const OWN_DECISION = by( 404, 'ok', 404, 'ok', 'ok', 'ok', 'ok', 403, 403 );
const OTHER_DECISION = by( 404, 404, 404, 404, 404, 404, 404, 403, 403 );

/** No WordPress user, administrators included: only an inbound-mail service with its credentials. */
const MAIL_SERVICE = by( 401, 401, 401, 401, 401, 401, 401, 401, 401 );

const TICKETS = '/wp24-helpdesk/v1/tickets';

export const MATRIX: Row[] = [
	{ method: 'GET', path: '/wp24-helpdesk/v1', expect: PUBLIC },
	{ method: 'GET', path: '/wp24-helpdesk/v1/plans', expect: PUBLIC },
	{ method: 'GET', path: '/wp24-helpdesk/v1/plans/{plan}', expect: PUBLIC },
	{ method: 'GET', path: '/wp24-helpdesk/v1/availability', expect: PUBLIC },
	{ method: 'GET', path: '/wp24-helpdesk/v1/me', expect: PUBLIC },
	{ method: 'GET', path: '/wp24-helpdesk/v1/settings', expect: SETTINGS },
	{
		method: 'PATCH',
		path: '/wp24-helpdesk/v1/settings',
		body: { auto_close_days: 7 },
		expect: SETTINGS,
	},
	{ method: 'GET', path: '/wp24-helpdesk/v1/mailbox', expect: SETTINGS },
	{
		method: 'PATCH',
		path: '/wp24-helpdesk/v1/mailbox',
		body: { folder: 'INBOX' },
		expect: SETTINGS,
	},
	{
		method: 'POST',
		path: '/wp24-helpdesk/v1/mailbox/test',
		expect: SETTINGS,
	},
	{ method: 'GET', path: '/wp24-helpdesk/v1/dashboard', expect: STAFF },
	{
		method: 'POST',
		path: '/wp24-helpdesk/v1/inbound-email/postmark',
		body: {
			From: 'matrix@example.test',
			RawEmail:
				'From: matrix@example.test\r\nSubject: Matrix\r\nMessage-ID: <matrix@example.test>\r\n\r\nA message that no WordPress user may post.',
		},
		expect: MAIL_SERVICE,
	},
	{
		method: 'GET',
		path: '/wp24-helpdesk/v1/customers?search=example',
		expect: STAFF,
	},
	{
		method: 'GET',
		path: '/wp24-helpdesk/v1/entitlements',
		expect: SIGNED_IN,
	},
	{
		method: 'POST',
		path: '/wp24-helpdesk/v1/entitlements',
		body: {
			user_id: '{other-user}',
			plan_id: '{plan}',
			reason: 'Matrix',
			duration_days: 30,
		},
		expect: STAFF,
	},
	{
		method: 'GET',
		path: '/wp24-helpdesk/v1/entitlements/{entitlement}',
		expect: by( 401, 401, 401, 404, 'ok', 404, 404, 'ok', 'ok' ),
	},
	{
		method: 'POST',
		path: '/wp24-helpdesk/v1/entitlements/{fresh-entitlement}/extend',
		body: { days: 30, reason: 'Matrix' },
		expect: STAFF,
	},
	{
		method: 'POST',
		path: '/wp24-helpdesk/v1/entitlements/{fresh-entitlement}/revoke',
		body: { reason: 'Matrix' },
		expect: STAFF,
	},
	{
		method: 'POST',
		path: '/wp24-helpdesk/v1/entitlements/{fresh-entitlement}/contacts',
		body: { channel: 'phone', outcome: 'thinking', note: 'Matrix' },
		expect: STAFF,
	},
	{ method: 'GET', path: TICKETS, expect: SIGNED_IN },
	{
		method: 'POST',
		path: TICKETS,
		body: {
			subject: 'Matrix request',
			message: 'The contact form of the site does not send.',
			type: 'one-shot',
			name: 'Matrix Visitor',
			email: 'matrix@example.test',
			consent: true,
		},
		expect: PUBLIC,
	},
	{ method: 'GET', path: `${ TICKETS }/{own}`, expect: OWN_TICKET },
	{ method: 'GET', path: `${ TICKETS }/{other}`, expect: OTHER_TICKET },
	{
		method: 'PATCH',
		path: `${ TICKETS }/{own}`,
		body: { status: 'closed' },
		expect: OWN_TICKET,
	},
	{
		method: 'PATCH',
		path: `${ TICKETS }/{other}`,
		body: { status: 'closed' },
		expect: OTHER_TICKET,
	},
	{ method: 'GET', path: `${ TICKETS }/{own}/messages`, expect: OWN_TICKET },
	{
		method: 'GET',
		path: `${ TICKETS }/{other}/messages`,
		expect: OTHER_TICKET,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{own}/messages`,
		body: { body: '<p>More details: it started yesterday.</p>' },
		expect: OWN_TICKET,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{other}/messages`,
		body: { body: '<p>More details: it started yesterday.</p>' },
		expect: OTHER_TICKET,
	},
	{
		method: 'GET',
		path: `${ TICKETS }/{own}/attachments/{attachment}`,
		expect: OWN_TICKET,
	},
	{
		method: 'GET',
		path: `${ TICKETS }/{other}/attachments/{attachment}`,
		expect: OTHER_TICKET,
	},
	{
		method: 'GET',
		path: `${ TICKETS }/{own}/attachments/{note-attachment}`,
		expect: OTHER_TICKET,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{own}/quote`,
		body: {
			amount: 120,
			conditions: 'Matrix work',
			valid_until: '{in-a-week}',
			send: true,
		},
		expect: STAFF,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{own}/quote/accept`,
		quote: true,
		expect: OWN_DECISION,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{other}/quote/accept`,
		quote: true,
		expect: OTHER_DECISION,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{own}/quote/decline`,
		quote: true,
		expect: OWN_DECISION,
	},
	{
		method: 'POST',
		path: `${ TICKETS }/{other}/quote/decline`,
		quote: true,
		expect: OTHER_DECISION,
	},
	{ method: 'POST', path: `${ TICKETS }/{own}/viewers`, expect: STAFF },
];

/**
 * The matrix as the Markdown table README's Security section shows (a unit test keeps them equal).
 */
export function matrixTable(): string {
	const short: Record< Actor, string > = {
		anonymous: 'anon',
		guest: 'guest key',
		'guest, wrong key': 'wrong key',
		'subscriber, no plan': 'no plan',
		'Basic customer': 'Basic',
		'Premium customer': 'Premium',
		'expired customer': 'expired',
		technician: 'tech',
		administrator: 'admin',
	};
	const cell = ( expected: Expected ) =>
		expected === 'ok' ? '✓' : String( expected );
	return [
		`| route | ${ ACTORS.map( ( actor ) => short[ actor ] ).join( ' | ' ) } |`,
		`|---|${ ACTORS.map( () => '---' ).join( '|' ) }|`,
		...MATRIX.map(
			( row ) =>
				`| \`${ row.method } ${ row.path.replace( '/wp24-helpdesk/v1', '' ) || '/' }\`${
					row.quote ? ' (quote sent)' : ''
				} | ${ ACTORS.map( ( actor ) => cell( row.expect[ actor ] ) ).join( ' | ' ) } |`
		),
	].join( '\n' );
}
