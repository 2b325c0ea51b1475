/**
 * WordPress dependencies
 */
import { getContext, getElement, store } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import type { TicketForCustomer } from '../../src/shared/rest/types.generated';
import { withChosenFiles } from '../../src/shared/form-files';
import { formName, restBody } from './form-body';
import {
	FIELDS,
	fieldErrors,
	type Field,
	type RestError,
} from './field-errors';

/**
 * The ticket form on the front end: sends the form to the REST API and shows its answers.
 * Every rule (plan, refund window, channels, answer times) is decided by the server; this
 * store only moves data and messages.
 */

type Context = {
	type: string;
	sending: boolean;
	done: boolean;
	formError: string;
	errors: Record< Field, string >;
	invalid: Record< Field, boolean >;
	reference: string;
	answer: string;
	link: string;
	guest: boolean;
};

type State = {
	restUrl: string;
	nonce: string;
	ticketsUrl: string;
	availabilityText: string;
	texts: Record<
		| 'openNow'
		| 'opensAt'
		| 'answerBy'
		| 'answer24h'
		| 'failed'
		| 'offline'
		| 'tooMany',
		string
	>;
};

/** What `POST /tickets` answers a customer or a guest (the guest's key only to a guest). */
type CreatedTicket = Pick<
	TicketForCustomer,
	'id' | 'reference' | 'priority' | 'first_response_due_label' | 'guest_key'
>;

/**
 * Fills a `%s` placeholder.
 *
 * @param template Translated text with `%s`.
 * @param value    Value.
 */
const fill = ( template: string, value: string ) =>
	template.replace( '%s', value );

const { state } = store( 'wp24-helpdesk/ticket-form', {
	state: {} as State,
	actions: {
		setType( event: Event ) {
			const context = getContext< Context >();
			context.type = ( event.target as HTMLInputElement ).value;
		},
		*submit(
			event: SubmitEvent
		): Generator< Promise< unknown >, void, unknown > {
			event.preventDefault();
			const context = getContext< Context >();
			const form = event.target as HTMLFormElement;
			if ( context.sending ) {
				return;
			}
			context.sending = true;
			context.formError = '';
			for ( const field of FIELDS ) {
				context.errors[ field ] = '';
				context.invalid[ field ] = false;
			}
			const body = withChosenFiles( restBody( new FormData( form ) ) );
			if ( ! body.get( 'priority' ) ) {
				body.set( 'priority', 'normal' );
			}
			if ( ! body.get( 'consent' ) ) {
				body.set( 'consent', 'false' );
			}
			try {
				const response = ( yield fetch( state.restUrl + 'tickets', {
					method: 'POST',
					body,
					credentials: 'same-origin',
					headers: state.nonce ? { 'X-WP-Nonce': state.nonce } : {},
				} ) ) as Response;
				const data = ( yield response.json() ) as CreatedTicket &
					RestError;
				if ( ! response.ok ) {
					if ( response.status === 429 ) {
						context.formError = state.texts.tooMany;
						return;
					}
					const { fields, form: formError } = fieldErrors( data );
					for ( const [ field, text ] of Object.entries( fields ) ) {
						context.errors[ field as Field ] = text as string;
						context.invalid[ field as Field ] = true;
					}
					context.formError = formError || state.texts.failed;
					const first = FIELDS.find( ( f ) => context.invalid[ f ] );
					if ( first ) {
						(
							form.querySelector(
								`[name="${ formName( first ) }"]`
							) as HTMLElement | null
						 )?.focus();
					}
					return;
				}
				if ( ! data.id ) {
					// Accepted without a ticket (intake took the post for a bot's): thanks, nothing to follow.
					context.done = true;
					form.reset();
					return;
				}
				context.reference = data.reference;
				context.answer =
					data.priority === 'urgent' ||
					! data.first_response_due_label
						? state.texts.answer24h
						: fill(
								state.texts.answerBy,
								data.first_response_due_label
							);
				const link = new URL( state.ticketsUrl, window.location.href );
				link.searchParams.set( 'wp24hd_ticket', String( data.id ) );
				if ( data.guest_key ) {
					link.searchParams.set( 'wp24hd_key', data.guest_key );
				}
				context.link = link.toString();
				context.done = true;
				form.reset();
			} catch {
				context.formError = state.texts.offline;
			} finally {
				context.sending = false;
			}
		},
	},
	callbacks: {
		showDone() {
			// The confirmation replaces the form: bring it into view and read it out.
			if ( ! getContext< Context >().done ) {
				return;
			}
			const element = getElement().ref as HTMLElement | null;
			element?.scrollIntoView( { block: 'start' } );
			element?.focus( { preventScroll: true } );
		},
		*refreshAvailability(): Generator< Promise< unknown >, void, unknown > {
			// The page may come from a cache: ask the server how things are right now.
			try {
				const response = ( yield fetch(
					state.restUrl + 'availability'
				) ) as Response;
				if ( ! response.ok ) {
					return;
				}
				const data = ( yield response.json() ) as {
					open: boolean;
					next_opening_label: string | null;
				};
				state.availabilityText =
					data.open || ! data.next_opening_label
						? state.texts.openNow
						: fill( state.texts.opensAt, data.next_opening_label );
			} catch {
				// Keep the server-rendered sentence.
			}
		},
	},
} );
