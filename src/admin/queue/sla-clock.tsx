/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Ticket } from '../types';

/**
 * A duration in words: "45 min", "3 h 10 min", "2 d 4 h".
 *
 * @param minutes Whole minutes, not negative.
 */
export function duration( minutes: number ): string {
	const days = Math.floor( minutes / 1440 );
	const hours = Math.floor( ( minutes % 1440 ) / 60 );
	const rest = minutes % 60;
	if ( days > 0 ) {
		/* translators: 1: days, 2: hours. */
		return sprintf( __( '%1$d d %2$d h', 'wp24-helpdesk' ), days, hours );
	}
	if ( hours > 0 ) {
		/* translators: 1: hours, 2: minutes. */
		return sprintf( __( '%1$d h %2$d min', 'wp24-helpdesk' ), hours, rest );
	}
	/* translators: %d: minutes. */
	return sprintf( __( '%d min', 'wp24-helpdesk' ), rest );
}

/**
 * What the SLA clock says, from the minutes the server computed.
 *
 * @param ticket Ticket.
 */
export function slaText( ticket: Ticket ): {
	text: string;
	tone: 'ok' | 'soon' | 'late' | 'done';
} {
	const left = ticket.sla_minutes_left;
	if ( left === null ) {
		return {
			text: ticket.first_response_at
				? __( 'Answered', 'wp24-helpdesk' )
				: '—',
			tone: 'done',
		};
	}
	if ( left < 0 ) {
		return {
			text: sprintf(
				/* translators: %s: duration, e.g. "3 h 10 min". */
				__( 'Overdue by %s', 'wp24-helpdesk' ),
				duration( -left )
			),
			tone: 'late',
		};
	}
	return {
		/* translators: %s: duration, e.g. "3 h 10 min". */
		text: sprintf( __( '%s left', 'wp24-helpdesk' ), duration( left ) ),
		tone: left <= 120 ? 'soon' : 'ok',
	};
}

/**
 * The SLA clock of a row.
 *
 * @param props        Props.
 * @param props.ticket Ticket.
 */
export function SlaClock( { ticket }: { ticket: Ticket } ) {
	const { text, tone } = slaText( ticket );
	return (
		<span
			className={ `wp24hd-sla wp24hd-sla--${ tone }` }
			title={ ticket.first_response_due_label ?? undefined }
		>
			{ text }
		</span>
	);
}
