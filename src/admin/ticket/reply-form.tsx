/**
 * The reply box: a reply to the customer or an internal note, with attachments.
 *
 * The send button says what the ticket becomes (wait for the customer, keep open, close),
 * starting from its status; the other choices are in the menu beside it. A note never changes
 * the status. After a reply, "Next ticket" takes the focus, so the next one is a key away.
 *
 * Unsent text is kept as a draft per ticket in the browser and comes back after a reload or a
 * visit to another ticket; leaving the page with unsent text asks first.
 *
 * Before sending it reads the thread again: when someone else wrote meanwhile the technician sees it
 * first and decides, so nothing is answered twice or over someone's head.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	DropdownMenu,
	FormFileUpload,
	Notice,
	RadioControl,
	SelectControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import { labelOf, statusOptions } from '../labels';
import { href, lastQueueLink } from '../router';
import { store } from '../store';
import type { Message, Ticket, TicketStatus } from '../types';
import { ErrorNotice, useRequest } from '../use-request';
import { clearDraft, loadDraft, saveDraft } from './reply-draft';
import { sendChoices, type SendChoice } from './send-status';
import { writtenMeanwhile } from './written-meanwhile';
import { useShortcuts } from '../shortcuts/use-shortcuts';

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
	const userId = bootData().userId;
	// A draft left on this ticket (reload, another ticket looked at meanwhile) comes back.
	const [ draft ] = useState( () => loadDraft( userId, ticket.id ) );
	const [ body, setBody ] = useState( draft?.body ?? '' );
	const [ kind, setKind ] = useState< 'reply' | 'note' >(
		draft?.kind ?? 'reply'
	);
	const [ files, setFiles ] = useState< File[] >( [] );
	const { busy, error, run } = useRequest();
	const [ meanwhile, setMeanwhile ] = useState< Message[] >( [] );
	const [ sentAs, setSentAs ] = useState< TicketStatus | undefined >();
	// The choice held while the technician reads what others wrote meanwhile.
	const [ pending, setPending ] = useState<
		SendChoice[ 'status' ] | undefined
	>();
	const seen = useRef( draft?.seen ?? 0 );
	const next = useRef< HTMLAnchorElement >( null );
	const nextId = useSelect(
		( select ) => select( store ).getNextTicketId( ticket.id ),
		[ ticket.id ]
	);
	const choices = sendChoices( ticket );
	const box = useRef< HTMLFormElement >( null );
	// r and n: write a reply or a note, the cursor in the box.
	const write = ( as: 'reply' | 'note' ) => {
		setKind( as );
		box.current?.querySelector( 'textarea' )?.focus();
	};
	useShortcuts( { r: () => write( 'reply' ), n: () => write( 'note' ) } );
	useEffect( () => {
		saveDraft( userId, ticket.id, { body, kind, seen: seen.current } );
	}, [ userId, ticket.id, body, kind ] );
	useEffect( () => {
		if ( body.trim() === '' ) {
			return undefined;
		}
		// Leaving the page with unsent text asks first (the draft is kept either way).
		const ask = ( event: BeforeUnloadEvent ) => {
			event.preventDefault();
			event.returnValue = '';
		};
		window.addEventListener( 'beforeunload', ask );
		return () => window.removeEventListener( 'beforeunload', ask );
	}, [ body ] );
	useEffect( () => {
		if ( sentAs ) {
			next.current?.focus();
		}
	}, [ sentAs ] );
	const { addMessage, refreshThread } = useDispatch( store );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const lastId = messages.length ? messages[ messages.length - 1 ].id : 0;
	// Typing started before the thread had loaded: the thread as it first shows is what was seen.
	if ( body === '' || seen.current === 0 ) {
		seen.current = lastId;
	}

	const send = ( confirmed: boolean, status?: SendChoice[ 'status' ] ) =>
		run(
			async () => {
				setSentAs( undefined );
				if ( ! confirmed ) {
					const latest = await refreshThread( ticket.id );
					const others = writtenMeanwhile( seen.current, latest );
					if ( others.length ) {
						setMeanwhile( others );
						setPending( status );
						return;
					}
				}
				const updated = await addMessage( ticket.id, {
					body,
					internal: kind === 'note',
					files,
					status: kind === 'note' ? undefined : status,
				} );
				clearDraft( userId, ticket.id );
				setBody( '' );
				setFiles( [] );
				setMeanwhile( [] );
				setPending( undefined );
				if ( kind === 'note' ) {
					createSuccessNotice(
						__( 'Internal note added.', 'wp24-helpdesk' ),
						{ type: 'snackbar' }
					);
				} else {
					// Said beside the button, with the way on, rather than in a snackbar over the composer.
					setSentAs( updated.status );
				}
			},
			__( 'The message could not be sent.', 'wp24-helpdesk' )
		);

	return (
		<form
			ref={ box }
			className="wp24hd-reply"
			onSubmit={ ( event ) => {
				event.preventDefault();
				void send(
					false,
					kind === 'reply' ? choices[ 0 ]?.status : undefined
				);
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
						onClick={ () => void send( true, pending ) }
						disabled={ busy }
					>
						{ __( 'Send anyway', 'wp24-helpdesk' ) }
					</Button>
				</Notice>
			) }
			<ErrorNotice message={ error } />
			<div className="wp24hd-reply__send">
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || body.trim() === '' }
				>
					{ kind === 'note' || ! choices.length
						? __( 'Add note', 'wp24-helpdesk' )
						: choices[ 0 ].label }
				</Button>
				{ kind === 'reply' && choices.length > 1 && (
					<DropdownMenu
						icon="arrow-down-alt2"
						label={ __( 'Other ways to send', 'wp24-helpdesk' ) }
						toggleProps={ {
							disabled: busy || body.trim() === '',
						} }
						controls={ choices.slice( 1 ).map( ( choice ) => ( {
							title: choice.label,
							onClick: () => void send( false, choice.status ),
						} ) ) }
					/>
				) }
			</div>
			{ sentAs && (
				<p className="wp24hd-reply__sent" role="status">
					{ sprintf(
						/* translators: %s: the ticket's status, e.g. "Waiting for customer". */
						__(
							'Reply sent. The ticket is now: %s.',
							'wp24-helpdesk'
						),
						labelOf( statusOptions(), sentAs )
					) }{ ' ' }
					<a
						ref={ next }
						href={
							nextId
								? href( `/tickets/${ nextId }` )
								: lastQueueLink()
						}
					>
						{ nextId
							? __( 'Next ticket →', 'wp24-helpdesk' )
							: __( 'Back to the queue', 'wp24-helpdesk' ) }
					</a>
				</p>
			) }
		</form>
	);
}
