/**
 * Browser notifications of new urgent tickets for the on-call technician (R3: urgent problems are
 * answered within 24 hours, Sundays too). Off until the technician switches them on: the browser's
 * permission is asked only then, and the choice is kept in their user meta
 * (`wp24hd_urgent_alerts`, through `POST /wp/v2/users/me`), so it follows them to any browser
 * that has the permission.
 */

/**
 * WordPress dependencies
 */
import { ToggleControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from './boot-data';
import { href, navigate } from './router';
import { store } from './store';
import { useHeartbeat } from './use-heartbeat';

let enabled = Boolean( bootData().urgentAlerts );

/**
 * Whether this browser can show notifications at all.
 */
function supported(): boolean {
	return typeof window !== 'undefined' && 'Notification' in window;
}

/**
 * Shows a notification for each new urgent ticket a heartbeat brings, when switched on and
 * allowed; a click opens the ticket. Used by the queue and the ticket view.
 */
export function useUrgentAlerts(): void {
	useHeartbeat( ( tick ) => {
		if (
			! enabled ||
			! supported() ||
			window.Notification.permission !== 'granted'
		) {
			return;
		}
		tick.new_tickets
			.filter( ( ticket ) => ticket.priority === 'urgent' )
			.forEach( ( ticket ) => {
				const note = new window.Notification(
					sprintf(
						/* translators: %s: ticket reference. */
						__( 'Urgent ticket %s', 'wp24-helpdesk' ),
						ticket.reference
					),
					{ body: ticket.subject, tag: `wp24hd-${ ticket.id }` }
				);
				note.onclick = () => {
					window.focus();
					navigate( href( `/tickets/${ ticket.id }` ) );
					note.close();
				};
			} );
	} );
}

/**
 * The switch, for the on-call technician only.
 */
export function UrgentAlerts() {
	const [ on, setOn ] = useState(
		enabled && supported() && window.Notification.permission === 'granted'
	);
	const [ busy, setBusy ] = useState( false );
	const [ blocked, setBlocked ] = useState(
		supported() && window.Notification.permission === 'denied'
	);
	const { saveUrgentAlerts } = useDispatch( store );
	useUrgentAlerts();
	if ( ! bootData().onCall || ! supported() ) {
		return null;
	}
	const toggle = async ( next: boolean ) => {
		setBusy( true );
		try {
			if ( next && window.Notification.permission !== 'granted' ) {
				// Asked here, on the technician's click, never on page load.
				const permission =
					await window.Notification.requestPermission();
				if ( permission !== 'granted' ) {
					setBlocked( permission === 'denied' );
					return;
				}
			}
			await saveUrgentAlerts( next );
			enabled = next;
			setOn( next );
		} catch {
			// The switch stays as it was: what it shows is what is saved.
		} finally {
			setBusy( false );
		}
	};
	return (
		<div className="wp24hd-urgent-alerts">
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __(
					'Notify me in this browser of new urgent tickets',
					'wp24-helpdesk'
				) }
				checked={ on }
				disabled={ busy }
				onChange={ toggle }
				help={
					blocked
						? __(
								'This browser blocks notifications from this site: allow them in its site settings, then switch this on.',
								'wp24-helpdesk'
							)
						: undefined
				}
			/>
		</div>
	);
}
