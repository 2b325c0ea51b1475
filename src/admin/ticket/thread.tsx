/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from '../boot-data';
import type { Attachment, Message } from '../types';
import { fileKind, fileSize, isPreviewable } from './attachment-info';

/**
 * A download link through the permission-checked route (never a direct file URL); with
 * `preview`, the same route's small inline copy of an image.
 *
 * @param ticketId     Ticket.
 * @param attachmentId Attachment.
 * @param preview      The thumbnail instead of the download.
 */
function downloadUrl(
	ticketId: number,
	attachmentId: number,
	preview = false
): string {
	const { restRoot, restNonce, namespace } = bootData();
	const url = new URL(
		`${ namespace }/tickets/${ ticketId }/attachments/${ attachmentId }`,
		new URL( restRoot, window.location.href )
	);
	// Sites without pretty permalinks give `?rest_route=`; keep the route in it.
	if ( url.searchParams.has( 'rest_route' ) ) {
		url.searchParams.set(
			'rest_route',
			`/${ namespace }/tickets/${ ticketId }/attachments/${ attachmentId }`
		);
	}
	url.searchParams.set( '_wpnonce', restNonce );
	if ( preview ) {
		url.searchParams.set( 'preview', '1' );
	}
	return url.toString();
}

/**
 * One attached file: images as a thumbnail that opens the download, others with kind and size.
 *
 * @param props          Props.
 * @param props.ticketId Ticket.
 * @param props.file     Attachment.
 */
function AttachedFile( {
	ticketId,
	file,
}: {
	ticketId: number;
	file: Attachment;
} ) {
	const facts = `${ fileKind( file.mime ) }, ${ fileSize( file.size ) }`;
	return (
		<li className="wp24hd-file">
			<a href={ downloadUrl( ticketId, file.id ) }>
				{ isPreviewable( file.mime ) && (
					<img
						className="wp24hd-file__thumb"
						src={ downloadUrl( ticketId, file.id, true ) }
						alt=""
						loading="lazy"
					/>
				) }
				<span className="wp24hd-file__name">{ file.file_name }</span>
			</a>{ ' ' }
			<span className="wp24hd-file__facts">{ facts }</span>
		</li>
	);
}

/**
 * Who wrote a message, in words.
 *
 * @param message Message.
 */
function author( message: Message ): string {
	if ( message.author_role === 'system' ) {
		return __( 'System', 'wp24-helpdesk' );
	}
	if ( message.internal ) {
		return sprintf(
			/* translators: %s: technician name. */
			__( '%s (internal note)', 'wp24-helpdesk' ),
			message.author_name
		);
	}
	return (
		message.author_name ||
		( message.author_role === 'customer'
			? __( 'Customer', 'wp24-helpdesk' )
			: __( 'Technician', 'wp24-helpdesk' ) )
	);
}

/**
 * The thread, oldest first; message bodies are shown as the server's plain text.
 *
 * @param props          Props.
 * @param props.ticketId Ticket.
 * @param props.messages Messages.
 */
export function Thread( {
	ticketId,
	messages,
}: {
	ticketId: number;
	messages: Message[];
} ) {
	if ( messages.length === 0 ) {
		return (
			<p>
				{ __(
					'No messages yet. Write the first reply below, or an internal note for the other technicians.',
					'wp24-helpdesk'
				) }
			</p>
		);
	}
	return (
		<ol className="wp24hd-thread">
			{ messages.map( ( message ) => (
				<li
					key={ message.id }
					className={ `wp24hd-message wp24hd-message--${ message.author_role }${
						message.internal ? ' wp24hd-message--internal' : ''
					}` }
				>
					<p className="wp24hd-message__meta">
						<strong>{ author( message ) }</strong>{ ' ' }
						<time dateTime={ message.created_at }>
							{ message.created_label }
						</time>
					</p>
					<div className="wp24hd-message__text">{ message.text }</div>
					{ message.attachments.length > 0 && (
						<ul className="wp24hd-message__files">
							{ message.attachments.map( ( file ) => (
								<AttachedFile
									key={ file.id }
									ticketId={ ticketId }
									file={ file }
								/>
							) ) }
						</ul>
					) }
				</li>
			) ) }
		</ol>
	);
}
