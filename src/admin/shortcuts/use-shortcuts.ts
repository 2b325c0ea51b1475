/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { shortcutKey, type ShortcutKey } from './keys';

/**
 * Runs a handler when its key is pressed anywhere on the page but in a field (see shortcutKey).
 *
 * @param handlers What each key does on this screen.
 */
export function useShortcuts(
	handlers: Partial< Record< ShortcutKey, () => void > >
): void {
	// The latest handlers, without adding and removing the listener on every render.
	const current = useRef( handlers );
	current.current = handlers;
	useEffect( () => {
		const listen = ( event: KeyboardEvent ) => {
			const key = shortcutKey( event );
			const handler = key ? current.current[ key ] : undefined;
			if ( handler ) {
				event.preventDefault();
				handler();
			}
		};
		document.addEventListener( 'keydown', listen );
		return () => document.removeEventListener( 'keydown', listen );
	}, [] );
}
