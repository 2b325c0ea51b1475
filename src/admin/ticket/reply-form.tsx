/**
 * The reply box: a reply to the customer or an internal note, with attachments.
 *
 * Before sending it reads the thread again: when someone else wrote meanwhile the technician sees it
 * first and decides, so nothing is answered twice or over someone's head.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	FormFileUpload,
	Notice,
	RadioControl,
	SelectControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { store } from '../store';
import type { Message, Ticket } from '../types';
import { ErrorNotice, useRequest } from '../use-request';
import { writtenMeanwhile } from './written-meanwhile';

/**
 * @param props          Props.
 * @param props.ticket   Ticket.
 * @param props.messages Thread on screen.
 */
export function ReplyForm( {
	ticket,
	messages,
}: {
	ticket: Ticket;
	messages: Message[];
} ) {
	const [ body, setBody ] = useState( '' );
	const [ kind, setKind ] = useState< 'reply' | 'note' >( 'reply' );
	const [ files, setFiles ] = useState< File[] >( [] );
	const { busy, error, run } = useRequest();
	const [ meanwhile, setMeanwhile ] = useState< Message[] >( [] );
	const seen = useRef( 0 );
	const { addMessage, refreshThread } = useDispatch( store );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const lastId = messages.length ? messages[ messages.length - 1 ].id : 0;
	if ( body === '' ) {
		seen.current = lastId;
	}

	const send = ( confirmed: boolean ) =>
		run(
			async () => {
				if ( ! confirmed ) {
					const latest = await refreshThread( ticket.id );
					const others = writtenMeanwhile( seen.current, latest );
					if ( others.length ) {
						setMeanwhile( others );
						return;
					}
				}
				await addMessage( ticket.id, {
					body,
					internal: kind === 'note',
					files,
				} );
				setBody( '' );
				setFiles( [] );
				setMeanwhile( [] );
				createSuccessNotice(
					kind === 'note'
						? __( 'Internal note added.', 'wp24-helpdesk' )
						: __( 'Reply sent to the customer.', 'wp24-helpdesk' ),
					{ type: 'snackbar' }
				);
			},
			__( 'The message could not be sent.', 'wp24-helpdesk' )
		);

	return (
		<form
			className="wp24hd-reply"
			onSubmit={ ( event ) => {
				event.preventDefault();
				void send( false );
			} }
		>
			<RadioControl
				label={ __( 'Message type', 'wp24-helpdesk' ) }
				selected={ kind }
				options={ [
					{
						value: 'reply',
						label: __( 'Reply to the customer', 'wp24-helpdesk' ),
					},
					{
						value: 'note',
						label: __( 'Internal note', 'wp24-helpdesk' ),
					},
				] }
				onChange={ ( value ) => setKind( value as 'reply' | 'note' ) }
			/>
			{ bootData().savedReplies.length > 0 && (
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Insert a saved reply', 'wp24-helpdesk' ) }
					value=""
					options={ [
						{ value: '', label: __( 'Choose…', 'wp24-helpdesk' ) },
						...bootData().savedReplies.map( ( saved, index ) => ( {
							value: String( index ),
							label: saved.title,
						} ) ),
					] }
					onChange={ ( index ) => {
						const saved =
							bootData().savedReplies[ Number( index ) ];
						if ( index !== '' && saved ) {
							setBody( ( current ) =>
								current
									? `${ current }\n\n${ saved.body }`
									: saved.body
							);
						}
					} }
				/>
			) }
			<TextareaControl
				__nextHasNoMarginBottom
				label={
					kind === 'note'
						? __( 'Note (technicians only)', 'wp24-helpdesk' )
						: __( 'Reply', 'wp24-helpdesk' )
				}
				value={ body }
				onChange={ setBody }
				rows={ 6 }
				required
			/>
			<div className="wp24hd-reply__files">
				<FormFileUpload
					multiple
					onChange={ ( event ) =>
						setFiles(
							Array.from( event.currentTarget.files ?? [] )
						)
					}
					render={ ( { openFileDialog } ) => (
						<Button variant="secondary" onClick={ openFileDialog }>
							{ __( 'Attach files', 'wp24-helpdesk' ) }
						</Button>
					) }
				/>
				{ files.length > 0 && (
					<span>
						{ sprintf(
							/* translators: %d: number of files. */
							_n(
								'%d file chosen',
								'%d files chosen',
								files.length,
								'wp24-helpdesk'
							),
							files.length
						) }
					</span>
				) }
			</div>
			{ meanwhile.length > 0 && (
				<Notice status="warning" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: names of who wrote. */
						__(
							'%s wrote on this ticket while you were typing. Read the new messages above before sending.',
							'wp24-helpdesk'
						),
						[
							...new Set(
								meanwhile.map(
									( message ) =>
										message.author_name ||
										__( 'The customer', 'wp24-helpdesk' )
								)
							),
						].join( ', ' )
					) }{ ' ' }
					<Button
						variant="secondary"
						onClick={ () => void send( true ) }
						disabled={ busy }
					>
						{ __( 'Send anyway', 'wp24-helpdesk' ) }
					</Button>
				</Notice>
			) }
			<ErrorNotice message={ error } />
			<Button
				variant="primary"
				type="submit"
				isBusy={ busy }
				disabled={ busy || body.trim() === '' }
			>
				{ kind === 'note'
					? __( 'Add note', 'wp24-helpdesk' )
					: __( 'Send reply', 'wp24-helpdesk' ) }
			</Button>
		</form>
	);
}
