/**
 * The technician's desk (issue 20): the queue's columns, shortcuts, relative times, attached
 * files and snackbars.
 */

/**
 * Internal dependencies
 */
import { staleSnackbars } from '../../../src/admin/components/notices';
import { relativeTime } from '../../../src/admin/format';
import { summaryOf } from '../../../src/admin/queue/fields';
import {
	DEFAULT_FIELDS,
	defaultView,
} from '../../../src/admin/queue/view-state';
import { nextIndex, shortcutKey } from '../../../src/admin/shortcuts/keys';
import {
	fileKind,
	fileSize,
	isPreviewable,
} from '../../../src/admin/ticket/attachment-info';
import type { Ticket } from '../../../src/admin/types';

describe( 'the queue’s columns', () => {
	it( 'open on subject (with reference and customer under it), status, priority and SLA clock', () => {
		const view = defaultView();
		expect( view.titleField ).toBe( 'subject' );
		expect( view.descriptionField ).toBe( 'summary' );
		expect( view.showDescription ).toBe( true );
		expect( DEFAULT_FIELDS ).toEqual( [ 'status', 'priority', 'sla' ] );
	} );

	it( 'say the reference and who wrote under the subject, a guest marked as such', () => {
		const ticket = {
			reference: 'WP24-1042',
			customer_id: 7,
			customer_name: 'Mario Rossi',
			guest_name: '',
			guest_email: '',
		} as Ticket;
		expect( summaryOf( ticket ) ).toBe( 'WP24-1042 · Mario Rossi' );
		expect(
			summaryOf( {
				...ticket,
				customer_id: 0,
				customer_name: '',
				guest_name: 'Anna',
				guest_email: 'anna@example.test',
			} )
		).toBe( 'WP24-1042 · Anna (guest)' );
	} );
} );

describe( 'keyboard shortcuts', () => {
	const press = ( key: string, target: Element, extra = {} ) =>
		shortcutKey( {
			key,
			target,
			ctrlKey: false,
			altKey: false,
			metaKey: false,
			defaultPrevented: false,
			...extra,
		} );

	it( 'answer on the page, never while typing in a field, a select or an editable area', () => {
		document.body.innerHTML = `
			<a id="link" href="#">x</a>
			<input id="input"><textarea id="area"></textarea><select id="select"></select>
			<div contenteditable="true"><p id="editable">x</p></div>
			<div role="dialog"><button id="in-dialog">x</button></div>`;
		const $ = ( id: string ) => document.getElementById( id )!;
		expect(
			[ '?', 'j', 'k', 'r', 'n', 's', 'Escape', 'x' ].map( ( key ) =>
				press( key, $( 'link' ) )
			)
		).toEqual( [ '?', 'j', 'k', 'r', 'n', 's', 'Escape', null ] );
		expect(
			[ 'input', 'area', 'select', 'editable', 'in-dialog' ].map(
				( id ) => press( 'r', $( id ) )
			)
		).toEqual( [ null, null, null, null, null ] );
		expect( press( 'r', $( 'link' ), { ctrlKey: true } ) ).toBeNull();
		expect( press( 'r', $( 'link' ), { metaKey: true } ) ).toBeNull();
	} );

	it( 'move j/k from the first row down and the last row up, stopping at the ends', () => {
		expect( nextIndex( -1, 1, 4 ) ).toBe( 0 );
		expect( nextIndex( -1, -1, 4 ) ).toBe( 3 );
		expect( nextIndex( 1, 1, 4 ) ).toBe( 2 );
		expect( nextIndex( 3, 1, 4 ) ).toBe( 3 );
		expect( nextIndex( 0, -1, 4 ) ).toBe( 0 );
		expect( nextIndex( -1, 1, 0 ) ).toBe( -1 );
	} );
} );

describe( 'relative times', () => {
	const now = Date.parse( '2026-11-30T10:00:00Z' );

	it( 'are wholly in the page’s language', () => {
		expect(
			relativeTime( '2026-11-30T09:50:00+00:00', now, 'it-IT' )
		).toBe( '10 minuti fa' );
		expect(
			relativeTime( '2026-11-29T09:00:00+00:00', now, 'it-IT' )
		).toBe( 'ieri' );
		expect(
			relativeTime( '2026-11-30T07:00:00+00:00', now, 'it-IT' )
		).toBe( '3 ore fa' );
		expect(
			relativeTime( '2026-11-30T09:50:00+00:00', now, 'en-US' )
		).toBe( '10 minutes ago' );
		expect(
			relativeTime( '2026-11-30T10:00:20+00:00', now, 'en-US' )
		).toBe( 'now' );
	} );
} );

describe( 'attached files', () => {
	afterEach( () => {
		document.documentElement.lang = '';
	} );

	it( 'show raster images as thumbnails, never SVG or other files', () => {
		expect(
			[
				'image/png',
				'image/jpeg',
				'image/gif',
				'image/webp',
				'image/svg+xml',
				'application/pdf',
				'text/plain',
			].map( isPreviewable )
		).toEqual( [ true, true, true, true, false, false, false ] );
	} );

	it( 'say their kind and size in the page’s language', () => {
		expect( fileKind( 'application/pdf' ) ).toBe( 'PDF document' );
		expect( fileKind( 'text/plain' ) ).toBe( 'Text file' );
		expect( fileKind( 'application/zip' ) ).toBe( 'ZIP archive' );
		expect( fileSize( 850, 'en' ) ).toBe( '850 byte' );
		expect( fileSize( 12_345, 'en' ) ).toBe( '12 kB' );
		expect( fileSize( 1_250_000, 'it-IT' ) ).toBe( '1,3 MB' );
	} );
} );

describe( 'snackbars', () => {
	it( 'show one at a time: every older one is dropped when a new one comes', () => {
		expect( staleSnackbars( [] ) ).toEqual( [] );
		expect( staleSnackbars( [ { id: 'a' } ] ) ).toEqual( [] );
		expect(
			staleSnackbars( [ { id: 'a' }, { id: 'b' }, { id: 'c' } ] )
		).toEqual( [ 'a', 'b' ] );
	} );
} );
