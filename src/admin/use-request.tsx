/**
 * The state every form of the app keeps around one request: busy while it runs, and the server's
 * message (or a fallback) when it fails.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { errorMessage } from './format';

/**
 * @return `busy`, `error`, `setError` (for checks made before asking the server) and `run`, which
 * runs a request and resolves to true when it succeeded.
 */
export function useRequest() {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState( '' );
	const run = useCallback(
		async (
			request: () => Promise< unknown >,
			fallback: string
		): Promise< boolean > => {
			setError( '' );
			setBusy( true );
			try {
				await request();
				return true;
			} catch ( failure ) {
				setError( errorMessage( failure, fallback ) );
				return false;
			} finally {
				setBusy( false );
			}
		},
		[]
	);
	return { busy, error, setError, run };
}

/**
 * A form's error, in place; nothing when there is none.
 *
 * @param props         Props.
 * @param props.message The error.
 */
export function ErrorNotice( { message }: { message: string } ) {
	return message ? (
		<Notice status="error" isDismissible={ false }>
			{ message }
		</Notice>
	) : null;
}
