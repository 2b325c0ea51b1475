/**
 * Internal dependencies
 */
import { formatMoney } from '../../../src/admin/format';
import { slaText } from '../../../src/admin/queue/sla-clock';
import { fieldErrors } from '../../../src/admin/settings/field-errors';
import { formatHours, parseHours } from '../../../src/admin/settings/hours';
import { changedSettings } from '../../../src/admin/settings/changed-settings';
import { writtenMeanwhile } from '../../../src/admin/ticket/written-meanwhile';
import type { Message, Ticket } from '../../../src/admin/types';

describe( 'amounts', () => {
	afterEach( () => {
		document.documentElement.lang = '';
	} );

	it( 'are written as the server writes them: the number in the admin’s language, then the code', () => {
		document.documentElement.lang = 'it-IT';
		expect( formatMoney( 12345.5, 'EUR' ) ).toBe( '12.345,50 EUR' );
		document.documentElement.lang = 'en-US';
		expect( formatMoney( 1234.5, 'EUR' ) ).toBe( '1,234.50 EUR' );
		expect( formatMoney( 350, 'EUR' ) ).toBe( '350.00 EUR' );
	} );

	it( 'keep an unknown currency code beside the number', () => {
		document.documentElement.lang = 'it-IT';
		expect( formatMoney( 80, 'XX' ) ).toBe( '80,00 XX' );
	} );
} );

describe( 'SLA clock', () => {
	const at = ( minutes: number | null, answered = false ) =>
		slaText( {
			sla_minutes_left: minutes,
			first_response_at: answered ? '2026-11-26T10:00:00+00:00' : null,
		} as Ticket );

	it( 'says how long is left, warns in the last two hours, and counts overdue time', () => {
		expect( at( 190 ) ).toEqual( { text: '3 h 10 min left', tone: 'ok' } );
		expect( at( 45 ) ).toEqual( { text: '45 min left', tone: 'soon' } );
		expect( at( -1500 ) ).toEqual( {
			text: 'Overdue by 1 d 1 h',
			tone: 'late',
		} );
		expect( at( null, true ) ).toEqual( {
			text: 'Answered',
			tone: 'done',
		} );
	} );
} );

describe( 'settings form', () => {
	it( 'puts each server error beside its field', () => {
		const keys = [
			'closures',
			'auto_close_days',
			'auto_close_reminder_hours',
		];
		expect(
			fieldErrors(
				{
					message: 'Invalid parameter(s): auto_close_days',
					data: {
						params: {
							auto_close_days:
								'auto_close_days must be between 1 (inclusive) and 60 (inclusive)',
						},
					},
				},
				keys
			)
		).toEqual( {
			auto_close_days:
				'auto_close_days must be between 1 (inclusive) and 60 (inclusive)',
		} );
		expect(
			fieldErrors(
				{ message: 'closures: 2026-02-30 is not a calendar date.' },
				keys
			)
		).toEqual( {
			closures: 'closures: 2026-02-30 is not a calendar date.',
		} );
		expect( fieldErrors( { message: 'Server error' }, keys ) ).toEqual( {
			'': 'Server error',
		} );
	} );

	it( 'reads opening hours as typed and refuses what is not a time range', () => {
		expect( parseHours( '9:30-13:00, 14:00 – 19:30' ) ).toEqual( [
			{ open: '09:30', close: '13:00' },
			{ open: '14:00', close: '19:30' },
		] );
		expect( parseHours( '' ) ).toEqual( [] );
		expect( parseHours( 'morning' ) ).toBeNull();
		expect( formatHours( [ { open: '09:30', close: '19:30' } ] ) ).toBe(
			'09:30-19:30'
		);
	} );

	it( 'sends only the settings that changed', () => {
		expect(
			changedSettings(
				{ a: 1, b: [ 'x' ], c: { on: true } },
				{ a: 1, b: [ 'x', 'y' ], c: { on: true } }
			)
		).toEqual( { b: [ 'x', 'y' ] } );
	} );
} );

describe( 'reply collisions', () => {
	it( 'finds what others wrote after the technician started, not system notes', () => {
		const thread = [
			{ id: 3, author_role: 'customer' },
			{ id: 4, author_role: 'system' },
			{ id: 5, author_role: 'technician' },
		] as Message[];
		expect(
			writtenMeanwhile( 2, thread ).map( ( message ) => message.id )
		).toEqual( [ 3, 5 ] );
		expect( writtenMeanwhile( 5, thread ) ).toEqual( [] );
	} );
} );
