/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { shortcutList } from './keys';
import { useShortcuts } from './use-shortcuts';

/**
 * `?` opens the list of keyboard shortcuts; Esc or the close button closes it.
 */
export function ShortcutsHelp() {
	const [ open, setOpen ] = useState( false );
	useShortcuts( { '?': () => setOpen( true ) } );
	const toggle = (
		<Button
			variant="link"
			className="wp24hd-shortcuts-toggle"
			onClick={ () => setOpen( true ) }
		>
			{ __( 'Keyboard shortcuts (?)', 'wp24-helpdesk' ) }
		</Button>
	);
	if ( ! open ) {
		return toggle;
	}
	return (
		<>
			{ toggle }
			<Modal
				title={ __( 'Keyboard shortcuts', 'wp24-helpdesk' ) }
				onRequestClose={ () => setOpen( false ) }
				className="wp24hd-shortcuts"
			>
				<dl className="wp24hd-shortcuts__list">
					{ shortcutList().map( ( { keys, does } ) => (
						<div key={ keys }>
							<dt>
								<kbd>{ keys }</kbd>
							</dt>
							<dd>{ does }</dd>
						</div>
					) ) }
				</dl>
			</Modal>
		</>
	);
}
