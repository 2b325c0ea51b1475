/**
 * Hash routes of the app, so every view, filter and ticket has a link that survives reload.
 *
 * `#/` queue (filters in the query), `#/tickets/12`, `#/renewals`, `#/customers`, `#/settings`.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

export type Route =
	| { name: 'queue'; params: URLSearchParams }
	| { name: 'ticket'; id: number }
	| { name: 'renewals'; params: URLSearchParams }
	| { name: 'customers'; params: URLSearchParams }
	| { name: 'settings' };

/**
 * The route a location hash names; anything unknown is the queue.
 *
 * @param hash `location.hash`, with or without the leading `#`.
 */
export function parseHash( hash: string ): Route {
	const [ path, query = '' ] = hash.replace( /^#/, '' ).split( '?' );
	const params = new URLSearchParams( query );
	const ticket = /^\/tickets\/(\d+)\/?$/.exec( path );
	if ( ticket ) {
		return { name: 'ticket', id: Number( ticket[ 1 ] ) };
	}
	if ( path === '/renewals' ) {
		return { name: 'renewals', params };
	}
	if ( path === '/customers' ) {
		return { name: 'customers', params };
	}
	if ( path === '/settings' ) {
		return { name: 'settings' };
	}
	return { name: 'queue', params };
}

/**
 * A link to a route.
 *
 * @param path   Path, e.g. `/tickets/12`.
 * @param params Query, left out when empty.
 */
export function href( path: string, params?: URLSearchParams ): string {
	const query = params?.toString();
	return `#${ path }${ query ? `?${ query }` : '' }`;
}

/**
 * Goes to a route; `replace` keeps the browser history free of every filter tweak.
 *
 * @param link    Link made by `href`.
 * @param replace Replace the current history entry.
 */
export function navigate( link: string, replace = false ): void {
	if ( replace ) {
		window.history.replaceState( null, '', link );
		window.dispatchEvent( new HashChangeEvent( 'hashchange' ) );
	} else {
		window.location.hash = link.replace( /^#/, '' );
	}
}

let queueLink = '#/';

/**
 * Remembers the queue as last shown, so "back to the queue" keeps the technician's filters.
 *
 * @param link Link of the queue view.
 */
export function rememberQueue( link: string ): void {
	queueLink = link;
}

/**
 * The queue as last shown.
 */
export function lastQueueLink(): string {
	return queueLink;
}

/**
 * The current route, following back/forward and links.
 */
export function useRoute(): Route {
	const [ route, setRoute ] = useState( () =>
		parseHash( window.location.hash )
	);
	useEffect( () => {
		const follow = () => setRoute( parseHash( window.location.hash ) );
		window.addEventListener( 'hashchange', follow );
		return () => window.removeEventListener( 'hashchange', follow );
	}, [] );
	return route;
}
