/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { App } from './components/app';
import './store';
import './style.scss';

domReady( () => {
	const root = document.getElementById( 'wp24hd-admin-root' );
	if ( root ) {
		createRoot( root ).render( <App /> );
	}
} );
