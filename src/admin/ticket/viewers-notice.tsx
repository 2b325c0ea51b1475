/**
 * "Marco is also on this ticket": tells the server this ticket is open here, with each
 * heartbeat, and names the other technicians who have it open.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useHeartbeat } from '../use-heartbeat';

/**
 * @param props          Props.
 * @param props.ticketId Ticket on screen.
 */
export function ViewersNotice( { ticketId }: { ticketId: number } ) {
	const [ others, setOthers ] = useState< string[] >( [] );
	// Each heartbeat tells the server this ticket is open here (it forgets a viewer after 60 s).
	useHeartbeat( ( tick ) => {
		const names = tick.viewers?.[ String( ticketId ) ];
		if ( names ) {
			setOthers( names );
		}
	}, ticketId );

	if ( others.length === 0 ) {
		return null;
	}
	return (
		<Notice status="info" isDismissible={ false }>
			{ sprintf(
				/* translators: %s: names of technicians. */
				__(
					'%s also has this ticket open. Agree who answers before replying.',
					'wp24-helpdesk'
				),
				others.join( ', ' )
			) }
		</Notice>
	);
}
