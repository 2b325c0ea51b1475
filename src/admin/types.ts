/**
 * Shapes of the REST resources the technicians' app reads: the staff view of each.
 */

import type {
	Attachment,
	Customer,
	Dashboard,
	Entitlement,
	GetTicketsRequest,
	Message,
	PatchTicketsItemRequest,
	PostTicketsMessagesRequest,
	PostTicketsQuoteRequest,
	Quote,
	Ticket,
} from '../shared/rest/types.generated';

// The resources themselves are the server's: generated from the routes' schemas.
export type {
	Attachment,
	Customer,
	Dashboard,
	Entitlement,
	Message,
	Quote,
	Ticket,
};

export type TicketStatus = Ticket[ 'status' ];

/** The REST query of the queue, as `GET /tickets` takes it (the page always named). */
export type TicketQuery = GetTicketsRequest &
	Required< Pick< GetTicketsRequest, 'page' | 'per_page' > >;

export type TicketPage = {
	ids: number[];
	total: number;
	totalPages: number;
};

/** What the queue and the ticket view change, as `PATCH /tickets/{id}` takes it. */
export type TicketChanges = Omit< PatchTicketsItemRequest, 'id' >;

/** A reply or a note, as `POST /tickets/{id}/messages` takes it, with the files sent beside it. */
export type NewMessage = Pick<
	PostTicketsMessagesRequest,
	'body' | 'internal' | 'status'
> & {
	internal: boolean;
	files?: File[];
};

/** A quote, as `POST /tickets/{id}/quote` takes it. */
export type NewQuote = Required<
	Pick<
		PostTicketsQuoteRequest,
		'amount' | 'currency' | 'conditions' | 'valid_until' | 'send'
	>
>;
