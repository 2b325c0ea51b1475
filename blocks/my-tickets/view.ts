/**
 * WordPress dependencies
 */
import { getContext, getElement, store } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { withChosenFiles } from '../../src/shared/form-files';
import { formatMoney } from '../../src/shared/money';
import type {
	Message as RestMessage,
	TicketForCustomer,
} from '../../src/shared/rest/types.generated';

/**
 * My tickets on the front end: lists the signed-in customer's tickets, or opens the one a guest's
 * link names; shows the thread and lets the customer reply, decide a quote, pay it and close.
 * Every rule stays on the server; this store calls the REST API and shows what it answers.
 */

/** The REST shapes, generated from the server's schemas (npm run rest-types): no copy here. */
type Ticket = TicketForCustomer;
type Message = RestMessage;
type Attachment = Message[ 'attachments' ][ number ];
/** A mark beside a ticket (urgent, quote to decide, new reply): kind and words from the server. */
type Badge = NonNullable< Ticket[ 'badges' ] >[ number ];
type View =
	'loading' | 'list' | 'ticket' | 'empty' | 'expired' | 'error' | 'login';

type Context = {
	view: View;
	tickets: Ticket[];
	ticket: Ticket | null;
	messages: Message[];
	ticketId: number;
	key: string;
	sending: boolean;
	error: string;
	confirming: boolean;
	item?: Ticket;
	badge?: Badge;
	message?: Message;
	file?: Attachment;
};

type State = {
	restUrl: string;
	nonce: string;
	loggedIn: boolean;
	commerce: boolean;
	texts: Record<
		| 'failed'
		| 'autoClose'
		| 'you'
		| 'team'
		| 'system'
		| 'opened'
		| 'lastReply'
		| 'noReply'
		| 'answerBy',
		string
	>;
};

/** Where a guest's key waits for a reload of the same tab: never in the address or history. */
const KEY_STORAGE = 'wp24hd_key_';

/** What a guest key looks like; anything else is never sent. */
const KEY_PATTERN = /^[a-f0-9]{64}$/;

/**
 * Keeps a guest's key for this tab (sessionStorage: gone with the tab, never sent anywhere).
 *
 * @param ticketId Ticket the key opens.
 * @param key      Guest key; empty forgets it.
 */
function rememberKey( ticketId: number, key: string ): void {
	try {
		if ( key ) {
			window.sessionStorage.setItem( KEY_STORAGE + ticketId, key );
		} else {
			window.sessionStorage.removeItem( KEY_STORAGE + ticketId );
		}
	} catch {
		// Storage refused (private mode): the key lives in memory until the tab reloads.
	}
}

/**
 * The key this tab kept for a ticket, or empty.
 *
 * @param ticketId Ticket.
 */
function rememberedKey( ticketId: number ): string {
	try {
		return window.sessionStorage.getItem( KEY_STORAGE + ticketId ) ?? '';
	} catch {
		return '';
	}
}

/**
 * "Opened …" for a ticket.
 *
 * @param ticket Ticket.
 */
function openedText( ticket: Ticket | null | undefined ): string {
	return ticket?.created_label
		? state.texts.opened.replace( '%s', ticket.created_label )
		: '';
}

/**
 * "Last reply: You, …" / "Last reply: Support team, …", or "No reply yet".
 *
 * @param ticket Ticket.
 */
function lastReplyText( ticket: Ticket | null | undefined ): string {
	if ( ! ticket ) {
		return '';
	}
	if ( ! ticket.last_reply_by || ! ticket.last_reply_label ) {
		return state.texts.noReply;
	}
	return state.texts.lastReply
		.replace(
			'%1$s',
			ticket.last_reply_by === 'customer'
				? state.texts.you
				: state.texts.team
		)
		.replace( '%2$s', ticket.last_reply_label );
}

/**
 * The address of one ticket on this page (a real link: it opens in a new tab too).
 *
 * @param id Ticket ID.
 */
function ticketUrl( id: number ): URL {
	const url = new URL( window.location.href );
	url.searchParams.delete( 'wp24hd_key' );
	url.searchParams.set( 'wp24hd_ticket', String( id ) );
	return url;
}

/**
 * Calls the REST API as the visitor (nonce for a signed-in customer, key for a guest).
 *
 * @param path    Route under the namespace.
 * @param key     Guest key, or empty.
 * @param options Fetch options.
 */
function api( path: string, key: string, options: RequestInit = {} ) {
	const headers: Record< string, string > = {};
	if ( state.nonce ) {
		headers[ 'X-WP-Nonce' ] = state.nonce;
	}
	if ( key ) {
		headers[ 'X-WP24-Ticket-Key' ] = key;
	}
	return fetch( state.restUrl + path, {
		credentials: 'same-origin',
		...options,
		headers: { ...headers, ...( options.headers ?? {} ) },
	} );
}

/**
 * Loads one ticket and its thread into the context.
 *
 * @param context The block's context.
 */
function* loadTicket(
	context: Context
): Generator< Promise< unknown >, void, unknown > {
	const response = ( yield api(
		`tickets/${ context.ticketId }`,
		context.key
	) ) as Response;
	if ( response.status === 404 || response.status === 401 ) {
		context.view = state.loggedIn || context.key ? 'expired' : 'login';
		rememberKey( context.ticketId, '' );
		return;
	}
	if ( ! response.ok ) {
		context.view = 'error';
		context.error = state.texts.failed;
		return;
	}
	context.ticket = ( yield response.json() ) as Ticket;
	const thread = ( yield api(
		`tickets/${ context.ticketId }/messages`,
		context.key
	) ) as Response;
	context.messages = thread.ok
		? ( ( yield thread.json() ) as Message[] )
		: [];
	context.view = 'ticket';
}

/**
 * Runs a change, then reloads the ticket; shows the server's message when it fails.
 *
 * @param context The block's context.
 * @param request The change.
 */
function* change(
	context: Context,
	request: () => Promise< Response >
): Generator< unknown, void, unknown > {
	if ( context.sending ) {
		return;
	}
	context.sending = true;
	context.error = '';
	try {
		const response = ( yield request() ) as Response;
		if ( ! response.ok ) {
			const data = ( yield response.json() ) as { message?: string };
			context.error = data.message ?? state.texts.failed;
			return;
		}
		const data = ( yield response.json() ) as {
			id?: number;
			reference?: string;
			guest_key?: string;
		};
		// A reply long after closing starts a linked ticket (with its own key): follow it.
		if ( data.reference && data.id && data.id !== context.ticketId ) {
			context.ticketId = data.id;
			context.key = data.guest_key ?? context.key;
			if ( data.guest_key ) {
				rememberKey( data.id, data.guest_key );
			}
			const url = new URL( window.location.href );
			url.searchParams.set( 'wp24hd_ticket', String( data.id ) );
			url.searchParams.delete( 'wp24hd_key' );
			window.history.replaceState( {}, '', url );
		}
		yield* loadTicket( context );
	} catch {
		context.error = state.texts.failed;
	} finally {
		context.sending = false;
	}
}

const { state } = store( 'wp24-helpdesk/my-tickets', {
	state: {
		get isLoading() {
			return getContext< Context >().view === 'loading';
		},
		get isList() {
			return getContext< Context >().view === 'list';
		},
		get isTicket() {
			return getContext< Context >().view === 'ticket';
		},
		get isEmpty() {
			return getContext< Context >().view === 'empty';
		},
		get isExpired() {
			return getContext< Context >().view === 'expired';
		},
		get isLogin() {
			return getContext< Context >().view === 'login';
		},
		get canStart() {
			const view = getContext< Context >().view;
			return state.loggedIn && ( view === 'list' || view === 'empty' );
		},
		get itemUrl(): string {
			const item = getContext< Context >().item;
			return item ? ticketUrl( item.id ).toString() : '';
		},
		get itemOpened(): string {
			return openedText( getContext< Context >().item );
		},
		get itemLastReply(): string {
			return lastReplyText( getContext< Context >().item );
		},
		get ticketOpened(): string {
			return openedText( getContext< Context >().ticket );
		},
		get ticketLastReply(): string {
			return lastReplyText( getContext< Context >().ticket );
		},
		get ticketBadges(): Badge[] {
			// The unread mark is gone once the ticket is open.
			return ( getContext< Context >().ticket?.badges ?? [] ).filter(
				( badge ) => badge.kind !== 'unread'
			);
		},
		get answerDueText(): string {
			const label = getContext< Context >().ticket?.answer_due_label;
			return label ? state.texts.answerBy.replace( '%s', label ) : '';
		},
		get autoCloseText(): string {
			const label = getContext< Context >().ticket?.auto_close_label;
			return label ? state.texts.autoClose.replace( '%s', label ) : '';
		},
		get hasQuote() {
			return !! getContext< Context >().ticket?.quote;
		},
		get quoteAmount(): string {
			const quote = getContext< Context >().ticket?.quote;
			if ( ! quote ) {
				return '';
			}
			return formatMoney( quote.amount, quote.currency );
		},
		get quotePending() {
			return getContext< Context >().ticket?.quote?.status === 'sent';
		},
		get quoteAsking() {
			const context = getContext< Context >();
			return (
				context.ticket?.quote?.status === 'sent' && ! context.confirming
			);
		},
		get quoteAccepted() {
			return getContext< Context >().ticket?.quote?.status === 'accepted';
		},
		get quotePaid() {
			return !! getContext< Context >().ticket?.quote?.paid_at;
		},
		get canPay() {
			const quote = getContext< Context >().ticket?.quote;
			return (
				state.commerce &&
				quote?.status === 'accepted' &&
				! quote.paid_at
			);
		},
		get canClose() {
			return getContext< Context >().ticket?.status !== 'closed';
		},
		get author(): string {
			const message = getContext< Context >().message;
			if ( ! message ) {
				return '';
			}
			if ( message.author_role === 'system' ) {
				return state.texts.system;
			}
			if ( message.author_role === 'customer' ) {
				return state.texts.you;
			}
			return message.author_name || state.texts.team;
		},
		get isCustomerMessage() {
			return getContext< Context >().message?.author_role === 'customer';
		},
		get isSystemMessage() {
			return getContext< Context >().message?.author_role === 'system';
		},
		get fileUrl(): string {
			const context = getContext< Context >();
			const url = new URL(
				`${ state.restUrl }tickets/${ context.ticketId }/attachments/${ context.file?.id }`,
				window.location.href
			);
			// A link cannot send headers: a guest's download carries the key as a parameter.
			if ( context.key ) {
				url.searchParams.set( 'key', context.key );
			}
			return url.toString();
		},
	} as unknown as State & Record< string, unknown >,
	actions: {
		*open( event: MouseEvent ): Generator< unknown, void, unknown > {
			const context = getContext< Context >();
			if ( ! context.item ) {
				return;
			}
			// A click with a modifier opens the link in a new tab or window, as links do.
			if (
				event.button !== 0 ||
				event.metaKey ||
				event.ctrlKey ||
				event.shiftKey ||
				event.altKey
			) {
				return;
			}
			event.preventDefault();
			context.item.unread = false;
			context.item.badges = ( context.item.badges ?? [] ).filter(
				( badge ) => badge.kind !== 'unread'
			);
			context.ticketId = context.item.id;
			window.history.pushState( {}, '', ticketUrl( context.item.id ) );
			context.view = 'loading';
			yield* loadTicket( context );
		},
		back() {
			const context = getContext< Context >();
			const url = new URL( window.location.href );
			url.searchParams.delete( 'wp24hd_ticket' );
			window.history.pushState( {}, '', url );
			context.ticket = null;
			context.messages = [];
			context.confirming = false;
			context.view = context.tickets.length ? 'list' : 'empty';
		},
		*reply( event: SubmitEvent ): Generator< unknown, void, unknown > {
			event.preventDefault();
			const context = getContext< Context >();
			const form = event.target as HTMLFormElement;
			const body = withChosenFiles( new FormData( form ) );
			yield* change( context, () =>
				api( `tickets/${ context.ticketId }/messages`, context.key, {
					method: 'POST',
					body,
				} )
			);
			if ( ! context.error ) {
				form.reset();
			}
		},
		askAccept() {
			getContext< Context >().confirming = true;
		},
		cancelAccept() {
			getContext< Context >().confirming = false;
		},
		*acceptQuote(): Generator< unknown, void, unknown > {
			const context = getContext< Context >();
			context.confirming = false;
			yield* change( context, () =>
				api(
					`tickets/${ context.ticketId }/quote/accept`,
					context.key,
					{
						method: 'POST',
					}
				)
			);
		},
		*declineQuote(): Generator< unknown, void, unknown > {
			const context = getContext< Context >();
			yield* change( context, () =>
				api(
					`tickets/${ context.ticketId }/quote/decline`,
					context.key,
					{
						method: 'POST',
					}
				)
			);
		},
		*closeTicket(): Generator< unknown, void, unknown > {
			const context = getContext< Context >();
			yield* change( context, () =>
				api( `tickets/${ context.ticketId }`, context.key, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify( { status: 'closed' } ),
				} )
			);
		},
		*payQuote(): Generator< unknown, void, unknown > {
			const context = getContext< Context >();
			context.sending = true;
			try {
				const response = ( yield api(
					`tickets/${ context.ticketId }/quote/payment`,
					context.key,
					{ method: 'POST' }
				) ) as Response;
				const data = ( yield response.json() ) as {
					payment_url?: string;
					message?: string;
				};
				if ( response.ok && data.payment_url ) {
					window.location.assign( data.payment_url );
					return;
				}
				context.error = data.message ?? state.texts.failed;
			} finally {
				context.sending = false;
			}
		},
	},
	callbacks: {
		focusConfirm() {
			// The confirmation takes the focus when it opens, so a screen reader reads it.
			if ( getContext< Context >().confirming ) {
				( getElement().ref as HTMLElement | null )?.focus();
			}
		},
		*load(): Generator< unknown, void, unknown > {
			const context = getContext< Context >();
			const params = new URLSearchParams( window.location.search );
			context.ticketId = Number( params.get( 'wp24hd_ticket' ) ?? 0 );
			const linked = params.get( 'wp24hd_key' ) ?? '';
			if ( params.has( 'wp24hd_key' ) ) {
				// Out of the address bar, the history and the Referer header once read.
				const url = new URL( window.location.href );
				url.searchParams.delete( 'wp24hd_key' );
				window.history.replaceState( window.history.state, '', url );
			}
			if ( KEY_PATTERN.test( linked ) && context.ticketId > 0 ) {
				rememberKey( context.ticketId, linked );
			}
			const key = KEY_PATTERN.test( linked )
				? linked
				: rememberedKey( context.ticketId );
			context.key = KEY_PATTERN.test( key ) ? key : '';
			try {
				if ( state.loggedIn ) {
					const response = ( yield api(
						'tickets?per_page=50&orderby=last_activity',
						''
					) ) as Response;
					context.tickets = response.ok
						? ( ( yield response.json() ) as Ticket[] )
						: [];
				}
				if ( context.ticketId > 0 ) {
					yield* loadTicket( context );
					return;
				}
				if ( ! state.loggedIn ) {
					context.view = 'login';
					return;
				}
				context.view = context.tickets.length ? 'list' : 'empty';
			} catch {
				context.view = 'error';
				context.error = state.texts.failed;
			}
		},
	},
} );
