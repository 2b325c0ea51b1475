/**
 * A half-written reply kept in the browser (localStorage), one per technician and ticket, so a
 * reload, a crash or a look at another ticket loses nothing. Cleared when the message is sent.
 */

export type Draft = {
	body: string;
	kind: 'reply' | 'note';
	/** The last message on screen when the technician started writing (see written-meanwhile.ts). */
	seen: number;
};

/**
 * The storage key of a draft.
 *
 * @param userId   Technician.
 * @param ticketId Ticket.
 */
export const draftKey = ( userId: number, ticketId: number ) =>
	`wp24hd-draft:${ userId }:${ ticketId }`;

/**
 * The saved draft, or undefined (none, unreadable, or storage switched off).
 *
 * @param userId   Technician.
 * @param ticketId Ticket.
 */
export function loadDraft(
	userId: number,
	ticketId: number
): Draft | undefined {
	try {
		const saved = JSON.parse(
			window.localStorage.getItem( draftKey( userId, ticketId ) ) ??
				'null'
		);
		if ( saved && typeof saved.body === 'string' && saved.body !== '' ) {
			return {
				body: saved.body,
				kind: saved.kind === 'note' ? 'note' : 'reply',
				seen: Number( saved.seen ) || 0,
			};
		}
	} catch {
		// Storage off or a broken entry: no draft.
	}
	return undefined;
}

/**
 * Saves the draft; an empty text removes it.
 *
 * @param userId   Technician.
 * @param ticketId Ticket.
 * @param draft    What is written.
 */
export function saveDraft( userId: number, ticketId: number, draft: Draft ) {
	try {
		if ( draft.body.trim() === '' ) {
			window.localStorage.removeItem( draftKey( userId, ticketId ) );
		} else {
			window.localStorage.setItem(
				draftKey( userId, ticketId ),
				JSON.stringify( draft )
			);
		}
	} catch {
		// Storage full or off: the text stays on screen, and leaving still asks first.
	}
}

/**
 * Forgets the draft (the message was sent).
 *
 * @param userId   Technician.
 * @param ticketId Ticket.
 */
export function clearDraft( userId: number, ticketId: number ) {
	try {
		window.localStorage.removeItem( draftKey( userId, ticketId ) );
	} catch {
		// Nothing to clear.
	}
}
