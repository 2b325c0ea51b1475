/**
 * "Marco is also on this ticket": tells the server this ticket is open here, every few seconds,
 * and names the other technicians who have it open.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Notice } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { REST_NAMESPACE } from '../../shared/rest/plans';

/** Seconds between two signs of life; the server forgets a viewer after 60. */
const EVERY_MS = 20_000;

/**
 * @param props          Props.
 * @param props.ticketId Ticket on screen.
 */
export function ViewersNotice( { ticketId }: { ticketId: number } ) {
	const [ others, setOthers ] = useState< string[] >( [] );
	useEffect( () => {
		let active = true;
		const ping = () => {
			if ( document.visibilityState !== 'visible' ) {
				return;
			}
			apiFetch< { viewers: Array< { name: string } > } >( {
				path: `/${ REST_NAMESPACE }/tickets/${ ticketId }/viewers`,
				method: 'POST',
			} ).then(
				( answer ) =>
					active &&
					setOthers(
						answer.viewers.map( ( viewer ) => viewer.name )
					),
				// Presence is a courtesy: a failed ping changes nothing on screen.
				() => undefined
			);
		};
		ping();
		const timer = window.setInterval( ping, EVERY_MS );
		return () => {
			active = false;
			window.clearInterval( timer );
		};
	}, [ ticketId ] );

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
