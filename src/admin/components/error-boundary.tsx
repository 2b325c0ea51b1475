/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { Component } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * Keeps a screen's failure on that screen: the tabs stay usable and the technician can reload.
 */
export class ErrorBoundary extends Component< Props, State > {
	state: State = { failed: false };

	static getDerivedStateFromError(): State {
		return { failed: true };
	}

	render() {
		if ( ! this.state.failed ) {
			return this.props.children;
		}
		return (
			<Notice status="error" isDismissible={ false }>
				{ __(
					'This screen stopped working. Nothing you saved is lost.',
					'wp24-helpdesk'
				) }{ ' ' }
				<Button
					variant="link"
					onClick={ () => window.location.reload() }
				>
					{ __( 'Reload', 'wp24-helpdesk' ) }
				</Button>
			</Notice>
		);
	}
}
