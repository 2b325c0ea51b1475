/**
 * WordPress dependencies
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

/** How long a snackbar stays, as WordPress's own do. */
const SNACKBAR_MS = 10_000;

/**
 * The snackbars to drop so one shows at a time: every one but the newest.
 *
 * @param notices Snackbar notices, oldest first (as the notices store keeps them).
 */
export function staleSnackbars( notices: Array< { id: string } > ): string[] {
	return notices.slice( 0, -1 ).map( ( notice ) => notice.id );
}

/**
 * The app's snackbar notices (saved, failed, rolled back), announced to screen readers. One at
 * a time, the newest replacing the last, at the top of the screen: a pile at the bottom covered
 * the reply box.
 */
export function Notices() {
	const notices = useSelect(
		( select ) =>
			select( noticesStore )
				.getNotices()
				.filter( ( notice ) => notice.type === 'snackbar' ),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	const stale = staleSnackbars( notices );
	const shown = notices.slice( -1 );
	const shownId = shown[ 0 ]?.id;
	useEffect( () => {
		stale.forEach( ( id ) => removeNotice( id ) );
	}, [ stale.join( ',' ), removeNotice ] ); // eslint-disable-line react-hooks/exhaustive-deps
	// A dismiss button of its own (the whole snackbar as a button names itself "Dismiss this
	// notice", not what it says), so the timeout that the component then skips is kept here.
	useEffect( () => {
		if ( ! shownId ) {
			return undefined;
		}
		const timer = window.setTimeout(
			() => removeNotice( shownId ),
			SNACKBAR_MS
		);
		return () => window.clearTimeout( timer );
	}, [ shownId, removeNotice ] );
	return (
		<SnackbarList
			className="wp24hd-snackbars"
			notices={
				shown.map( ( notice ) => ( {
					...notice,
					explicitDismiss: true,
				} ) ) as any
			}
			onRemove={ removeNotice }
		/>
	);
}
