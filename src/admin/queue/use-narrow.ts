/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Whether a media query matches now, following the window as it is resized or turned.
 *
 * @param query Media query, e.g. `(max-width: 781px)`.
 */
export function useMediaQuery( query: string ): boolean {
	const [ matches, setMatches ] = useState(
		() => window.matchMedia?.( query ).matches ?? false
	);
	useEffect( () => {
		const list = window.matchMedia?.( query );
		if ( ! list ) {
			return undefined;
		}
		const follow = () => setMatches( list.matches );
		follow();
		list.addEventListener( 'change', follow );
		return () => list.removeEventListener( 'change', follow );
	}, [ query ] );
	return matches;
}
