/**
 * The ticket form's Interactivity store: what it sends, and what it shows for each answer.
 *
 * The store is driven as the Interactivity runtime drives it (generators resolved step by step),
 * with its context and state as plain objects and `fetch` answering like the REST API.
 */

/**
 * Internal dependencies
 */
import { answer, drive, runtime as captured } from './interactivity-runtime';

jest.mock(
	'@wordpress/interactivity',
	() => require( './interactivity-runtime' ).fakeInteractivity(),
	// The package ships ES modules only; the store under test needs just two functions.
	{ virtual: true }
);

const fields = [
	'type',
	'service',
	'name',
	'email',
	'subject',
	'message',
	'site_url',
	'files',
	'consent',
];

/**
 * A fresh form context, as the server renders it.
 */
function freshContext() {
	return {
		type: 'one-shot',
		sending: false,
		done: false,
		formError: '',
		errors: Object.fromEntries( fields.map( ( f ) => [ f, '' ] ) ),
		invalid: Object.fromEntries( fields.map( ( f ) => [ f, false ] ) ),
		reference: '',
		answer: '',
		link: '',
		guest: true,
	};
}

/**
 * A form like the block's, with a submit event on it.
 */
function submitEvent() {
	document.body.innerHTML = `<form>
		<input name="wp24hd_subject" value="Il sito è lento">
		<input name="wp24hd_email" value="ospite@example.test">
		<input type="checkbox" name="wp24hd_consent" value="true" checked>
		<input type="file" name="wp24hd_files[]">
		<input type="hidden" name="wp24hd_form" value="1">
		<input type="hidden" name="wp24hd_nonce" value="abc123">
	</form>`;
	const form = document.querySelector( 'form' ) as HTMLFormElement;
	jest.spyOn( form, 'reset' );
	return { form, event: { preventDefault: jest.fn(), target: form } };
}

let fetchMock: jest.Mock;

beforeAll( () => {
	require( '../../../blocks/ticket-form/view' );
} );

beforeEach( () => {
	fetchMock = jest.fn();
	( global as any ).fetch = fetchMock;
	captured.context = freshContext();
	Object.assign( captured.definition!.state, {
		restUrl: 'https://agenzia.test/wp-json/wp24-helpdesk/v1/',
		nonce: '',
		ticketsUrl: 'https://agenzia.test/i-miei-ticket/',
		availabilityText: 'Rendered by the server',
		texts: {
			openNow: 'We are open now.',
			opensAt: 'We answer from %s.',
			answerBy: 'Expect an answer by %s.',
			answer24h: 'Urgent: within 24 hours.',
			failed: 'Please check the form.',
			offline: 'No connection.',
			tooMany: 'Too many requests.',
		},
	} );
} );

const actions = () => captured.definition!.actions;

describe( 'ticket form store', () => {
	it( 'sends the form once and shows the reference, the answer time and the guest link', async () => {
		fetchMock.mockReturnValue(
			answer( 201, {
				id: 41,
				reference: 'WP24-ABC',
				priority: 'normal',
				first_response_due_label: 'Monday 09:30',
				guest_key: 'k3y',
			} )
		);
		const { form, event } = submitEvent();
		const running = drive( actions().submit( event ) );
		// A second click while sending sends nothing.
		await drive( actions().submit( event ) );
		await running;

		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		const [ url, init ] = fetchMock.mock.calls[ 0 ];
		expect( url ).toBe(
			'https://agenzia.test/wp-json/wp24-helpdesk/v1/tickets'
		);
		const body = init.body as FormData;
		// The form's prefixed names become the route's, and the no-script post's own fields stay home.
		expect( [ ...new Set( body.keys() ) ].sort() ).toEqual( [
			'consent',
			'email',
			'priority',
			'subject',
		] );
		expect( body.get( 'subject' ) ).toBe( 'Il sito è lento' );
		expect( body.get( 'email' ) ).toBe( 'ospite@example.test' );
		expect( body.get( 'priority' ) ).toBe( 'normal' );
		expect( body.get( 'consent' ) ).toBe( 'true' );
		// The empty file input sends no empty upload.
		expect( body.getAll( 'files[]' ) ).toEqual( [] );
		expect( captured.context ).toMatchObject( {
			done: true,
			sending: false,
			reference: 'WP24-ABC',
			answer: 'Expect an answer by Monday 09:30.',
		} );
		const link = new URL( captured.context!.link );
		expect( link.searchParams.get( 'wp24hd_ticket' ) ).toBe( '41' );
		expect( link.searchParams.get( 'wp24hd_key' ) ).toBe( 'k3y' );
		expect( form.reset ).toHaveBeenCalled();
	} );

	it( 'promises 24 hours for urgent requests', async () => {
		fetchMock.mockReturnValue(
			answer( 201, {
				id: 7,
				reference: 'WP24-URG',
				priority: 'urgent',
				first_response_due_label: 'Monday 09:30',
			} )
		);
		await drive( actions().submit( submitEvent().event ) );
		expect( captured.context!.answer ).toBe( 'Urgent: within 24 hours.' );
		expect(
			new URL( captured.context!.link ).searchParams.has( 'wp24hd_key' )
		).toBe( false );
	} );

	it( 'puts each refusal beside its field and focuses the first one', async () => {
		fetchMock.mockReturnValue(
			answer( 400, {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): email',
				data: { params: { email: 'email: enter a valid address.' } },
			} )
		);
		const { form, event } = submitEvent();
		await drive( actions().submit( event ) );
		expect( captured.context!.errors.email ).toBe(
			'email: enter a valid address.'
		);
		expect( captured.context!.invalid.email ).toBe( true );
		expect( captured.context!.done ).toBe( false );
		expect( form.ownerDocument.activeElement ).toBe(
			form.querySelector( '[name="wp24hd_email"]' )
		);
		expect( form.reset ).not.toHaveBeenCalled();
	} );

	it( 'says so when the desk is busy or the connection is gone', async () => {
		fetchMock.mockReturnValue(
			answer( 429, { code: 'wp24hd_rate_limited' } )
		);
		await drive( actions().submit( submitEvent().event ) );
		expect( captured.context!.formError ).toBe( 'Too many requests.' );

		captured.context = freshContext();
		fetchMock.mockReturnValue(
			Promise.reject( new TypeError( 'offline' ) )
		);
		await drive( actions().submit( submitEvent().event ) );
		expect( captured.context ).toMatchObject( {
			formError: 'No connection.',
			sending: false,
		} );
	} );

	it( 'replaces the cached availability sentence with the live one, and keeps it on failure', async () => {
		const { state, callbacks } = captured.definition!;
		fetchMock.mockReturnValue(
			answer( 200, { open: false, next_opening_label: 'Monday 09:30' } )
		);
		await drive( callbacks.refreshAvailability() );
		expect( state.availabilityText ).toBe( 'We answer from Monday 09:30.' );

		fetchMock.mockReturnValue(
			answer( 200, { open: true, next_opening_label: null } )
		);
		await drive( callbacks.refreshAvailability() );
		expect( state.availabilityText ).toBe( 'We are open now.' );

		fetchMock.mockReturnValue( answer( 500, {} ) );
		await drive( callbacks.refreshAvailability() );
		expect( state.availabilityText ).toBe( 'We are open now.' );
	} );
} );
